/**
 * Importing answers from filled Excel workbooks into the assessment on screen: read the files (the spreadsheet
 * library is loaded then), show a preview of every element (unchanged, changed, new) and the conflicts between
 * files, let the user pick an answer for each conflict, and change nothing until confirm. DOM-free: the view passes
 * the files in (anything with a name, a size and `arrayBuffer()`), and the tests pass the office module in.
 */
import { computed, signal } from '@preact/signals';
import type { Locale } from '../catalog/schema.ts';
import type { Assessment } from '../engine/assessment-schema.ts';
import { indexCatalog, type EngineCatalog } from '../engine/catalog-index.ts';
import type { AnswerField, ImportPreview, XlsxProblem } from '../office/index.ts';
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
  | { status: 'failed'; files: string[]; reason: string };

export interface XlsxImportOptions {
  /** Language of the messages (the UI's). */
  locale: Locale;
  /** The assessment to import into and its catalog; undefined when it is gone. */
  target: () => { assessment: Assessment; catalog: EngineCatalog } | undefined;
  /** Stores the change: `apply` is given the latest stored assessment (see AssessmentModel.applyImported). */
  save: (apply: (latest: Assessment) => Assessment | undefined) => Promise<boolean>;
  loadOffice?: () => Promise<OfficeModule>;
  now?: () => Date;
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();

export function createXlsxImportModel(options: XlsxImportOptions) {
  const state = signal<XlsxImportState>({ status: 'idle' });
  /** For each conflict, the index of the answer chosen. */
  const choices = signal<Readonly<Record<string, number>>>({});
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

  async function read(sources: readonly WorkbookSource[]): Promise<void> {
    const files = sources.map((f) => f.name);
    const target = options.target();
    if (!target || files.length === 0) return;
    state.value = { status: 'reading', files };
    choices.value = {};
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
      const result = problems.length ? undefined : await o.previewXlsxImport(target.catalog, target.assessment, inputs);
      if (!result || !result.ok) {
        const all = [...problems, ...(result && !result.ok ? result.problems : [])];
        state.value = { status: 'problems', files, messages: all.map((p) => o.formatXlsxProblem(p, options.locale)) };
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
      state.value = { status: 'failed', files, reason: reasonOf(err) };
    }
  }

  /** Picks the answer of file `option` (its index in the conflict's options) for a conflicting element. */
  function choose(id: string, option: number): void {
    choices.value = { ...choices.value, [id]: option };
  }

  /** Applies the preview; refused while a conflict has no choice. Returns whether the assessment changed. */
  async function confirm(): Promise<boolean> {
    const s = state.value;
    if (s.status !== 'preview' || unresolved.value > 0 || !office) return false;
    const o = office;
    const target = options.target();
    if (!target) return false;
    const chosen = choices.value;
    const now = (options.now ?? (() => new Date()))();
    let count = 0;
    let problem = '';
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
  }

  return { state, choices, unresolved, changeCount, read, choose, confirm, cancel };
}
