/**
 * Several saved documents per template on top of a `RecordStore`, validated on the way in and out. All templates
 * share one store: a document lives under `doc:<template>:<id>`, and `current:<template>` remembers which one was
 * open last. A record that no longer validates is reported, never deleted, and the others still load.
 */
import type { RecordStore } from '../app/browser-store.ts';
import { moveToTrash, type Trash } from '../app/trash.ts';
import { documentIssues, parseDocument, type TemplateDefinition, type TemplateDocument } from './document.ts';
import type { TemplateIssue } from './issues.ts';

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
  readonly definition: TemplateDefinition<D>;

  constructor(store: RecordStore, definition: TemplateDefinition<D>) {
    this.store = store;
    this.definition = definition;
  }

  private get prefix() {
    return `doc:${this.definition.id}:`;
  }
  private get currentKey() {
    return `current:${this.definition.id}`;
  }

  /** This template's documents, most recently changed first, plus the records that could not be read. */
  async list(): Promise<{ saved: SavedDocument<D>[]; unreadable: UnreadableDocument[] }> {
    const saved: SavedDocument<D>[] = [];
    const unreadable: UnreadableDocument[] = [];
    for (const [key, value] of await this.store.all()) {
      if (!key.startsWith(this.prefix)) continue;
      const id = key.slice(this.prefix.length);
      const parsed = parseDocument(value, this.definition);
      if (parsed.success) saved.push({ id, document: parsed.document });
      else unreadable.push({ id, issues: parsed.issues });
    }
    saved.sort((a, b) => b.document.updated.localeCompare(a.document.updated) || a.id.localeCompare(b.id));
    return { saved, unreadable };
  }

  async get(id: string): Promise<D | undefined> {
    const parsed = parseDocument(await this.store.get(this.prefix + id), this.definition);
    return parsed.success ? parsed.document : undefined;
  }

  /** Saves a valid document; an invalid one is refused with its issues and nothing is written. */
  async save(id: string, doc: D): Promise<TemplateIssue[]> {
    const issues = documentIssues(doc, this.definition);
    if (issues.length === 0) await this.store.put(this.prefix + id, doc);
    return issues;
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

  /** The local ID of a document stored under `key` of this template, or undefined for another key. */
  idOfKey(key: string): string | undefined {
    return key.startsWith(this.prefix) ? key.slice(this.prefix.length) : undefined;
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
