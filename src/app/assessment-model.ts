/**
 * The questionnaire's model: the assessments saved in this browser as signals, and the actions that change
 * them. Every action saves at once through the RecordStore it is given (IndexedDB, localStorage or memory in
 * the browser, memory in tests); writes run one after another so the last change always wins. No DOM.
 */
import { signal } from '@preact/signals';
import type { Locale } from '../catalog/schema.ts';
import {
  assessmentFromJson,
  assessmentToJson,
  catalogIdOf,
  createAssessment,
  DELIVERY_CATALOG_ID,
  describeCatalogId,
  EvidenceLinkSchema,
  hasErrors,
  indexCatalog,
  isAnswerable,
  parseAssessment,
  validateAssessment,
  withAnswer,
  withScope,
  withExportSnapshot,
  EXPORT_SNAPSHOT_LABEL,
  type Snapshot,
  type Answer,
  type AnswerInput,
  type AnswerLevel,
  type Assessment,
  type AssessmentIssue,
  type CatalogId,
  type EngineCatalog,
  type EvidenceLink,
  type Migration,
  type Perspective,
  type Scope,
} from '../engine/index.ts';
import {
  AssessmentRepository,
  newId,
  type RecordStore,
  type SavedAssessment,
  type UnreadableRecord,
} from './storage.ts';

/** Largest file the import accepts. An assessment of the whole catalog with long notes is well under 1 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Where the last write stands. `saved.at` is an ISO time. */
export type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: string } | { status: 'error'; message: string };

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

export type ImportResult =
  | { success: true; id: string; assessment: Assessment; warnings: AssessmentIssue[]; migratedFrom?: number }
  | { success: false; reason: 'too-large' | 'empty' | 'invalid'; issues: AssessmentIssue[] };

/** The fields of an answer that are edited apart from its level. */
export type AnswerDetails = Partial<Pick<AnswerInput, 'justification' | 'notes' | 'flagged'>>;

/** Problems of an evidence link being added, by field. */
export interface EvidenceProblems {
  title?: 'required';
  url?: 'invalid';
}

/** Checks an evidence link the way the file schema will; a blank URL means none. */
export function checkEvidence(title: string, url: string): { link: EvidenceLink } | { problems: EvidenceProblems } {
  const input = { title, ...(url.trim() !== '' && { url: url.trim() }) };
  const parsed = EvidenceLinkSchema.safeParse(input);
  if (parsed.success) return { link: parsed.data };
  const problems: EvidenceProblems = {};
  for (const issue of parsed.error.issues) {
    if (issue.path[0] === 'title') problems.title = 'required';
    if (issue.path[0] === 'url') problems.url = 'invalid';
  }
  return { problems };
}

/** A file name for an exported assessment: its title without characters file systems refuse. */
export function exportFileName(assessment: Assessment): string {
  // Control characters are refused by file systems too.
  // eslint-disable-next-line no-control-regex
  const unsafe = /[\u0000-\u001f\\/:*?"<>|]+/g;
  const base = assessment.title.replace(unsafe, ' ').replace(/\s+/g, ' ').trim();
  return `${base.slice(0, 80).trim() || 'assessment'}.json`;
}

const sortNewestFirst = (list: SavedAssessment[]) =>
  [...list].sort((a, b) => b.assessment.updated.localeCompare(a.assessment.updated) || a.id.localeCompare(b.id));

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export interface AssessmentModelOptions {
  store: RecordStore;
  /** The GB/T 28827.2 catalog. */
  catalog: EngineCatalog;
  /** The related-practice catalogs this site offers. */
  practices?: readonly EngineCatalog[];
  /** Clock; tests pass a fixed one. */
  now?: () => Date;
  /** ID generator; tests pass a counter. */
  newId?: () => string;
  /** Migration chain for imports (the engine's by default). */
  migrations?: Readonly<Record<number, Migration>>;
}

export class AssessmentModel {
  /** The GB/T 28827.2 catalog. */
  readonly catalog: EngineCatalog;
  /** Every catalog an assessment can be for, by ID: the delivery standard and the related practices. */
  readonly catalogs: ReadonlyMap<CatalogId, EngineCatalog>;
  readonly repository: AssessmentRepository;
  /** `indexeddb`, `localstorage` or `memory`: whether work survives a reload. */
  readonly storageKind: RecordStore['kind'];
  /** Readable assessments, most recently changed first. */
  readonly saved = signal<SavedAssessment[]>([]);
  /** Records in storage that could not be read: shown to the user, never dropped silently. */
  readonly unreadable = signal<UnreadableRecord[]>([]);
  readonly loaded = signal(false);
  /** Set when storage could not be listed at all. */
  readonly loadError = signal<string | null>(null);
  readonly saveState = signal<SaveState>({ status: 'idle' });

  private readonly now: () => Date;
  private readonly makeId: () => string;
  private readonly migrations: Readonly<Record<number, Migration>> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private pendingWrites = 0;
  /** Records whose last write failed; the state stays `error` until each is written. */
  private readonly failed = new Set<string>();

  constructor(options: AssessmentModelOptions) {
    this.catalog = options.catalog;
    this.catalogs = new Map([options.catalog, ...(options.practices ?? [])].map((c) => [catalogIdOf(c), c]));
    this.repository = new AssessmentRepository(options.store);
    this.storageKind = options.store.kind;
    this.now = options.now ?? (() => new Date());
    this.makeId = options.newId ?? newId;
    this.migrations = options.migrations;
  }

  /** Reads every record from storage. */
  async load(): Promise<void> {
    try {
      const { saved, unreadable } = await this.repository.list();
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

  /** The catalog an assessment's answers are for, or undefined when this site does not offer it. */
  catalogOf(assessment: Pick<Assessment, 'catalog'>): EngineCatalog | undefined {
    return this.catalogs.get(assessment.catalog);
  }

  async create(fields: CreateFields): Promise<CreateResult> {
    const missing: CreateField[] = [];
    if (fields.title.trim() === '') missing.push('title');
    if (fields.subject.trim() === '') missing.push('subject');
    if (missing.length > 0) return { success: false, missing };
    const catalog = this.catalogs.get(fields.catalog ?? DELIVERY_CATALOG_ID);
    if (!catalog) throw new Error(`no catalog ${fields.catalog}`);
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
    const id = this.makeId();
    await this.put(id, assessment);
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
    const current = this.find(id);
    if (!current) return false;
    await this.put(id, withScope(current, scope, this.now()));
    return true;
  }

  async rename(id: string, title: string): Promise<boolean> {
    const current = this.find(id);
    if (!current || title.trim() === '') return false;
    await this.put(id, { ...current, title: title.trim(), updated: this.now().toISOString() });
    return true;
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

  async remove(id: string): Promise<void> {
    this.saved.value = this.saved.value.filter((s) => s.id !== id);
    await this.write(id, () => this.repository.remove(id));
  }

  async removeUnreadable(id: string): Promise<void> {
    this.unreadable.value = this.unreadable.value.filter((u) => u.id !== id);
    await this.write(id, () => this.repository.remove(id));
  }

  /**
   * Reads an assessment file and saves it as a new assessment. A file that is too large, empty, not JSON, of
   * an unreadable version, of the wrong shape or wrong for the catalog is refused with every problem, and
   * nothing is written.
   */
  async importFile(source: ImportSource): Promise<ImportResult> {
    if (source.size > MAX_IMPORT_BYTES) return { success: false, reason: 'too-large', issues: [] };
    const text = await source.text();
    if (text.replace(/^\uFEFF/, '').trim() === '') return { success: false, reason: 'empty', issues: [] };
    const parsed = assessmentFromJson(text, { migrations: this.migrations });
    if (!parsed.success) return { success: false, reason: 'invalid', issues: parsed.issues };
    return this.addChecked(parsed.assessment, parsed.migratedFrom);
  }

  /** Saves one of the shipped example assessments (already parsed JSON) as a new assessment. */
  async loadExample(raw: unknown): Promise<ImportResult> {
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
    const { assessment, dropped } = withExportSnapshot(current, EXPORT_SNAPSHOT_LABEL[locale], this.now());
    if (assessment !== current) void this.put(id, assessment);
    return { name: exportFileName(assessment), text: assessmentToJson(assessment), dropped };
  }

  /** Resolves once every write started so far has finished (for tests and before leaving). */
  settled(): Promise<void> {
    return this.queue;
  }

  private async addChecked(assessment: Assessment, migratedFrom: number | undefined): Promise<ImportResult> {
    // The file says which catalog its answers are for; it is checked against that one.
    const catalog = this.catalogOf(assessment);
    if (!catalog) {
      const message = `this site has no catalog for ${describeCatalogId(assessment.catalog)}`;
      return {
        success: false,
        reason: 'invalid',
        issues: [{ severity: 'error', code: 'catalog-mismatch', path: 'catalog', message }],
      };
    }
    const issues = validateAssessment(catalog, assessment);
    if (hasErrors(issues)) return { success: false, reason: 'invalid', issues };
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
    const prev = Object.hasOwn(current.answers, elementId) ? current.answers[elementId] : undefined;
    const next = change(prev);
    if (next === undefined && !allowRemove) return false;
    await this.put(id, withAnswer(current, elementId, next, this.now()));
    return true;
  }

  /** Shows the new value at once, then queues its write. */
  private async put(id: string, assessment: Assessment): Promise<void> {
    const others = this.saved.value.filter((s) => s.id !== id);
    this.saved.value = sortNewestFirst([...others, { id, assessment }]);
    await this.write(id, () => this.repository.save(id, assessment));
  }

  private write(id: string, operation: () => Promise<void>): Promise<void> {
    this.pendingWrites++;
    this.saveState.value = { status: 'saving' };
    this.queue = this.queue.then(operation).then(
      () => {
        this.failed.delete(id);
        this.settle();
      },
      (err: unknown) => {
        this.failed.add(id);
        this.settle(messageOf(err));
      },
    );
    return this.queue;
  }

  private settle(error?: string) {
    this.pendingWrites--;
    if (error !== undefined) this.saveState.value = { status: 'error', message: error };
    else if (this.pendingWrites === 0 && this.failed.size === 0)
      this.saveState.value = { status: 'saved', at: this.now().toISOString() };
  }
}
