/**
 * The model behind every template page: the open document, the list of saved ones, the save status and the
 * outcome of an import, as signals; and the actions on them (edit, open, create, delete, import, export). It knows
 * no particular template and touches no DOM: the page hands it a `RecordStore`, tests hand it a memory store.
 *
 * Edits are saved shortly after they are made. A document that breaks a rule is not saved: the status says how
 * many entries need correcting and the last saved version stays untouched, so bad input never costs saved work.
 *
 * Several tabs may have one document open. A save writes only the fields this tab changed since the version it
 * last stored or read (`base`), onto the latest stored version, in one transaction (a three-way merge by field,
 * see merge.ts), and tells the other tabs; they reread the document and show it, keeping their own unsaved
 * edits. When another tab overwrote a field this tab had changed, `changedElsewhere` names it.
 *
 * The template's schema (and zod) is loaded with `import()` only when it is needed: when the store returns a
 * saved document, a file is imported, another tab announces a change or the user edits. A first visit with nothing
 * saved stores the new document `create()` made as it is (the unit tests check each template's against its
 * schema) and loads no schema at all.
 */
import { batch, computed, signal } from '@preact/signals';
import {
  describeStorageError,
  silentChannel,
  type ChangeChannel,
  type RecordStore,
  type StorageProblem,
} from '../storage/browser-store.ts';
import { restoreFromTrash, type Trash } from '../storage/trash.ts';
import {
  documentFromJson,
  documentIssues,
  documentToJson,
  loadDefinition,
  type TemplateDefinition,
  type TemplateDocument,
  type TemplateSource,
} from './document.ts';
import type { TemplateIssue } from './issues.ts';
import { applyFields, diffFields, pathKey } from './merge.ts';
import { newDocumentId, TemplateRepository, type UnreadableDocument } from './repository.ts';
import { byCodeUnits } from '../engine/order.ts';

export type SaveStatus =
  | { state: 'loading' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'invalid'; count: number }
  | { state: 'error'; problem: StorageProblem; detail: string };

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
  /** The template; a `TemplateKind` has its schema loaded when a document has to be checked. */
  definition: TemplateSource<D>;
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
  readonly definition: TemplateSource<D>;
  /** The template's definition with its schema, once loaded (at once when the model was given it). */
  readonly schema;
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
  /** What happened when the store was opened (a repair, or why a fallback is in use). */
  readonly storeOpening = signal<RecordStore['opened']>(undefined);
  /**
   * Fields of the open document (dotted paths, `title`, `customer`, `services.2.name`) that another tab changed
   * after this tab had changed them: the later write won. Null once dismissed or another document is opened.
   */
  readonly changedElsewhere = signal<string[] | null>(null);
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
  private channel: ChangeChannel = silentChannel;
  private unlisten?: () => void;
  /** The open document as last stored or read by this tab: what its own edits are measured against. */
  private base?: D;
  /** The document `create()` made last, while it is unchanged: it is stored without loading the schema. */
  private created?: D;
  private loading?: Promise<TemplateDefinition<D>>;
  /** Fields of the open document this tab has saved: another tab overwriting one of them is reported. */
  private touched = new Set<string>();

  constructor(options: DocumentModelOptions<D>) {
    this.definition = options.definition;
    this.options = { now: () => new Date().toISOString(), saveDelay: 300, ...options };
    this.schema = signal<TemplateDefinition<D> | undefined>(
      'schema' in options.definition ? options.definition : undefined,
    );
    this.document = signal<D>(this.createDocument(options.defaultTitle(1)));
    this.documentId = signal<string>(newDocumentId());
    // Before the schema is loaded the document on screen is one `create()` made or the store returned, both valid;
    // an edit loads it (`update`) and the issues follow.
    this.issues = computed<TemplateIssue[]>(() => {
      const definition = this.schema.value;
      return definition ? documentIssues(this.document.value, definition) : [];
    });
    this.problemCount = computed(() => this.issues.value.length + this.fieldProblems.value.size);
  }

  /** A new document with the template's defaults (remembered, so that it can be stored without the schema). */
  private createDocument(title: string): D {
    const doc = this.options.create(title, this.options.now());
    this.created = doc;
    return doc;
  }

  /** Loads the template's schema module once (`import()`); the issues are computed from then on. */
  loadSchema(): Promise<TemplateDefinition<D>> {
    this.loading ??= loadDefinition(this.definition).then(
      (definition) => (this.schema.value = definition),
      (err: unknown) => {
        this.loading = undefined; // a later edit or save tries again
        throw err;
      },
    );
    return this.loading;
  }

  /**
   * The reader is about to edit (a field of the form took the focus): the schema starts loading now, so that the
   * first keystroke does not wait for it. A failure here is left to the edit, which tries again and reports it.
   */
  expectEdit(): void {
    if (!this.schema.value) void this.loadSchema().catch(() => undefined);
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
   * Connects the model to a store and opens the document used last (or the newest, or a new one). Changes other
   * tabs announce on `channel` are shown as they come; deleted documents go to `trash` when given.
   */
  async attach(store: RecordStore, links: { channel?: ChangeChannel; trash?: Trash } = {}): Promise<void> {
    const channel = links.channel ?? silentChannel;
    const trash = links.trash;
    const { id, version } = this.definition;
    this.repo = new TemplateRepository(store, { id, version, load: () => this.loadSchema() });
    this.trash = trash;
    this.storeKind.value = store.kind;
    this.storeOpening.value = store.opened;
    this.channel = channel;
    this.unlisten?.();
    this.unlisten = channel.listen((message) => this.refresh(message.key));
    const { saved, unreadable } = await this.repo.list();
    const current = await this.repo.currentId();
    const open = saved.find((s) => s.id === current) ?? saved[0];
    batch(() => {
      this.unreadable.value = unreadable;
      this.documents.value = saved.map(({ id, document }) => summary(id, document));
      if (open) {
        this.documentId.value = open.id;
        this.document.value = open.document;
        this.opened(open.document);
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
    if (!this.schema.value) void this.loadSchema().catch(() => undefined); // the save reports a failure
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

  /** Stops listening to other tabs (when the page goes away). */
  detach(): void {
    this.unlisten?.();
    this.unlisten = undefined;
  }

  dismissChangedElsewhere(): void {
    this.changedElsewhere.value = null;
  }

  /** A document was opened (or replaced): it is the new base, and nothing of it has been changed here yet. */
  private opened(doc: D | undefined): void {
    this.base = doc;
    this.touched = new Set();
    this.changedElsewhere.value = null;
  }

  private async saveNow(): Promise<void> {
    const repo = this.repo;
    if (!repo) return;
    const id = this.documentId.value;
    const run = async () => {
      // Read when the write starts: edits made while an earlier write ran are part of this one.
      if (this.documentId.value !== id) return;
      const doc = this.document.value;
      const base = this.base;
      const edits = base ? diffFields(base, doc) : undefined;
      try {
        if (!this.schema.value && doc === this.created && !base) {
          await this.storeCreated(repo, id, doc);
          return;
        }
        const definition = await this.loadSchema();
        const issues = documentIssues(doc, definition);
        if (issues.length > 0) {
          this.status.value = { state: 'invalid', count: issues.length };
          return;
        }
        const result = await repo.update(id, (latest) => {
          if (!latest || !edits) return doc;
          const merged = { ...applyFields(latest, edits, doc), updated: doc.updated };
          // A merge that breaks a rule across fields (rare) gives way to this tab's whole document: later wins.
          return documentIssues(merged, definition).length === 0 ? merged : doc;
        });
        if (!result.document) {
          this.status.value = { state: 'invalid', count: result.issues.length };
          return;
        }
        const stored = result.document;
        await repo.setCurrent(id);
        this.channel.post({ key: repo.keyOf(id), paths: (edits ?? []).map((e) => pathKey(e.path)) });
        for (const edit of edits ?? []) this.touched.add(pathKey(edit.path));
        const rest = this.documents.value.filter((d) => d.id !== id);
        batch(() => {
          this.documents.value = [summary(id, stored), ...rest].sort(byUpdated);
          if (this.documentId.value !== id) return;
          this.base = stored;
          const onScreen = this.document.value;
          // Edits made while this write ran stay on screen, on top of what was stored.
          this.document.value = onScreen === doc ? stored : applyFields(stored, diffFields(doc, onScreen), onScreen);
          // A later edit may have started meanwhile; only report "saved" for what is on screen.
          if (onScreen === doc) this.status.value = { state: 'saved', at: stored.updated };
        });
      } catch (err) {
        const { problem, detail } = describeStorageError(err);
        this.status.value = { state: 'error', problem, detail };
      }
    };
    this.pending = (this.pending ?? Promise.resolve()).then(run);
    await this.pending;
  }

  /** Stores a new document as `create()` made it, without loading the schema (see `TemplateRepository.putCreated`). */
  private async storeCreated(repo: TemplateRepository<D>, id: string, doc: D): Promise<void> {
    await repo.putCreated(id, doc);
    await repo.setCurrent(id);
    this.channel.post({ key: repo.keyOf(id), paths: [] });
    const rest = this.documents.value.filter((d) => d.id !== id);
    batch(() => {
      this.documents.value = [summary(id, doc), ...rest].sort(byUpdated);
      if (this.documentId.value !== id) return;
      this.base = doc;
      if (this.document.value === doc) this.status.value = { state: 'saved', at: doc.updated };
    });
  }

  /**
   * Another tab changed the record under `key`: the list is brought up to date and, when it is the open
   * document, the latest stored version is shown with this tab's unsaved edits on top. Runs after any save of
   * this tab that is under way.
   */
  async refresh(key: string): Promise<void> {
    const repo = this.repo;
    const id = repo?.idOfKey(key);
    if (!repo || id === undefined) return;
    const run = async () => {
      let found: Awaited<ReturnType<typeof repo.read>>;
      try {
        found = await repo.read(id);
      } catch {
        return; // the next save says what is wrong
      }
      const rest = this.documents.value.filter((d) => d.id !== id);
      if (!found) {
        if (id !== this.documentId.value) this.documents.value = rest;
        return; // the open document stays on screen; its next save stores it again
      }
      if ('issues' in found) {
        this.unreadable.value = [...this.unreadable.value.filter((u) => u.id !== id), { id, issues: found.issues }];
        return;
      }
      const latest = found.document;
      batch(() => {
        this.documents.value = [summary(id, latest), ...rest].sort(byUpdated);
        if (id !== this.documentId.value) return;
        const base = this.base ?? latest;
        const remote = diffFields(base, latest);
        if (remote.length === 0) return;
        const onScreen = this.document.value;
        const overwritten = remote.map((e) => pathKey(e.path)).filter((p) => this.touched.has(p));
        this.base = latest;
        this.document.value = applyFields(latest, diffFields(base, onScreen), onScreen);
        if (overwritten.length > 0)
          this.changedElsewhere.value = [...new Set([...(this.changedElsewhere.value ?? []), ...overwritten])];
        if (this.status.value.state === 'saved') this.status.value = { state: 'saved', at: latest.updated };
      });
    };
    this.pending = (this.pending ?? Promise.resolve()).then(run);
    await this.pending;
  }

  /** The stored record of an unreadable document as text, to download for repair. */
  async rawFile(id: string): Promise<{ name: string; text: string } | undefined> {
    const text = await this.repo?.raw(id);
    return text === undefined ? undefined : { name: `${this.definition.id}-${id}.json`, text };
  }

  /** Records a repaired database holds in stores this site cannot read (`storeOpening.foreign`), for a download. */
  foreignRecordsFile(): Promise<{ name: string; text: string } | undefined> {
    return this.repo?.store.foreignRecords?.() ?? Promise.resolve(undefined);
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
      this.opened(doc);
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
      this.document.value = this.createDocument(title);
      this.opened(undefined);
      this.notice.value = { kind: 'created', title };
    });
    await this.saveNow();
  }

  /** Deletes the open document and opens the next one (or a new one when it was the last). */
  async removeCurrent(): Promise<void> {
    if (!this.repo) return;
    clearTimeout(this.timer);
    const { title } = this.document.value;
    const removedId = this.documentId.value;
    const entryId = await this.repo.remove(removedId, this.trash);
    this.channel.post({ key: this.repo.keyOf(removedId) });
    const rest = this.documents.value.filter((d) => d.id !== this.documentId.value);
    this.documents.value = rest;
    const [next] = rest;
    if (next) {
      const doc = await this.repo.get(next.id);
      if (doc) {
        batch(() => {
          this.documentId.value = next.id;
          this.document.value = doc;
          this.opened(doc);
          this.status.value = { state: 'saved', at: doc.updated };
        });
        await this.repo.setCurrent(next.id);
      }
    } else {
      batch(() => {
        this.documentId.value = newDocumentId();
        this.document.value = this.createDocument(this.options.defaultTitle(1));
        this.opened(undefined);
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
    this.channel.post({ key: outcome.key });
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
    const doc = this.document.value;
    // An edit made before the schema arrived is not checked yet: no file until it is.
    if (!this.schema.value && doc !== this.created && doc !== this.base) return undefined;
    return this.problemCount.value > 0 ? undefined : documentToJson(doc);
  }

  /**
   * Reads a JSON file and, when it is a valid document of this template, saves it as a new document and opens it.
   * A bad file changes nothing: the notice lists its problems. Returns whether the import succeeded.
   */
  async importJson(text: string, file: string): Promise<boolean> {
    const parsed = documentFromJson(text, await this.loadSchema());
    if (!parsed.success) {
      this.notice.value = { kind: 'import-failed', file, issues: parsed.issues };
      return false;
    }
    await this.flush();
    clearTimeout(this.timer);
    batch(() => {
      this.documentId.value = newDocumentId();
      this.document.value = parsed.document;
      this.opened(undefined);
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
  byCodeUnits(b.updated, a.updated) || byCodeUnits(a.id, b.id);
