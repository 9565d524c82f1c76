/**
 * Several saved documents per template on top of a `RecordStore`, validated on the way in and out. All templates
 * share one store: a document lives under `doc:<template>:<id>`, and `current:<template>` remembers which one was
 * open last. A record that no longer validates is reported, never deleted, and the others still load. The
 * template's schema module is loaded (`loadDefinition`) only when there is a record to read or a document to
 * write: listing an empty store loads nothing.
 */
import { rawRecordText, StorageError, type RecordStore } from '../storage/browser-store.ts';
import { moveToTrash, type Trash } from '../storage/trash.ts';
import {
  documentIssues,
  loadDefinition,
  parseDocument,
  type TemplateDefinition,
  type TemplateDocument,
  type TemplateSource,
} from './document.ts';
import type { TemplateIssue } from './issues.ts';
import { byCodeUnits } from '../engine/order.ts';

export interface SavedDocument<D> {
  id: string;
  document: D;
}

/** A saved record that could not be read back, left in storage untouched. */
export interface UnreadableDocument {
  id: string;
  issues: TemplateIssue[];
}

export class TemplateRepository<D extends TemplateDocument> {
  readonly store: RecordStore;
  readonly definition: TemplateSource<D>;
  private loaded?: Promise<TemplateDefinition<D>>;

  constructor(store: RecordStore, definition: TemplateSource<D>) {
    this.store = store;
    this.definition = definition;
  }

  /** The template's definition with its schema, loaded once, when a record has to be checked. */
  schema(): Promise<TemplateDefinition<D>> {
    this.loaded ??= loadDefinition(this.definition);
    return this.loaded;
  }

  private get prefix() {
    return `doc:${this.definition.id}:`;
  }

  /** The store key of a document (what a `ChangeMessage` names). */
  keyOf(id: string): string {
    return this.prefix + id;
  }

  /** The document ID a store key names, if it is one of this template's documents. */
  idOfKey(key: string): string | undefined {
    return key.startsWith(this.prefix) ? key.slice(this.prefix.length) : undefined;
  }

  private get currentKey() {
    return `current:${this.definition.id}`;
  }

  /** This template's documents, most recently changed first, plus the records that could not be read. */
  async list(): Promise<{ saved: SavedDocument<D>[]; unreadable: UnreadableDocument[] }> {
    const saved: SavedDocument<D>[] = [];
    const unreadable: UnreadableDocument[] = [];
    const records = (await this.store.all()).filter(([key]) => key.startsWith(this.prefix));
    if (records.length === 0) return { saved, unreadable };
    const definition = await this.schema();
    for (const [key, value] of records) {
      const id = key.slice(this.prefix.length);
      const parsed = parseDocument(value, definition);
      if (parsed.success) saved.push({ id, document: parsed.document });
      else unreadable.push({ id, issues: parsed.issues });
    }
    saved.sort((a, b) => byCodeUnits(b.document.updated, a.document.updated) || byCodeUnits(a.id, b.id));
    return { saved, unreadable };
  }

  async get(id: string): Promise<D | undefined> {
    const found = await this.read(id);
    return found && 'document' in found ? found.document : undefined;
  }

  /** Saves a valid document; an invalid one is refused with its issues and nothing is written. */
  async save(id: string, doc: D): Promise<TemplateIssue[]> {
    const issues = documentIssues(doc, await this.schema());
    if (issues.length === 0) await this.store.put(this.prefix + id, doc);
    return issues;
  }

  /**
   * Stores a document `create()` of the template's model has just made, unchanged, under a fresh ID, without
   * loading the schema: the unit tests check every template's new documents against its schema.
   */
  async putCreated(id: string, doc: D): Promise<void> {
    await this.store.put(this.prefix + id, doc);
  }

  /** A document as stored now: readable, unreadable (with its issues) or gone. */
  async read(id: string): Promise<{ document: D } | { issues: TemplateIssue[] } | undefined> {
    const value = await this.store.get(this.prefix + id);
    if (value === undefined) return undefined;
    const parsed = parseDocument(value, await this.schema());
    return parsed.success ? { document: parsed.document } : { issues: parsed.issues };
  }

  /**
   * Computes the next version of a document from the latest stored one (undefined when there is none) and writes
   * it, in one transaction. A result that breaks a rule is refused with its issues and nothing is written; a
   * stored record that cannot be read is left as it is (a StorageError `unreadable`).
   */
  async update(id: string, change: (latest: D | undefined) => D): Promise<{ issues: TemplateIssue[]; document?: D }> {
    let issues: TemplateIssue[] = [];
    const refused = new Error('refused');
    const definition = await this.schema();
    try {
      const document = await this.store.update(this.prefix + id, (value) => {
        const parsed = value === undefined ? undefined : parseDocument(value, definition);
        if (parsed && !parsed.success) throw new StorageError('unreadable', `the saved document ${id} cannot be read`);
        const next = change(parsed?.document);
        issues = documentIssues(next, definition);
        if (issues.length > 0) throw refused;
        return next;
      });
      return { issues: [], document };
    } catch (err) {
      if (err === refused) return { issues };
      throw err;
    }
  }

  /** The record as stored, as text to download for repair; undefined when there is none. */
  async raw(id: string): Promise<string | undefined> {
    const value = await this.store.get(this.prefix + id);
    return value === undefined ? undefined : rawRecordText(value);
  }

  async rename(id: string, title: string, now: string): Promise<TemplateIssue[]> {
    const doc = await this.get(id);
    if (!doc) return [{ code: 'missing', path: '' }];
    return this.save(id, { ...doc, title, updated: now });
  }

  /** Deletes a document: into `trash` when given. Returns the trash entry's ID (for an undo). */
  async remove(id: string, trash?: Trash): Promise<string | undefined> {
    let entryId: string | undefined;
    if (trash) entryId = await moveToTrash(trash, 'templates', this.store, this.prefix + id);
    else await this.store.remove(this.prefix + id);
    if ((await this.currentId()) === id) await this.store.remove(this.currentKey);
    return entryId;
  }

  /** The document that was open last, if it is still there. */
  async currentId(): Promise<string | undefined> {
    const value = await this.store.get(this.currentKey);
    return typeof value === 'string' ? value : undefined;
  }

  async setCurrent(id: string): Promise<void> {
    await this.store.put(this.currentKey, id);
  }
}

/** A fresh local document ID. */
export function newDocumentId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
