/**
 * The model behind every template page: the open document, the list of saved ones, the save status and the
 * outcome of an import, as signals; and the actions on them (edit, open, create, delete, import, export). It knows
 * no particular template and touches no DOM: the page hands it a `RecordStore`, tests hand it a memory store.
 *
 * Edits are saved shortly after they are made. A document that breaks a rule is not saved: the status says how
 * many entries need correcting and the last saved version stays untouched, so bad input never costs saved work.
 */
import { batch, computed, signal } from '@preact/signals';
import type { RecordStore } from '../app/browser-store.ts';
import { restoreFromTrash, type Trash } from '../app/trash.ts';
import {
  documentFromJson,
  documentIssues,
  documentToJson,
  type TemplateDefinition,
  type TemplateDocument,
} from './document.ts';
import type { TemplateIssue } from './issues.ts';
import { newDocumentId, TemplateRepository, type UnreadableDocument } from './repository.ts';

export type SaveStatus =
  | { state: 'loading' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'invalid'; count: number }
  | { state: 'error'; detail: string };

/** A one-off message about the last action. */
export type Notice =
  | { kind: 'imported'; file: string; title: string }
  | { kind: 'import-failed'; file: string; issues: TemplateIssue[] }
  | { kind: 'created'; title: string }
  /** `entryId` is the document's entry in the trash, for an undo (none when there is no trash). */
  | { kind: 'deleted'; title: string; entryId?: string }
  | { kind: 'restored'; title: string }
  /** The undo found another document under the deleted one's ID (another tab): it waits in the trash. */
  | { kind: 'restore-conflict'; title: string };

export interface DocumentSummary {
  id: string;
  title: string;
  updated: string;
}

export interface DocumentModelOptions<D extends TemplateDocument> {
  definition: TemplateDefinition<D>;
  /** A new document with the template's defaults. */
  create: (title: string, now: string) => D;
  /** Title of a new document, numbered from 1. */
  defaultTitle: (n: number) => string;
  /** The current time as an ISO string (tests pin it). */
  now?: () => string;
  /** Milliseconds between an edit and its save. */
  saveDelay?: number;
}

export class DocumentModel<D extends TemplateDocument> {
  readonly definition: TemplateDefinition<D>;
  /** The open document as edited (it may break a rule; `issues` says where). */
  readonly document;
  /** Local ID of the open document. */
  readonly documentId;
  /** The saved documents of this template, most recently changed first. */
  readonly documents = signal<DocumentSummary[]>([]);
  /** Saved records that could not be read back (kept untouched). */
  readonly unreadable = signal<UnreadableDocument[]>([]);
  readonly status = signal<SaveStatus>({ state: 'loading' });
  /** Where documents are kept; `memory` means they are lost on reload. */
  readonly storeKind = signal<RecordStore['kind'] | undefined>(undefined);
  readonly notice = signal<Notice | null>(null);
  /** The rule problems of the open document; empty when it can be saved and exported. */
  readonly issues;
  /**
   * Fields whose text is not yet a value at all ("15 min" in a number field): the form keeps the text and the
   * document its last valid value. Counted with `issues` so the status does not claim all is well.
   */
  readonly fieldProblems = signal<ReadonlySet<string>>(new Set());
  /** Everything that needs correcting before the screen and the saved document agree. */
  readonly problemCount;

  private readonly options: Required<Omit<DocumentModelOptions<D>, 'definition'>>;
  private repo?: TemplateRepository<D>;
  private trash?: Trash;
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: Promise<void>;

  constructor(options: DocumentModelOptions<D>) {
    this.definition = options.definition;
    this.options = { now: () => new Date().toISOString(), saveDelay: 300, ...options };
    this.document = signal<D>(options.create(options.defaultTitle(1), this.options.now()));
    this.documentId = signal<string>(newDocumentId());
    this.issues = computed<TemplateIssue[]>(() => documentIssues(this.document.value, this.definition));
    this.problemCount = computed(() => this.issues.value.length + this.fieldProblems.value.size);
  }

  /** A form field reports that its text is (or no longer is) unusable. */
  setFieldProblem(field: string, problem: boolean): void {
    const current = this.fieldProblems.value;
    if (current.has(field) === problem) return;
    const next = new Set(current);
    if (problem) next.add(field);
    else next.delete(field);
    this.fieldProblems.value = next;
  }

  /**
   * Connects the model to a store and opens the document used last (or the newest, or a new one). Deleted
   * documents go to `trash` when given.
   */
  async attach(store: RecordStore, trash?: Trash): Promise<void> {
    this.repo = new TemplateRepository(store, this.definition);
    this.trash = trash;
    this.storeKind.value = store.kind;
    const { saved, unreadable } = await this.repo.list();
    const current = await this.repo.currentId();
    const open = saved.find((s) => s.id === current) ?? saved[0];
    batch(() => {
      this.unreadable.value = unreadable;
      this.documents.value = saved.map(({ id, document }) => summary(id, document));
      if (open) {
        this.documentId.value = open.id;
        this.document.value = open.document;
      }
    });
    if (open) {
      this.status.value = { state: 'saved', at: open.document.updated };
      await this.repo.setCurrent(open.id);
    } else {
      await this.saveNow();
    }
  }

  /** Changes the open document; it is saved shortly afterwards if it breaks no rule. */
  update(change: (doc: D) => D): void {
    const next = { ...change(this.document.value), updated: this.options.now() };
    this.document.value = next;
    this.notice.value = this.notice.value?.kind === 'import-failed' ? this.notice.value : null;
    clearTimeout(this.timer);
    const count = this.issues.value.length;
    if (count > 0) {
      this.status.value = { state: 'invalid', count };
      return;
    }
    this.status.value = { state: 'saving' };
    this.timer = setTimeout(() => void this.saveNow(), this.options.saveDelay);
  }

  /** Saves a pending edit at once (before the page goes away, or in tests). */
  async flush(): Promise<void> {
    if (this.status.value.state === 'saving') {
      clearTimeout(this.timer);
      await this.saveNow();
    }
    await this.pending;
  }

  private async saveNow(): Promise<void> {
    if (!this.repo) return;
    const id = this.documentId.value;
    const doc = this.document.value;
    const run = async () => {
      try {
        const issues = await this.repo!.save(id, doc);
        if (issues.length > 0) {
          this.status.value = { state: 'invalid', count: issues.length };
          return;
        }
        await this.repo!.setCurrent(id);
        const rest = this.documents.value.filter((d) => d.id !== id);
        batch(() => {
          this.documents.value = [summary(id, doc), ...rest].sort(byUpdated);
          // A later edit may have started meanwhile; only report "saved" for what is on screen.
          if (this.document.value === doc) this.status.value = { state: 'saved', at: doc.updated };
        });
      } catch (err) {
        this.status.value = { state: 'error', detail: err instanceof Error ? err.message : String(err) };
      }
    };
    this.pending = (this.pending ?? Promise.resolve()).then(run);
    await this.pending;
  }

  /** Opens a saved document, saving the open one first. */
  async open(id: string): Promise<void> {
    if (!this.repo || id === this.documentId.value) return;
    await this.flush();
    const doc = await this.repo.get(id);
    if (!doc) return;
    clearTimeout(this.timer);
    batch(() => {
      this.documentId.value = id;
      this.document.value = doc;
      this.status.value = { state: 'saved', at: doc.updated };
      this.notice.value = null;
    });
    await this.repo.setCurrent(id);
  }

  /** Starts a new document with the template's defaults and opens it. */
  async createNew(): Promise<void> {
    await this.flush();
    const title = this.options.defaultTitle(this.documents.value.length + 1);
    batch(() => {
      this.documentId.value = newDocumentId();
      this.document.value = this.options.create(title, this.options.now());
      this.notice.value = { kind: 'created', title };
    });
    await this.saveNow();
  }

  /** Deletes the open document and opens the next one (or a new one when it was the last). */
  async removeCurrent(): Promise<void> {
    if (!this.repo) return;
    clearTimeout(this.timer);
    const { title } = this.document.value;
    const entryId = await this.repo.remove(this.documentId.value, this.trash);
    const rest = this.documents.value.filter((d) => d.id !== this.documentId.value);
    this.documents.value = rest;
    if (rest[0]) {
      const doc = await this.repo.get(rest[0].id);
      if (doc) {
        batch(() => {
          this.documentId.value = rest[0]!.id;
          this.document.value = doc;
          this.status.value = { state: 'saved', at: doc.updated };
        });
        await this.repo.setCurrent(rest[0].id);
      }
    } else {
      batch(() => {
        this.documentId.value = newDocumentId();
        this.document.value = this.options.create(this.options.defaultTitle(1), this.options.now());
      });
      await this.saveNow();
    }
    this.notice.value = { kind: 'deleted', title, ...(entryId !== undefined && { entryId }) };
  }

  /** Undoes the last delete: the document comes back from the trash and opens. */
  async undoDelete(): Promise<void> {
    const notice = this.notice.value;
    if (!this.repo || !this.trash || notice?.kind !== 'deleted' || notice.entryId === undefined) return;
    await this.flush();
    const outcome = await restoreFromTrash(this.trash, notice.entryId, { templates: this.repo.store });
    if (outcome.status === 'conflict') {
      this.notice.value = { kind: 'restore-conflict', title: notice.title };
      return;
    }
    if (outcome.status !== 'restored') return;
    const id = this.repo.idOfKey(outcome.key);
    const doc = id === undefined ? undefined : await this.repo.get(id);
    if (id === undefined || !doc) return;
    clearTimeout(this.timer);
    batch(() => {
      this.documentId.value = id;
      this.document.value = doc;
      this.documents.value = [summary(id, doc), ...this.documents.value.filter((d) => d.id !== id)].sort(byUpdated);
      this.status.value = { state: 'saved', at: doc.updated };
      this.notice.value = { kind: 'restored', title: doc.title };
    });
    await this.repo.setCurrent(id);
  }

  /** The open document as a JSON file, or undefined while something needs correcting. */
  exportJson(): string | undefined {
    return this.problemCount.value > 0 ? undefined : documentToJson(this.document.value);
  }

  /**
   * Reads a JSON file and, when it is a valid document of this template, saves it as a new document and opens it.
   * A bad file changes nothing: the notice lists its problems. Returns whether the import succeeded.
   */
  async importJson(text: string, file: string): Promise<boolean> {
    const parsed = documentFromJson(text, this.definition);
    if (!parsed.success) {
      this.notice.value = { kind: 'import-failed', file, issues: parsed.issues };
      return false;
    }
    await this.flush();
    clearTimeout(this.timer);
    batch(() => {
      this.documentId.value = newDocumentId();
      this.document.value = parsed.document;
      this.notice.value = { kind: 'imported', file, title: parsed.document.title };
    });
    await this.saveNow();
    return true;
  }

  dismissNotice(): void {
    this.notice.value = null;
  }
}

const summary = (id: string, doc: TemplateDocument): DocumentSummary => ({
  id,
  title: doc.title,
  updated: doc.updated,
});
const byUpdated = (a: DocumentSummary, b: DocumentSummary) =>
  b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id);
