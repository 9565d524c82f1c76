/**
 * Importing answers from filled Excel workbooks, into the assessment on screen or into a new one started from the
 * workbooks: read the files (the spreadsheet library is loaded then), show a preview of every element (unchanged,
 * changed, new) and the conflicts between files, let the user pick an answer for each conflict (and, for a new
 * assessment, edit its title, subject, assessor and perspective, read from the workbook), and change nothing until
 * confirm. DOM-free: the view passes the files in (anything with a name, a size and `arrayBuffer()`), and the tests
 * pass the office module in.
 */
import { computed, signal } from '@preact/signals';
import type { Locale } from '../catalog/schema.ts';
import type { CatalogId } from '../engine/assessment-constants.ts';
import type { Assessment } from '../engine/assessment-schema.ts';
import { catalogIdOf, indexCatalog, type EngineCatalog } from '../engine/catalog-index.ts';
import type {
  AboutDetails,
  AnswerField,
  ImportPreview,
  ImportTarget,
  OpenedWorkbook,
  XlsxProblem,
} from '../office/index.ts';
import type { CreateField, CreateResult } from './assessment-model.ts';
import { loadOfficeModule, type OfficeModule } from './office-loader.ts';

/** A file as the view hands it over (a browser `File` is one). */
export interface WorkbookSource {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** One element of the preview, ready to show. */
export interface PreviewRow {
  id: string;
  title: string;
  status: 'unchanged' | 'changed' | 'new';
  /** Level before and after (null: unanswered). */
  before: string | null;
  after: string | null;
  fields: AnswerField[];
  /** File and row the new answer comes from. */
  file?: string;
  row?: number;
}

/** A conflict, ready to show: one line naming the files, and the answers to choose from. */
interface ConflictView {
  id: string;
  title: string;
  line: string;
  options: { file: string; row: number; level: string }[];
}

export type XlsxImportState =
  | { status: 'idle' }
  | { status: 'reading'; files: string[] }
  | { status: 'problems'; files: string[]; messages: string[] }
  | {
      status: 'preview';
      files: string[];
      preview: ImportPreview;
      rows: PreviewRow[];
      conflicts: ConflictView[];
      notices: string[];
    }
  | { status: 'applied'; files: string[]; count: number }
  /** A new assessment was saved, with `count` answers. */
  | { status: 'created'; files: string[]; count: number; id: string; title: string }
  | { status: 'failed'; files: string[]; reason: string };

interface CommonOptions {
  /** Language of the messages (the UI's). */
  locale: Locale;
  loadOffice?: () => Promise<OfficeModule>;
  now?: () => Date;
}

/** Into a saved assessment. */
interface IntoSaved extends CommonOptions {
  /** The assessment to import into and its catalog; undefined when it is gone. */
  target: () => { assessment: Assessment; catalog: EngineCatalog } | undefined;
  /** Stores the change: `apply` is given the latest stored assessment (see AssessmentModel.applyImported). */
  save: (apply: (latest: Assessment) => Assessment | undefined) => Promise<boolean>;
}

/** What a new assessment is created with: the catalog the workbooks answer, and the details the user confirmed. */
export type NewAssessmentFields = AboutDetails & { catalog: CatalogId };

/** Into a new assessment, started from the first workbook's about sheet (see AssessmentModel.create). */
interface IntoNew extends CommonOptions {
  start: {
    /** The catalog a workbook names, fetched if needed; undefined when this site does not offer it. */
    catalog: (id: string) => Promise<EngineCatalog | undefined>;
    /** Creates the assessment; `fill` adds the answers before it is first saved. */
    create: (fields: NewAssessmentFields, fill: (created: Assessment) => Assessment) => Promise<CreateResult>;
  };
}

export type XlsxImportOptions = IntoSaved | IntoNew;

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();

export function createXlsxImportModel(options: XlsxImportOptions) {
  const state = signal<XlsxImportState>({ status: 'idle' });
  /** For each conflict, the index of the answer chosen. */
  const choices = signal<Readonly<Record<string, number>>>({});
  /** A new assessment's details, read from the workbook and edited by the user; null when importing into one. */
  const details = signal<AboutDetails | null>(null);
  /** The required details left blank at the last confirm. */
  const missing = signal<readonly CreateField[]>([]);
  const unresolved = computed(() => {
    const s = state.value;
    return s.status === 'preview' ? s.conflicts.filter((c) => !Object.hasOwn(choices.value, c.id)).length : 0;
  });
  /** How many elements a confirm would change. */
  const changeCount = computed(() => {
    const s = state.value;
    return s.status === 'preview' ? s.rows.filter((r) => r.status !== 'unchanged').length + s.conflicts.length : 0;
  });
  let office: OfficeModule | undefined;
  /** The catalog of a new assessment's preview, and the catalog ID its about sheet names. */
  let started: { catalog: EngineCatalog; id: CatalogId } | undefined;

  /**
   * What the files are read against: the saved assessment, or for a new one the catalog the first readable
   * workbook names (its details go to `details`). The problems are what to show instead.
   */
  async function targetOf(
    o: OfficeModule,
    opened: readonly OpenedWorkbook[],
  ): Promise<{ against: ImportTarget; catalog: EngineCatalog } | XlsxProblem[] | undefined> {
    if (!('start' in options)) {
      const target = options.target();
      return target && { against: target.assessment, catalog: target.catalog };
    }
    const problems: XlsxProblem[] = [];
    for (const book of opened) {
      const about = o.readOpenedAbout(book);
      if (!about.ok) {
        problems.push(...about.problems);
        continue;
      }
      const catalog = await options.start.catalog(about.meta.catalog);
      if (!catalog) return [{ file: book.name, code: 'unknown-catalog', params: { catalog: about.meta.catalog } }];
      started = { catalog, id: catalogIdOf(catalog) };
      details.value = o.detailsFromAbout(about.meta, book.name);
      return { against: { answers: {} }, catalog };
    }
    return problems;
  }

  async function read(sources: readonly WorkbookSource[]): Promise<void> {
    const files = sources.map((f) => f.name);
    if (files.length === 0 || (!('start' in options) && !options.target())) return;
    state.value = { status: 'reading', files };
    choices.value = {};
    details.value = null;
    missing.value = [];
    started = undefined;
    try {
      office ??= await (options.loadOffice ?? loadOfficeModule)();
      const o = office;
      const problems: XlsxProblem[] = [];
      const inputs = [];
      for (const source of sources) {
        // Too large: refused before it is read.
        if (source.size > o.MAX_XLSX_BYTES)
          problems.push({ file: source.name, code: 'too-large', params: { size: o.formatMegabytes(source.size) } });
        else inputs.push({ name: source.name, bytes: new Uint8Array(await source.arrayBuffer()) });
      }
      // Each file is opened once: its about sheet (for a new assessment) and its answers come from the same read.
      const opened = problems.length ? [] : await o.openWorkbooks(inputs);
      const target = problems.length ? undefined : await targetOf(o, opened);
      if (Array.isArray(target)) problems.push(...target);
      const result =
        problems.length || !target || Array.isArray(target)
          ? undefined
          : o.previewOpenedImport(target.catalog, target.against, opened);
      if (!result || !result.ok || !target || Array.isArray(target)) {
        const all = [...problems, ...(result && !result.ok ? result.problems : [])];
        details.value = null;
        state.value = all.length
          ? { status: 'problems', files, messages: all.map((p) => o.formatXlsxProblem(p, options.locale)) }
          : { status: 'idle' };
        return;
      }
      const { preview } = result;
      const index = indexCatalog(target.catalog);
      const title = (id: string) => index.byId.get(id)?.title[options.locale] ?? id;
      state.value = {
        status: 'preview',
        files,
        preview,
        rows: preview.changes.map((c) => ({
          id: c.id,
          title: title(c.id),
          status: c.status,
          before: c.before?.level ?? null,
          after: (c.after ?? c.before)?.level ?? null,
          fields: c.fields,
          ...(c.source && { file: c.source.file, row: c.source.row }),
        })),
        conflicts: preview.conflicts.map((c) => ({
          id: c.id,
          title: title(c.id),
          line: o.formatConflict(c, options.locale),
          options: c.proposals.map((p) => ({ file: p.file, row: p.row, level: p.answer.level })),
        })),
        notices: preview.notices.map((n) => o.formatNotice(n, options.locale)),
      };
    } catch (err) {
      details.value = null;
      state.value = { status: 'failed', files, reason: reasonOf(err) };
    }
  }

  /** Picks the answer of file `option` (its index in the conflict's options) for a conflicting element. */
  function choose(id: string, option: number): void {
    choices.value = { ...choices.value, [id]: option };
  }

  /** Edits one detail of the new assessment (title, subject, assessor or perspective). */
  function setDetail<K extends keyof AboutDetails>(field: K, value: AboutDetails[K]): void {
    if (!details.value) return;
    details.value = { ...details.value, [field]: value };
    if (typeof value === 'string' && value.trim() !== '') missing.value = missing.value.filter((m) => m !== field);
  }

  /**
   * Applies the preview; refused while a conflict has no choice (and, for a new assessment, while its title or
   * subject is blank: `missing` names them). Returns whether an assessment changed or was created.
   */
  async function confirm(): Promise<boolean> {
    const s = state.value;
    if (s.status !== 'preview' || unresolved.value > 0 || !office) return false;
    const o = office;
    const chosen = choices.value;
    const now = (options.now ?? (() => new Date()))();
    let count = 0;
    let problem = '';
    if ('start' in options) {
      const fields = details.value;
      if (!started || !fields) return false;
      const { catalog } = started;
      try {
        const created = await options.start.create({ ...fields, catalog: started.id }, (fresh) => {
          const applied = o.applyImport(catalog, fresh, s.preview, chosen, now);
          if (!applied.ok)
            throw new Error(applied.issues.map((i) => i.message).join('; ') || applied.unresolved.join(', '));
          count = applied.applied;
          return applied.assessment;
        });
        if (!created.success) {
          missing.value = created.missing;
          return false;
        }
        state.value = { status: 'created', files: s.files, count, id: created.id, title: fields.title.trim() };
        return true;
      } catch (err) {
        state.value = { status: 'failed', files: s.files, reason: reasonOf(err) };
        return false;
      }
    }
    const target = options.target();
    if (!target) return false;
    const saved = await options.save((latest) => {
      const applied = o.applyImport(target.catalog, latest, s.preview, chosen, now);
      if (!applied.ok) {
        problem = applied.issues.map((i) => i.message).join('; ') || applied.unresolved.join(', ');
        return undefined;
      }
      count = applied.applied;
      return count > 0 ? applied.assessment : undefined;
    });
    state.value =
      saved || (!problem && count === 0)
        ? { status: 'applied', files: s.files, count }
        : { status: 'failed', files: s.files, reason: problem };
    return saved;
  }

  /** Drops the preview; nothing was changed. */
  function cancel(): void {
    state.value = { status: 'idle' };
    choices.value = {};
    details.value = null;
    missing.value = [];
  }

  return { state, choices, details, missing, unresolved, changeCount, read, choose, setDetail, confirm, cancel };
}
