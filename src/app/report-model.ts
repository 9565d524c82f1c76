/**
 * The report page's model, apart from its view: which assessment is shown (loaded by its local ID), what the
 * engine makes of it, edits to the improvement plan (saved at once), the report language (chosen apart from the
 * UI language), opening an assessment file, and the text of every export. No DOM: the repository and the clock
 * are passed in, so the model runs in Node tests with an in-memory store.
 */
import { batch, computed, signal } from '@preact/signals';
import type { Locale } from '../catalog/schema.ts';
import { MAX_IMPORT_BYTES } from '../engine/assessment-file.ts';
import type { ReportDocumentInfo } from '../engine/report.ts';
import type { Block } from '../engine/outline.ts';
import { toScoreSummary } from '../engine/score-summary.ts';
import { buildPlan } from '../engine/plan.ts';
import { catalogIdOf, describeCatalogId, type EngineCatalog } from '../engine/catalog-index.ts';
import { hasErrors, type AssessmentIssue } from '../engine/issues.ts';
import type { CatalogId, PlanStatus } from '../engine/assessment-constants.ts';
import { duplicateKeyIssues, parseAssessment, type Assessment, type Migration } from '../engine/assessment-schema.ts';
import { localTimeZone } from '../engine/time.ts';
import { scoreAssessment } from '../engine/score.ts';
import { validateAssessment } from '../engine/validate.ts';
import { withPlanEdit } from '../engine/assessment.ts';
import type { AssessmentRepository } from '../storage/storage.ts';
import type { CardSummary, ImportChoice } from './assessment-manage.ts';
import type { Trash } from '../storage/trash.ts';
import { fileBaseName } from './report-format.ts';
import type { ExportFile, ExportKind } from './report-exports.ts';
import type { OfficeModule } from './office-loader.ts';

/** What the page shows. */
export type ReportState =
  | { status: 'loading' }
  /** No ID in the address. */
  | { status: 'no-id' }
  /** No record under this ID in this browser. */
  | { status: 'not-found'; id: string }
  /** A record exists but does not read as an assessment; it is left untouched. */
  | { status: 'unreadable'; id: string; problem: string }
  | { status: 'ready'; id: string; assessment: Assessment; catalog: EngineCatalog };

/** Outcome of the last plan edit, for the page's status region. */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving'; elementId: string }
  | { state: 'saved'; elementId: string }
  | { state: 'failed'; elementId: string; reason: string };

/** Outcome of the last file opened. */
export type FileStatus =
  | { state: 'idle' }
  | { state: 'reading'; fileName: string }
  /** Refused before reading: larger than MAX_IMPORT_BYTES. */
  | { state: 'too-large'; fileName: string; size: number; limit: number }
  /** The browser could not read the file (removed or unreadable since it was chosen). */
  | { state: 'read-failed'; fileName: string; reason: string }
  | { state: 'failed'; fileName: string; issues: AssessmentIssue[] }
  /** The file is valid but the browser refused to store it. */
  | { state: 'not-saved'; fileName: string; reason: string }
  | {
      state: 'opened';
      fileName: string;
      id: string;
      migratedFrom?: number;
      warnings: AssessmentIssue[];
      /** The saved assessment it replaced (now in the trash), or true when it was kept beside it as a copy. */
      replaced?: string;
      keptBoth?: boolean;
    }
  /** Valid, but plainly an assessment saved here: nothing is saved until `resolveConflict` has the user's choice. */
  | {
      state: 'conflict';
      fileName: string;
      existing: { id: string; title: string };
      assessment: Assessment;
      migratedFrom?: number;
      warnings: AssessmentIssue[];
    };

/** One saved assessment in the list shown when no ID is in the address. */
export interface SavedChoice {
  id: string;
  title: string;
  subject: string;
  updated: string;
  catalog: CatalogId;
  /** The engine's overall result; undefined when its catalog cannot be loaded. */
  summary?: CardSummary;
}

/** A file the user chose (a `File` in the browser): its size is known before its text is read. */
export interface FileSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** The user's change to one plan item: any of owner, due date (ISO date or blank) and status. */
export interface PlanEditPatch {
  owner?: string;
  due?: string;
  status?: PlanStatus;
}

export type { ExportFile, ExportKind };

/** The report writer (section builders, Markdown), fetched on the first report export so the page loads without it. */
const loadReportWriter = () => import('../engine/report.ts');
/** The file exports' writers and the export words, fetched on the first export (src/app/report-exports.ts). */
const loadExportWriters = () => import('./report-exports.ts');
/** Matching and summing up saved assessments: fetched when a file is opened or the saved ones are listed. */
const loadManage = () => import('./assessment-manage.ts');

/** A binary file to download (the Excel workbook). */
export interface ExportBytes {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** The report as a Word file to write: the file name, the outline and what the writer needs besides. */
export interface WordExport {
  name: string;
  blocks: Block[];
  info: ReportDocumentInfo;
}

export interface ReportModelOptions {
  /** The GB/T 28827.2 catalog. */
  catalog: EngineCatalog;
  /** Fetches another catalog (a related practice) when an assessment is for one. */
  loadCatalog?: (id: CatalogId) => Promise<EngineCatalog>;
  repository: AssessmentRepository;
  /** A fresh local ID for an opened file. */
  newId: () => string;
  /** The report language to start with (the UI language). */
  locale: Locale;
  /**
   * Adds another language's texts to the catalogs in use (the page loads its own language only); called before the
   * report is shown in that language. Without it, every language is taken to be there.
   */
  loadLocale?: (locale: Locale, catalogs: readonly CatalogId[]) => Promise<void>;
  now?: () => Date;
  /** Zone the exports show times in; the browser's own when absent. */
  timeZone?: string;
  /** The migration chain for older files; the engine's by default. */
  migrations?: Readonly<Record<number, Migration>>;
  /** Where a saved assessment replaced by an opened file goes (so it can be restored); without one, no replace. */
  trash?: Trash;
  /** As `trash`, opened when a replace is chosen (the browser's trash, so the page loads without it). */
  loadTrash?: () => Promise<Trash>;
  /** Loads the office-formats module (`import()` by default; tests pass it in). */
  loadOffice?: () => Promise<OfficeModule>;
  /**
   * The whole catalog in a language, for the Excel workbook (it writes each requirement, which the report's cut of the
   * catalog leaves out: src/catalog/report-catalog.ts); fetched on the first Excel export. Without it, the catalog
   * shown is taken to be whole.
   */
  loadWholeCatalog?: (id: CatalogId, locale: Locale) => Promise<EngineCatalog>;
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();

export function createReportModel(options: ReportModelOptions) {
  const { catalog, repository } = options;
  const now = options.now ?? (() => new Date());

  /** The catalog an assessment's answers are for: the delivery catalog, or a related practice fetched once. */
  async function catalogFor(id: CatalogId): Promise<EngineCatalog> {
    if (id === catalogIdOf(catalog)) return catalog;
    if (!options.loadCatalog) throw new Error(`no catalog for ${describeCatalogId(id)}`);
    return options.loadCatalog(id);
  }

  const state = signal<ReportState>({ status: 'loading' });
  const reportLocale = signal<Locale>(options.locale);
  /** Why the last report language chosen could not be shown (its texts did not load); null when it was shown. */
  const localeProblem = signal<string | null>(null);
  let localeTicket = 0;
  /** Shows the report in `locale`, once its texts are loaded; a later choice wins over an earlier one. */
  async function setReportLocale(locale: Locale): Promise<void> {
    const ticket = ++localeTicket;
    const s = state.value;
    const ids = [catalogIdOf(catalog), ...(s.status === 'ready' ? [catalogIdOf(s.catalog)] : [])];
    try {
      await options.loadLocale?.(locale, [...new Set(ids)]);
    } catch (err) {
      if (ticket === localeTicket) localeProblem.value = reasonOf(err);
      return;
    }
    if (ticket !== localeTicket) return;
    localeProblem.value = null;
    reportLocale.value = locale;
  }
  const saveStatus = signal<SaveStatus>({ state: 'idle' });
  const fileStatus = signal<FileStatus>({ state: 'idle' });
  /** The saved assessments, newest first, listed when no ID is in the address; null until read. */
  const savedList = signal<SavedChoice[] | null>(null);

  /** Reads the saved assessments for the list, each with its overall result. */
  async function listSaved(): Promise<void> {
    try {
      // The repository lists them newest first.
      const { saved } = await repository.list();
      const manage = loadManage();
      savedList.value = await Promise.all(
        saved.map(async ({ id, assessment: a }) => {
          let summary: CardSummary | undefined;
          try {
            summary = (await manage).cardSummaryOf(await catalogFor(a.catalog), a);
          } catch {
            summary = undefined; // listed without a result
          }
          const choice = { id, title: a.title, subject: a.subject, updated: a.updated, catalog: a.catalog };
          return summary ? { ...choice, summary } : choice;
        }),
      );
    } catch {
      savedList.value = [];
    }
  }

  /** The shown assessment as the engine sees it: the same functions and numbers as the CLI. */
  const report = computed(() => {
    const s = state.value;
    if (s.status !== 'ready') return undefined;
    const { assessment, catalog } = s;
    const result = scoreAssessment(catalog, assessment);
    const plan = buildPlan(catalog, assessment, result);
    return {
      id: s.id,
      assessment,
      /** The catalog the answers are for (GB/T 28827.2 or a related practice). */
      catalog,
      result,
      plan,
      customerPlan: buildPlan(catalog, assessment, result, 'customer'),
      summary: toScoreSummary(result, plan),
      /** Problems of a saved record against this catalog (a stored record is only checked for its shape). */
      issues: validateAssessment(catalog, assessment),
    };
  });

  let loadCount = 0;
  /** Shows the assessment saved under `id` (or the no-ID state). A later call wins over an earlier one. */
  async function load(id: string | null): Promise<void> {
    const ticket = ++loadCount;
    if (!id) {
      state.value = { status: 'no-id' };
      await listSaved();
      return;
    }
    state.value = { status: 'loading' };
    let next: ReportState;
    try {
      const saved = await repository.get(id);
      next = saved
        ? { status: 'ready', id, assessment: saved.assessment, catalog: await catalogFor(saved.assessment.catalog) }
        : { status: 'not-found', id };
    } catch (err) {
      next = { status: 'unreadable', id, problem: reasonOf(err) };
    }
    if (ticket === loadCount) state.value = next;
  }

  /**
   * Changes one plan item and saves the assessment at once. A blank owner or due date removes it; an item back
   * at its defaults leaves no edit behind. If saving fails, the change is undone and the status says why.
   */
  async function setPlanEdit(elementId: string, patch: PlanEditPatch): Promise<void> {
    const s = state.value;
    if (s.status !== 'ready') return;
    const before = s.assessment;
    const current = Object.hasOwn(before.plan, elementId) ? before.plan[elementId] : undefined;
    const merged = { owner: current?.owner, due: current?.due, status: current?.status ?? 'open', ...patch };
    const owner = merged.owner?.trim() || undefined;
    const due = merged.due?.trim() || undefined;
    const edit = owner || due || merged.status !== 'open' ? { owner, due, status: merged.status } : undefined;
    let after: Assessment;
    try {
      after = withPlanEdit(before, elementId, edit, now());
    } catch (err) {
      saveStatus.value = { state: 'failed', elementId, reason: reasonOf(err) };
      return;
    }
    batch(() => {
      state.value = { ...s, assessment: after };
      saveStatus.value = { state: 'saving', elementId };
    });
    try {
      // Applied to the latest stored record, so answers given meanwhile in another tab are kept.
      const stored = await repository.update(s.id, (latest) => withPlanEdit(latest, elementId, edit, now()));
      batch(() => {
        const shown = state.value;
        if (shown.status === 'ready' && shown.id === s.id && shown.assessment === after)
          state.value = { ...shown, assessment: stored };
        saveStatus.value = { state: 'saved', elementId };
      });
    } catch (err) {
      batch(() => {
        const latest = state.value;
        if (latest.status === 'ready' && latest.assessment === after) state.value = { ...latest, assessment: before };
        saveStatus.value = { state: 'failed', elementId, reason: reasonOf(err) };
      });
    }
  }

  /**
   * Reads an assessment file. A valid file (older versions migrated) is saved under a new ID and that ID is
   * returned; the caller puts it in the address, which loads it. An invalid file changes nothing stored.
   */
  async function openFile(fileName: string, text: string): Promise<string | undefined> {
    fileStatus.value = { state: 'reading', fileName };
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      fileStatus.value = {
        state: 'failed',
        fileName,
        issues: [{ severity: 'error', code: 'not-json', path: '', message: `not valid JSON (${reasonOf(err)})` }],
      };
      return undefined;
    }
    // The file names its catalog; it is checked against that one (a shape error is reported before any fetch).
    const parsed = parseAssessment(raw, { migrations: options.migrations });
    if (!parsed.success) {
      fileStatus.value = { state: 'failed', fileName, issues: parsed.issues };
      return undefined;
    }
    let own: EngineCatalog;
    try {
      own = await catalogFor(parsed.assessment.catalog);
    } catch (err) {
      const message = `cannot load the catalog for ${describeCatalogId(parsed.assessment.catalog)} (${reasonOf(err)})`;
      fileStatus.value = {
        state: 'failed',
        fileName,
        issues: [{ severity: 'error', code: 'catalog-mismatch', path: 'catalog', message }],
      };
      return undefined;
    }
    const issues = validateAssessment(own, parsed.assessment);
    if (hasErrors(issues)) {
      fileStatus.value = { state: 'failed', fileName, issues: issues.filter((i) => i.severity === 'error') };
      return undefined;
    }
    // A key written twice is legal JSON that keeps the last value: said, not refused.
    const warnings = [...duplicateKeyIssues(text), ...issues];
    const migrated = parsed.migratedFrom !== undefined ? { migratedFrom: parsed.migratedFrom } : {};
    // Never a silent duplicate: a file that is plainly a saved assessment waits for the user's choice.
    let findSameAssessment;
    try {
      ({ findSameAssessment } = await loadManage());
    } catch (err) {
      fileStatus.value = { state: 'not-saved', fileName, reason: reasonOf(err) };
      return undefined;
    }
    let same;
    try {
      same = findSameAssessment((await repository.list()).saved, parsed.assessment);
    } catch {
      same = undefined; // storage cannot be listed: saving says what is wrong
    }
    if (same) {
      fileStatus.value = {
        state: 'conflict',
        fileName,
        existing: { id: same.id, title: same.assessment.title },
        assessment: parsed.assessment,
        warnings,
        ...migrated,
      };
      return undefined;
    }
    return saveOpened(fileName, parsed.assessment, warnings, migrated);
  }

  async function saveOpened(
    fileName: string,
    assessment: Assessment,
    warnings: AssessmentIssue[],
    extra: { migratedFrom?: number; replaced?: string; keptBoth?: boolean },
  ): Promise<string | undefined> {
    const id = options.newId();
    try {
      await repository.save(id, assessment);
    } catch (err) {
      fileStatus.value = { state: 'not-saved', fileName, reason: reasonOf(err) };
      return undefined;
    }
    fileStatus.value = { state: 'opened', fileName, id, warnings, ...extra };
    return id;
  }

  /** Whether an opened file can replace the saved assessment it matches (the old one needs the trash). */
  const canReplace = options.trash !== undefined || options.loadTrash !== undefined;

  /**
   * Settles an opened file that matched a saved assessment: `replace` moves the saved one to the trash and saves
   * the file under a new ID, `keep-both` saves it as a copy (title from `copyTitle`, with `{title}`), `cancel`
   * saves nothing. Returns the new ID.
   */
  async function resolveConflict(choice: ImportChoice, copyTitle: string): Promise<string | undefined> {
    const s = fileStatus.value;
    if (s.state !== 'conflict') return undefined;
    const migrated = s.migratedFrom !== undefined ? { migratedFrom: s.migratedFrom } : {};
    if (choice === 'cancel') {
      fileStatus.value = { state: 'idle' };
      return undefined;
    }
    if (choice === 'keep-both') {
      const { asCopy } = await loadManage(); // loaded by openFile already
      return saveOpened(s.fileName, asCopy(s.assessment, copyTitle), s.warnings, { ...migrated, keptBoth: true });
    }
    if (!canReplace) return undefined;
    try {
      const [trash, { moveToTrash }] = await Promise.all([
        options.trash ?? options.loadTrash?.(),
        import('../storage/trash.ts'),
      ]);
      if (!trash) return undefined;
      await moveToTrash(trash, 'assessments', repository.store, s.existing.id);
    } catch (err) {
      fileStatus.value = { state: 'not-saved', fileName: s.fileName, reason: reasonOf(err) };
      return undefined;
    }
    return saveOpened(s.fileName, s.assessment, s.warnings, { ...migrated, replaced: s.existing.title });
  }

  /**
   * Opens a chosen file: one larger than MAX_IMPORT_BYTES is refused before it is read (a huge file would freeze
   * the page), otherwise as `openFile`.
   */
  async function openSource(source: FileSource): Promise<string | undefined> {
    const fileName = source.name;
    if (source.size > MAX_IMPORT_BYTES) {
      fileStatus.value = { state: 'too-large', fileName, size: source.size, limit: MAX_IMPORT_BYTES };
      return undefined;
    }
    fileStatus.value = { state: 'reading', fileName };
    let text: string;
    try {
      text = await source.text();
    } catch (err) {
      fileStatus.value = { state: 'read-failed', fileName, reason: reasonOf(err) };
      return undefined;
    }
    return openFile(fileName, text);
  }

  /**
   * Shows the assessment with its export snapshot and adds the snapshot to the latest stored version (what another
   * tab saved meanwhile is kept); if saving fails, the export still has it.
   */
  async function keepExportSnapshot(
    id: string,
    assessment: Assessment,
    take: (latest: Assessment) => Assessment,
  ): Promise<void> {
    const s = state.value;
    if (s.status === 'ready' && s.id === id) state.value = { ...s, assessment };
    try {
      await repository.update(id, take);
    } catch {
      // The downloaded file holds the snapshot; the stored record simply lacks it until the next export.
    }
  }

  /**
   * The text of one export of the shown assessment, in the report language. Async: the writers load on the first
   * export; rejects when they cannot be fetched (offline before they ever were).
   */
  async function exportFile(kind: ExportKind): Promise<ExportFile | undefined> {
    const r = report.value;
    if (!r) return undefined;
    const locale = reportLocale.value;
    // Each JSON export takes a snapshot for the history (unless nothing changed since the last one), saved too.
    const at = now();
    const { reportExportFile } = await loadExportWriters();
    const { file, snapshot } = reportExportFile(kind, r, locale, at);
    if (snapshot) void keepExportSnapshot(r.id, snapshot.assessment, snapshot.take);
    return file;
  }

  /** The report as an Excel workbook in the report language; the spreadsheet library is loaded on the first call. */
  async function exportXlsx(): Promise<ExportBytes | undefined> {
    const r = report.value;
    if (!r) return undefined;
    const locale = reportLocale.value;
    // The loader too is fetched on the first call: it names the library's chunks for the preload.
    const { loadOfficeModule, XLSX_TYPE } = await import('./office-loader.ts');
    const [office, whole] = await Promise.all([
      (options.loadOffice ?? loadOfficeModule)(),
      options.loadWholeCatalog?.(catalogIdOf(r.catalog), locale) ?? r.catalog,
    ]);
    const bytes = await office.assessmentToXlsx(whole, r.assessment, locale, { id: r.id });
    return { name: `${fileBaseName(r.assessment.title)}.${locale}.xlsx`, type: XLSX_TYPE, bytes };
  }

  /** The report writer's input: the shown assessment, its score and plan in the report language (words loaded). */
  async function reportInput() {
    const r = report.value;
    if (!r) return undefined;
    const locale = reportLocale.value;
    const base = `${fileBaseName(r.assessment.title)}.${locale}`;
    const t = (await loadExportWriters()).reportText(locale);
    const args = [r.catalog, r.assessment, t, r.result, r.plan, options.timeZone ?? localTimeZone()] as const;
    return { base, args };
  }

  /**
   * The report of the shown assessment as Markdown in the report language (`<title>.<language>.md`). Async: the
   * writer loads on the first report export; rejects when it cannot be fetched (offline before it ever was).
   */
  async function markdownExport(): Promise<ExportFile | undefined> {
    const input = await reportInput();
    if (!input) return undefined;
    const { reportToMarkdown } = await loadReportWriter();
    return { name: `${input.base}.md`, type: 'text/markdown;charset=utf-8', text: reportToMarkdown(...input.args) };
  }

  /**
   * The report of the shown assessment as a Word document in the report language, named like the Markdown file
   * (`<title>.<language>.docx`): its outline and what the writer needs besides. The view writes it with
   * `src/office/docx.ts`, loaded on demand too.
   */
  async function wordExport(): Promise<WordExport | undefined> {
    const input = await reportInput();
    if (!input) return undefined;
    const { reportContext, reportDocument } = await loadReportWriter();
    return { name: `${input.base}.docx`, ...reportDocument(reportContext(...input.args)) };
  }

  return {
    catalog,
    /** Whether saved data survives a reload (`memory` when the browser allows no storage). */
    storeKind: repository.store.kind,
    state,
    report,
    reportLocale,
    saveStatus,
    fileStatus,
    savedList,
    canReplace,
    load,
    resolveConflict,
    setPlanEdit,
    openFile,
    openSource,
    exportFile,
    exportXlsx,
    markdownExport,
    wordExport,
    localeProblem,
    setReportLocale,
  };
}

export type ReportModel = ReturnType<typeof createReportModel>;
