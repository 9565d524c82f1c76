/**
 * The questionnaire's model: the assessments saved in this browser as signals, and the actions that change
 * them. Every action saves at once through the RecordStore it is given (IndexedDB, localStorage or memory in
 * the browser, memory in tests); writes run one after another so the last change always wins. No DOM.
 *
 * Several tabs may have one assessment open. Each action is saved as a change applied to the latest stored
 * record (one transaction), never as this tab's copy of the whole record, so an answer given in another tab is
 * kept. Each write is announced on a `ChangeChannel`; the other tabs reread that record and show it. When another
 * tab changed something this tab had changed too, the later write wins and `changedElsewhere` says what.
 */
import { signal, type Signal } from '@preact/signals';
import type { Locale } from '../catalog/schema.ts';
import {
  catalogIdOf,
  describeCatalogId,
  indexCatalog,
  isAnswerable,
  type EngineCatalog,
} from '../engine/catalog-index.ts';
import {
  DELIVERY_CATALOG_ID,
  MAX_IMPORT_BYTES,
  type AnswerLevel,
  type CatalogId,
  type Perspective,
} from '../engine/assessment-constants.ts';
import type { Snapshot, Answer, AnswerInput, Assessment, Migration } from '../engine/assessment-schema.ts';
import { hasErrors, type AssessmentIssue } from '../engine/issues.ts';
import type { Scope } from '../engine/scope.ts';
import {
  describeStorageError,
  silentChannel,
  type ChangeChannel,
  type StorageFailure,
  type StorageProblem,
} from '../storage/browser-store.ts';
import {
  AssessmentRepository,
  newId,
  RecordUnavailableError,
  type RecordStore,
  type SavedAssessment,
  type UnreadableRecord,
} from '../storage/storage.ts';
import { moveToTrash, restoreFromTrash, type RestoreOutcome, type Trash } from '../storage/trash.ts';
import {
  asCopy,
  findSameAssessment,
  withDetails,
  type AssessmentDetails,
  type DetailsProblems,
  type ImportChoice,
} from './assessment-manage.ts';
import type { EvidenceProblems } from './assessment-checks.ts';

/** The schema-dependent half of the model (`assessment-checks.ts`), loaded with `import()` when first needed. */
type Checks = typeof import('./assessment-checks.ts');
export type { EvidenceProblems };
import { safeFileName } from '../engine/file-name.ts';
import { byCodeUnits } from '../engine/order.ts';

/** Largest file the import accepts: the engine's limit, shared with the report's "open a file". */
export { MAX_IMPORT_BYTES };

/**
 * Where the last write stands. `saved.at` is an ISO time. An error names its kind (`problem`, shown in the
 * user's language) and keeps the browser's own words as `message`, shown as secondary detail.
 */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  | { status: 'error'; problem: StorageProblem; message: string };

/**
 * What another tab changed that this tab had changed too (the other tab's write came later and won). `fields`
 * are element IDs, or `title`, `subject`, `assessor`, `perspective`, `scope`, `plan`; `removed` when the other
 * tab deleted the assessment.
 */
export interface ChangedElsewhere {
  id: string;
  title: string;
  fields: string[];
  removed?: boolean;
}

export interface CreateFields {
  /** What to assess: GB/T 28827.2 when absent, or a related practice. */
  catalog?: CatalogId;
  title: string;
  subject: string;
  assessor?: string;
  perspective: Perspective;
  scope: Scope;
}
export type CreateField = 'title' | 'subject';
export type CreateResult = { success: true; id: string } | { success: false; missing: CreateField[] };

/** What the import reads: a `File` fits, and so does a plain object in tests. */
export interface ImportSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** A valid file that is plainly an assessment already saved here, waiting for the user's choice. */
export interface PendingImport {
  assessment: Assessment;
  warnings: AssessmentIssue[];
  migratedFrom?: number;
  /** The saved assessment it matches. */
  existing: { id: string; title: string };
}

export type ImportResult =
  | {
      success: true;
      id: string;
      assessment: Assessment;
      warnings: AssessmentIssue[];
      migratedFrom?: number;
      /** Set when the import replaced a saved assessment: its title and its trash entry (for an undo). */
      replaced?: { title: string; entryId?: string };
      /** Set when the import was kept beside the saved assessment it matches, as a copy. */
      keptBoth?: boolean;
    }
  | { success: false; reason: 'too-large' | 'empty' | 'invalid'; issues: AssessmentIssue[] }
  /** Nothing is saved until `resolveImport` is called with the user's choice; `issues` is empty. */
  | { success: false; reason: 'conflict'; issues: AssessmentIssue[]; pending: PendingImport };

/** The fields of an answer that are edited apart from its level. */
export type AnswerDetails = Partial<Pick<AnswerInput, 'justification' | 'notes' | 'flagged' | 'target'>>;

/** A file name for an exported assessment: its title without characters file systems refuse. */
export const exportFileName = (assessment: Assessment) =>
  `${safeFileName(assessment.title, { refused: ' ', space: ' ', maxLength: 80, fallback: 'assessment' })}.json`;

// eslint-disable-next-line no-control-regex
const safeName = (id: string) => id.replace(/[\u0000-\u001f\\/:*?"<>|]+/g, '_').slice(0, 80) || 'record';

const sortNewestFirst = (list: SavedAssessment[]) =>
  [...list].sort((a, b) => byCodeUnits(b.assessment.updated, a.assessment.updated) || byCodeUnits(a.id, b.id));

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

function failureOf(err: unknown): StorageFailure {
  if (err instanceof RecordUnavailableError) return { problem: err.reason, detail: err.message };
  return describeStorageError(err);
}

/** The parts of an assessment that two tabs can change apart: each answer, and each other field. */
export function changedFields(before: Assessment, after: Assessment): string[] {
  const fields: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const id of new Set([...Object.keys(before.answers), ...Object.keys(after.answers)])) {
    const a = Object.hasOwn(before.answers, id) ? before.answers[id] : undefined;
    const b = Object.hasOwn(after.answers, id) ? after.answers[id] : undefined;
    if (!same(a, b)) fields.push(id);
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Assessment>) {
    if (key === 'answers' || key === 'updated' || key === 'created') continue;
    if (!same(before[key], after[key])) fields.push(key);
  }
  return fields;
}

export interface AssessmentModelOptions {
  store: RecordStore;
  /** The GB/T 28827.2 catalog. */
  catalog: EngineCatalog;
  /** Related-practice catalogs already at hand (tests); others come from `loadCatalog`. */
  practices?: readonly EngineCatalog[];
  /**
   * Fetches a related practice's catalog the first time an assessment for it is listed, created or imported, so a
   * page that never shows a practice never downloads one. Without it, only the catalogs passed in are known.
   */
  loadCatalog?: (id: CatalogId) => Promise<EngineCatalog>;
  /** Every catalog this site offers, GB/T 28827.2 first, loaded or not; the ones passed in by default. */
  offered?: readonly CatalogId[];
  /** Clock; tests pass a fixed one. */
  now?: () => Date;
  /** ID generator; tests pass a counter. */
  newId?: () => string;
  /** Migration chain for imports (the engine's by default). */
  migrations?: Readonly<Record<number, Migration>>;
  /** How tabs sharing the store tell each other about changes; none by default. */
  channel?: ChangeChannel;
  /** Where deleted assessments go, so a delete can be undone; without one a delete is final. */
  trash?: Trash;
}

export class AssessmentModel {
  /** The GB/T 28827.2 catalog. */
  readonly catalog: EngineCatalog;
  /** Every catalog this site offers, GB/T 28827.2 first (loaded or not). */
  readonly offered: readonly CatalogId[];
  /** The catalogs loaded so far, by ID: GB/T 28827.2, and each related practice once it was needed. */
  private readonly loadedCatalogs: Signal<ReadonlyMap<CatalogId, EngineCatalog>>;
  private readonly loadCatalog: ((id: CatalogId) => Promise<EngineCatalog>) | undefined;
  private readonly pendingCatalogs = new Map<CatalogId, Promise<EngineCatalog>>();
  readonly repository: AssessmentRepository;
  /** `indexeddb`, `localstorage` or `memory`: whether work survives a reload. */
  readonly storageKind: RecordStore['kind'];
  /** What happened when the store was opened: a repair, records moved back, or why a fallback is in use. */
  readonly storeOpening: RecordStore['opened'];
  /** Readable assessments, most recently changed first. */
  readonly saved = signal<SavedAssessment[]>([]);
  /** Records in storage that could not be read: shown to the user, never dropped silently. */
  readonly unreadable = signal<UnreadableRecord[]>([]);
  readonly loaded = signal(false);
  /** Set when storage could not be listed at all. */
  readonly loadError = signal<string | null>(null);
  readonly saveState = signal<SaveState>({ status: 'idle' });
  /** The last change of another tab that overwrote a change of this tab; null once dismissed. */
  readonly changedElsewhere = signal<ChangedElsewhere | null>(null);

  private readonly now: () => Date;
  private readonly makeId: () => string;
  private readonly migrations: Readonly<Record<number, Migration>> | undefined;
  private readonly channel: ChangeChannel;
  readonly trash: Trash | undefined;
  private queue: Promise<void> = Promise.resolve();
  private pendingWrites = 0;
  /** Writes queued per record, so a record is not redrawn from storage while a change of this tab is on its way. */
  private readonly pendingById = new Map<string, number>();
  /** The fields this tab has changed, per record: another tab overwriting one of them is reported. */
  private readonly touched = new Map<string, Set<string>>();
  /** Records whose last write failed; the state stays `error` until each is written. */
  private readonly failed = new Set<string>();
  /** The schema-dependent functions, once loaded (see `loadChecks`). */
  private checks?: Checks;
  private loadingChecks?: Promise<Checks>;

  constructor(options: AssessmentModelOptions) {
    this.catalog = options.catalog;
    const known = [options.catalog, ...(options.practices ?? [])].map((c) => [catalogIdOf(c), c] as const);
    this.loadedCatalogs = signal(new Map(known));
    this.loadCatalog = options.loadCatalog;
    this.offered = options.offered ?? known.map(([id]) => id);
    this.repository = new AssessmentRepository(options.store);
    this.storageKind = options.store.kind;
    this.storeOpening = options.store.opened;
    this.now = options.now ?? (() => new Date());
    this.makeId = options.newId ?? newId;
    this.migrations = options.migrations;
    this.channel = options.channel ?? silentChannel;
    this.channel.listen((message) => this.refresh(message.key));
    this.trash = options.trash;
  }

  /**
   * Loads the schema-dependent half of the model (`assessment-checks.ts`, with zod) once. It is needed only when
   * there is something to check: a saved record read back, a file or example imported, an assessment created or
   * changed, another tab's change. A first visit with nothing saved never loads it.
   */
  loadChecks(): Promise<Checks> {
    this.loadingChecks ??= import('./assessment-checks.ts').then(
      (checks) => (this.checks = checks),
      (err: unknown) => {
        this.loadingChecks = undefined; // the next action tries again
        throw err;
      },
    );
    return this.loadingChecks;
  }

  /** The checks, loaded when first needed. */
  private async withChecks(): Promise<Checks> {
    return this.checks ?? (await this.loadChecks());
  }

  /** The checks where an assessment is at hand: reading or making it loaded them. */
  private get checksNow(): Checks {
    if (!this.checks) throw new Error('the assessment checks are not loaded');
    return this.checks;
  }

  /** Reads every record from storage. */
  async load(): Promise<void> {
    try {
      const { saved, unreadable } = await this.repository.list();
      if (saved.length > 0 || unreadable.length > 0) await this.loadChecks();
      await this.ensureCatalogsOf(saved.map((s) => s.assessment));
      this.saved.value = saved;
      this.unreadable.value = unreadable;
      this.loadError.value = null;
    } catch (err) {
      this.loadError.value = messageOf(err);
    }
    this.loaded.value = true;
  }

  find(id: string): Assessment | undefined {
    return this.saved.value.find((s) => s.id === id)?.assessment;
  }

  /** Every catalog an assessment can be for that is loaded, by ID (read in a view, it redraws as more arrive). */
  get catalogs(): ReadonlyMap<CatalogId, EngineCatalog> {
    return this.loadedCatalogs.value;
  }

  /** The catalog an assessment's answers are for, or undefined when this site does not offer it (or not yet). */
  catalogOf(assessment: Pick<Assessment, 'catalog'>): EngineCatalog | undefined {
    return this.catalogs.get(assessment.catalog);
  }

  /**
   * A catalog this site offers, fetched the first time it is needed; undefined when the site does not offer it.
   * Rejects with the reason when it cannot be fetched (offline before it was ever cached, say).
   */
  async ensureCatalog(id: CatalogId): Promise<EngineCatalog | undefined> {
    const known = this.loadedCatalogs.peek().get(id);
    if (known) return known;
    if (!this.loadCatalog || !this.offered.includes(id)) return undefined;
    let pending = this.pendingCatalogs.get(id);
    if (!pending) {
      pending = this.loadCatalog(id).finally(() => this.pendingCatalogs.delete(id));
      this.pendingCatalogs.set(id, pending);
    }
    const catalog = await pending;
    if (!this.loadedCatalogs.peek().has(id))
      this.loadedCatalogs.value = new Map([...this.loadedCatalogs.peek(), [id, catalog]]);
    return catalog;
  }

  /** Fetches the catalogs of the listed assessments that are not loaded yet; one that fails stays unloaded. */
  private async ensureCatalogsOf(assessments: readonly Pick<Assessment, 'catalog'>[]): Promise<void> {
    const ids = new Set(assessments.map((a) => a.catalog));
    await Promise.all([...ids].map((id) => this.ensureCatalog(id).catch(() => undefined)));
  }

  /**
   * Creates an assessment; title and subject are required. `fill` (the import of Excel workbooks into a new
   * assessment) adds answers before the first save, so no empty record is ever stored; what it throws is thrown.
   */
  async create(fields: CreateFields, fill?: (created: Assessment) => Assessment): Promise<CreateResult> {
    const missing: CreateField[] = [];
    if (fields.title.trim() === '') missing.push('title');
    if (fields.subject.trim() === '') missing.push('subject');
    if (missing.length > 0) return { success: false, missing };
    const catalog = await this.ensureCatalog(fields.catalog ?? DELIVERY_CATALOG_ID);
    if (!catalog) throw new Error(`no catalog ${fields.catalog}`);
    const { createAssessment } = await this.withChecks();
    const assessment = createAssessment({
      catalog: catalogIdOf(catalog),
      catalogVersion: indexCatalog(catalog).version,
      title: fields.title,
      subject: fields.subject,
      assessor: fields.assessor ?? '',
      perspective: fields.perspective,
      scope: fields.scope,
      now: this.now(),
    });
    const filled = fill ? fill(assessment) : assessment;
    const id = this.makeId();
    await this.put(id, filled);
    return { success: true, id };
  }

  /** Sets the level of an element's answer, keeping its notes, evidence and flag. */
  async setLevel(id: string, elementId: string, level: AnswerLevel): Promise<boolean> {
    return this.changeAnswer(id, elementId, (prev) => {
      const next: AnswerInput = { ...prev, level };
      // A justification belongs to NA only, and NA has nothing to aim at.
      if (level === 'NA') delete next.target;
      else delete next.justification;
      return next;
    });
  }

  /** Changes the justification, notes or flag of an answer that has a level. */
  async updateAnswer(id: string, elementId: string, details: AnswerDetails): Promise<boolean> {
    return this.changeAnswer(id, elementId, (prev) => (prev ? { ...prev, ...details } : undefined));
  }

  async clearAnswer(id: string, elementId: string): Promise<boolean> {
    return this.changeAnswer(id, elementId, () => undefined, true);
  }

  /** Adds an evidence link to an answer; returns the problems instead when the link is not valid. */
  async addEvidence(id: string, elementId: string, title: string, url: string): Promise<EvidenceProblems | null> {
    const { checkEvidence } = await this.withChecks();
    const checked = checkEvidence(title, url);
    if ('problems' in checked) return checked.problems;
    await this.changeAnswer(id, elementId, (prev) =>
      prev ? { ...prev, evidence: [...prev.evidence, checked.link] } : undefined,
    );
    return null;
  }

  async removeEvidence(id: string, elementId: string, position: number): Promise<boolean> {
    return this.changeAnswer(id, elementId, (prev) =>
      prev ? { ...prev, evidence: prev.evidence.filter((_, i) => i !== position) } : undefined,
    );
  }

  async setScope(id: string, scope: Scope): Promise<boolean> {
    return this.change(id, ['scope'], (latest) => this.checksNow.withScope(latest, scope, this.now()));
  }

  async rename(id: string, title: string): Promise<boolean> {
    if (title.trim() === '') return false;
    return this.change(id, ['title'], (latest) => ({
      ...latest,
      title: title.trim(),
      updated: this.now().toISOString(),
    }));
  }

  /**
   * Changes the supplier, assessor, perspective and date. Returns the problems instead when the details are not
   * valid (nothing is saved), else null.
   */
  async editDetails(id: string, details: AssessmentDetails): Promise<DetailsProblems | null> {
    const { checkDetails } = await this.withChecks();
    const checked = checkDetails(details);
    if ('problems' in checked) return checked.problems;
    await this.change(id, ['subject', 'assessor', 'perspective', 'date'], (latest) =>
      withDetails(latest, checked.details, this.now()),
    );
    return null;
  }

  /**
   * A blank assessment for another supplier: the catalog, scope and details of `id` under a new title and
   * subject, without answers, plan, review or snapshots. Returns its ID.
   */
  async duplicateBlank(id: string, fields: { title: string; subject: string }): Promise<string | undefined> {
    const { blankCopyOf } = await this.withChecks();
    const current = this.find(id);
    const blank = current && blankCopyOf(current, fields, this.now());
    if (!blank) return undefined;
    const copyId = this.makeId();
    await this.put(copyId, blank);
    return copyId;
  }

  /**
   * Settles an import that matched a saved assessment. `replace` moves the saved one to the trash (so it can be
   * undone; without a trash it is not offered) and saves the file under a new ID; `keep-both` saves the file
   * as a copy (title from `copyTitle`, with `{title}`); `cancel` saves nothing.
   */
  async resolveImport(
    pending: PendingImport,
    choice: ImportChoice,
    copyTitle: string,
  ): Promise<ImportResult | undefined> {
    if (choice === 'cancel') return undefined;
    const { assessment, warnings, migratedFrom } = pending;
    const extra = migratedFrom !== undefined ? { migratedFrom } : {};
    if (choice === 'keep-both') {
      const copy = asCopy(assessment, copyTitle);
      const id = this.makeId();
      await this.put(id, copy);
      return { success: true, id, assessment: copy, warnings, keptBoth: true, ...extra };
    }
    if (!this.trash) return undefined;
    const existing = this.find(pending.existing.id);
    const entryId = existing ? await this.remove(pending.existing.id) : undefined;
    const id = this.makeId();
    await this.put(id, assessment);
    return { success: true, id, assessment, warnings, replaced: { title: pending.existing.title, entryId }, ...extra };
  }

  /** Copies an assessment under a new ID and title; the copy starts its own history now. */
  async duplicate(id: string, title: string): Promise<string | undefined> {
    const current = this.find(id);
    if (!current || title.trim() === '') return undefined;
    const stamp = this.now().toISOString();
    const copyId = this.makeId();
    await this.put(copyId, { ...structuredClone(current), title: title.trim(), created: stamp, updated: stamp });
    return copyId;
  }

  /** Deletes an assessment: into the trash when there is one. Returns the trash entry's ID (for an undo). */
  async remove(id: string): Promise<string | undefined> {
    this.saved.value = this.saved.value.filter((s) => s.id !== id);
    let entryId: string | undefined;
    await this.write(id, async () => {
      if (this.trash) entryId = await moveToTrash(this.trash, 'assessments', this.repository.store, id);
      else await this.repository.remove(id);
    });
    return entryId;
  }

  /** Undoes a delete: puts the trash entry back (asking, through `conflict`, if its ID is in use again). */
  async undoRemove(entryId: string): Promise<RestoreOutcome | undefined> {
    if (!this.trash) return undefined;
    await this.settled();
    const outcome = await restoreFromTrash(this.trash, entryId, { assessments: this.repository.store });
    if (outcome.status === 'restored') {
      this.channel.post({ key: outcome.key });
      await this.load();
    }
    return outcome;
  }

  async removeUnreadable(id: string): Promise<void> {
    this.unreadable.value = this.unreadable.value.filter((u) => u.id !== id);
    await this.write(id, () => this.repository.remove(id));
  }

  /**
   * Reads an assessment file and saves it as a new assessment. A file that is too large, empty, not JSON, of
   * an unreadable version, of the wrong shape or wrong for the catalog is refused with every problem, and
   * nothing is written. A file that is plainly an assessment saved here comes back as a `conflict` to settle
   * with `resolveImport`.
   */
  async importFile(source: ImportSource): Promise<ImportResult> {
    if (source.size > MAX_IMPORT_BYTES) return { success: false, reason: 'too-large', issues: [] };
    const text = await source.text();
    if (text.replace(/^\uFEFF/, '').trim() === '') return { success: false, reason: 'empty', issues: [] };
    const { assessmentFromJson } = await this.withChecks();
    const parsed = assessmentFromJson(text, { migrations: this.migrations });
    if (!parsed.success) return { success: false, reason: 'invalid', issues: parsed.issues };
    return this.addChecked(parsed.assessment, parsed.migratedFrom);
  }

  /** Saves one of the shipped example assessments (already parsed JSON) as a new assessment. */
  async loadExample(raw: unknown): Promise<ImportResult> {
    const { parseAssessment } = await this.withChecks();
    const parsed = parseAssessment(raw, { migrations: this.migrations });
    if (!parsed.success) return { success: false, reason: 'invalid', issues: parsed.issues };
    return this.addChecked(parsed.assessment, parsed.migratedFrom);
  }

  /**
   * The file to download for an assessment. Each export takes a snapshot for the history (unless nothing changed
   * since the last one), saved with the assessment; `dropped` lists the oldest snapshots pushed out past the bound.
   */
  exportFile(id: string, locale: Locale = 'zh-CN'): { name: string; text: string; dropped: Snapshot[] } | undefined {
    const current = this.find(id);
    if (!current) return undefined;
    const { withExportSnapshot, EXPORT_SNAPSHOT_LABEL, assessmentToJson } = this.checksNow;
    const { assessment, dropped } = withExportSnapshot(current, EXPORT_SNAPSHOT_LABEL[locale], this.now());
    if (assessment !== current) void this.put(id, assessment);
    return { name: exportFileName(assessment), text: assessmentToJson(assessment), dropped };
  }

  /** Records a repaired database holds in stores this site cannot read (`storeOpening.foreign`), for a download. */
  foreignRecordsFile(): Promise<{ name: string; text: string } | undefined> {
    return this.repository.store.foreignRecords?.() ?? Promise.resolve(undefined);
  }

  /** The stored record as text, readable or not, to download for repair. */
  rawFile(id: string): Promise<{ name: string; text: string } | undefined> {
    return this.repository
      .raw(id)
      .then((text) => (text === undefined ? undefined : { name: `record-${safeName(id)}.json`, text }));
  }

  dismissChangedElsewhere(): void {
    this.changedElsewhere.value = null;
  }

  /**
   * Rereads one record after another tab changed it, and shows it. A change of this tab still on its way is
   * left to finish (its write reads the latest record and shows what it stored). When the other tab overwrote a
   * field this tab had changed, `changedElsewhere` names it.
   */
  async refresh(id: string): Promise<void> {
    if (this.pendingById.get(id)) return;
    let checks: Checks;
    let value: unknown;
    try {
      checks = await this.withChecks();
      value = await this.repository.store.get(id);
    } catch {
      return; // the next write or load says what is wrong
    }
    if (this.pendingById.get(id)) return;
    const before = this.find(id);
    const touched = this.touched.get(id) ?? new Set<string>();
    if (value === undefined) {
      this.failed.delete(id);
      this.saved.value = this.saved.value.filter((s) => s.id !== id);
      this.unreadable.value = this.unreadable.value.filter((u) => u.id !== id);
      if (before && touched.size > 0)
        this.changedElsewhere.value = { id, title: before.title, fields: [], removed: true };
      return;
    }
    const parsed = checks.parseAssessment(value);
    if (!parsed.success) {
      this.saved.value = this.saved.value.filter((s) => s.id !== id);
      const problem = parsed.issues.map((i) => `${i.path || '(file)'}: ${i.message}`).join('; ');
      this.unreadable.value = [...this.unreadable.value.filter((u) => u.id !== id), { id, problem }];
      return;
    }
    const latest = parsed.assessment;
    // Another tab may have created an assessment for a related practice this tab has not fetched yet.
    await this.ensureCatalogsOf([latest]);
    if (this.pendingById.get(id)) return;
    if (before) {
      const overwritten = changedFields(before, latest).filter((f) => touched.has(f));
      if (overwritten.length > 0) {
        const earlier = this.changedElsewhere.value;
        const fields = earlier?.id === id && !earlier.removed ? [...earlier.fields, ...overwritten] : overwritten;
        this.changedElsewhere.value = { id, title: latest.title, fields: [...new Set(fields)] };
      }
    }
    this.show(id, latest);
  }

  /** Resolves once every write started so far has finished (for tests and before leaving). */
  settled(): Promise<void> {
    return this.queue;
  }

  private async addChecked(assessment: Assessment, migratedFrom: number | undefined): Promise<ImportResult> {
    // The file says which catalog its answers are for; it is checked against that one.
    let catalog: EngineCatalog | undefined;
    try {
      catalog = await this.ensureCatalog(assessment.catalog);
    } catch (err) {
      const message = `the catalog for ${describeCatalogId(assessment.catalog)} could not be loaded: ${messageOf(err)}`;
      return {
        success: false,
        reason: 'invalid',
        issues: [{ severity: 'error', code: 'catalog-mismatch', path: 'catalog', message }],
      };
    }
    if (!catalog) {
      const message = `this site has no catalog for ${describeCatalogId(assessment.catalog)}`;
      return {
        success: false,
        reason: 'invalid',
        issues: [{ severity: 'error', code: 'catalog-mismatch', path: 'catalog', message }],
      };
    }
    const { validateAssessment } = await this.withChecks();
    const issues = validateAssessment(catalog, assessment);
    if (hasErrors(issues)) return { success: false, reason: 'invalid', issues };
    // Never a silent duplicate: a file that is plainly a saved assessment waits for the user's choice.
    const same = findSameAssessment(this.saved.value, assessment);
    if (same) {
      const existing = { id: same.id, title: same.assessment.title };
      return {
        success: false,
        reason: 'conflict',
        issues: [],
        pending: { assessment, warnings: issues, existing, ...(migratedFrom !== undefined && { migratedFrom }) },
      };
    }
    const id = this.makeId();
    await this.put(id, assessment);
    return {
      success: true,
      id,
      assessment,
      warnings: issues,
      ...(migratedFrom !== undefined && { migratedFrom }),
    };
  }

  private async changeAnswer(
    id: string,
    elementId: string,
    change: (prev: Answer | undefined) => AnswerInput | undefined,
    allowRemove = false,
  ): Promise<boolean> {
    const current = this.find(id);
    const catalog = current && this.catalogOf(current);
    const element = catalog && indexCatalog(catalog).byId.get(elementId);
    if (!current || !element || !isAnswerable(element)) return false;
    return this.change(id, [elementId], (latest) => {
      const prev = Object.hasOwn(latest.answers, elementId) ? latest.answers[elementId] : undefined;
      const next = change(prev);
      if (next === undefined && !allowRemove) return undefined;
      return this.checksNow.withAnswer(latest, elementId, next, this.now());
    });
  }

  /**
   * Applies answers imported from Excel workbooks (`src/app/xlsx-import-model.ts`) to the record on screen and to
   * the latest stored one; `apply` returns undefined when it cannot apply.
   */
  async applyImported(id: string, apply: (latest: Assessment) => Assessment | undefined): Promise<boolean> {
    if (!this.find(id)) return false;
    return this.change(id, ['answers'], apply);
  }

  /**
   * Applies `apply` to the record on screen and shows the result at once, then applies it again to the latest
   * stored record inside the write, so changes made meanwhile in another tab are kept. `apply` returns undefined
   * when there is nothing to change.
   */
  private async change(
    id: string,
    fields: string[],
    apply: (latest: Assessment) => Assessment | undefined,
  ): Promise<boolean> {
    if (!this.checks) await this.loadChecks(); // an assessment at hand has loaded them: no wait
    const current = this.find(id);
    const optimistic = current && apply(current);
    if (!optimistic) return false;
    this.show(id, optimistic);
    const touched = this.touched.get(id) ?? new Set<string>();
    for (const f of fields) touched.add(f);
    this.touched.set(id, touched);
    await this.write(
      id,
      async () => {
        const stored = await this.repository.update(id, (latest) => apply(latest) ?? latest);
        // A later change of this tab is queued: it will show the record as it stores it.
        if (this.pendingById.get(id) === 1) this.show(id, stored);
      },
      fields,
    );
    return true;
  }

  /** Shows the new value at once, then queues its write (a new record: no other tab has it yet). */
  private async put(id: string, assessment: Assessment): Promise<void> {
    this.show(id, assessment);
    await this.write(id, () => this.repository.save(id, assessment), ['*']);
  }

  private show(id: string, assessment: Assessment): void {
    const others = this.saved.value.filter((s) => s.id !== id);
    this.saved.value = sortNewestFirst([...others, { id, assessment }]);
  }

  private write(id: string, operation: () => Promise<void>, fields?: string[]): Promise<void> {
    this.pendingWrites++;
    this.pendingById.set(id, (this.pendingById.get(id) ?? 0) + 1);
    this.saveState.value = { status: 'saving' };
    const done = () => {
      const left = (this.pendingById.get(id) ?? 1) - 1;
      if (left > 0) this.pendingById.set(id, left);
      else this.pendingById.delete(id);
    };
    this.queue = this.queue.then(operation).then(
      () => {
        done();
        this.failed.delete(id);
        this.channel.post({ key: id, ...(fields && { paths: fields }) });
        this.settle();
      },
      (err: unknown) => {
        done();
        this.failed.add(id);
        this.settle(failureOf(err));
        // The record went away or became unreadable elsewhere: show what storage holds now.
        if (err instanceof RecordUnavailableError) void this.refresh(id);
      },
    );
    return this.queue;
  }

  private settle(error?: ReturnType<typeof failureOf>) {
    this.pendingWrites--;
    if (error !== undefined) this.saveState.value = { status: 'error', problem: error.problem, message: error.detail };
    else if (this.pendingWrites === 0 && this.failed.size === 0)
      this.saveState.value = { status: 'saved', at: this.now().toISOString() };
  }
}
