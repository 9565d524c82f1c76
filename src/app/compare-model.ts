/**
 * The compare page's model, apart from its view: which assessments are compared (saved in this browser, opened
 * from files, or the shipped candidate examples), what the engine makes of them (`compareAssessments`), the
 * customer's priorities and the filters of the element differences, the selection as a URL hash, and the text
 * of every export.
 *
 * The browser's saved assessments are only read (`list`), never written: comparing changes nothing stored. No DOM:
 * the repository and the example loader are passed in, so the model runs in Node tests.
 */
import { batch, computed, signal } from '@preact/signals';
import type { Locale } from '../catalog/schema.ts';
import { catalogIdOf, describeCatalogId, type EngineCatalog } from '../engine/catalog-index.ts';
import {
  compareAssessments,
  compareProblem,
  COMPARE_LIMITS,
  DEFAULT_PRIORITY,
  elementRows,
  EQUAL_PRIORITIES,
  filterElementRows,
  fitRanking,
  prioritiesAreEqual,
  PRIORITY_VALUES,
  toCompareSummary,
  type CompareInput,
  type CompareProblem,
  type DifferenceFilter,
  type Priorities,
  type PriorityBasis,
} from '../engine/compare.ts';
import { comparisonToCsv, comparisonToMarkdown } from '../engine/compare-export.ts';
import { compareText } from '../i18n/compare-export.ts';
import { reportText } from '../i18n/report-export.ts';
import { loadOfficeModule, XLSX_TYPE, type OfficeModule } from './office-loader.ts';
import { hasErrors, type AssessmentIssue } from '../engine/issues.ts';
import type { CatalogId } from '../engine/assessment-constants.ts';
import { parseAssessment, type Assessment, type Migration } from '../engine/assessment-schema.ts';
import { validateAssessment } from '../engine/validate.ts';
import type { AssessmentRepository, SavedAssessment, UnreadableRecord } from '../storage/storage.ts';

/** Largest file accepted, as on the questionnaire's import. */
export const MAX_COMPARE_FILE_BYTES = 5 * 1024 * 1024;

/** Where a compared assessment comes from. */
type SourceKind = 'saved' | 'file' | 'example';

export interface CompareSource {
  /** Unique in the selection: `saved:<id>`, `file:<n>:<name>` or `example:<name>`. */
  key: string;
  kind: SourceKind;
  /** What the comparison calls it: the file name, or the saved assessment's title. */
  label: string;
  assessment: Assessment;
}

/** A file that could not be added; the others still are. */
export interface FileProblem {
  fileName: string;
  reason: 'too-large' | 'empty' | 'invalid' | 'catalog';
  size: number;
  issues: AssessmentIssue[];
}

/** A file as the page hands it over (a browser File satisfies it). */
export interface PickedFile {
  name: string;
  size: number;
  text: () => Promise<string>;
}

/** One shipped example: a file name and its parsed JSON. */
export interface ExampleFile {
  name: string;
  file: string;
  raw: unknown;
}

export type SavedState =
  | { status: 'loading' }
  | { status: 'ready'; saved: SavedAssessment[]; unreadable: UnreadableRecord[] }
  | { status: 'failed'; reason: string };

export type CompareExportKind = 'json' | 'csv' | 'markdown';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

export interface CompareModelOptions {
  /** The GB/T 28827.2 catalog. */
  catalog: EngineCatalog;
  /** Fetches a related-practice catalog when compared assessments are for one. */
  loadCatalog?: (id: CatalogId) => Promise<EngineCatalog>;
  /** Read only: the saved assessments to pick from. */
  repository: Pick<AssessmentRepository, 'list'>;
  /** The three candidate examples in the page's language. */
  loadExamples?: () => Promise<ExampleFile[]>;
  /** Language of the exports. */
  locale: Locale;
  migrations?: Readonly<Record<number, Migration>>;
  /** Loads the Office module (the spreadsheet library) for the Excel export; with `import()` when absent. */
  loadOffice?: () => Promise<OfficeModule>;
}

/** The selection in the address: `#saved=<id>,<id>&examples=1`. Files cannot be put in an address. */
export interface Selection {
  saved: string[];
  examples: boolean;
}

export function selectionToHash(selection: Selection): string {
  // Commas are left readable between IDs; everything else in an ID is encoded.
  const parts: string[] = [];
  if (selection.saved.length) parts.push(`saved=${selection.saved.map(encodeURIComponent).join(',')}`);
  if (selection.examples) parts.push('examples=1');
  return parts.length ? `#${parts.join('&')}` : '';
}

/** The selection of a hash; anything else in it (Starlight's `#_top`, a heading anchor) selects nothing. */
export function selectionFromHash(hash: string): Selection {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const saved = (params.get('saved') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { saved: [...new Set(saved)], examples: params.get('examples') === '1' };
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();

export function createCompareModel(options: CompareModelOptions) {
  const { catalog: delivery } = options;
  const catalogs = new Map<CatalogId, EngineCatalog>([[catalogIdOf(delivery), delivery]]);

  const saved = signal<SavedState>({ status: 'loading' });
  const sources = signal<CompareSource[]>([]);
  /** The catalog of the compared assessments (the first one's), once it is loaded. */
  const catalog = signal<EngineCatalog>(delivery);
  const fileProblems = signal<FileProblem[]>([]);
  /** Saved IDs named by the address that this browser does not have. */
  const missingIds = signal<string[]>([]);
  const priorities = signal<Priorities>(EQUAL_PRIORITIES);
  const filter = signal<DifferenceFilter>({ onlyDiffering: true, onlyKey: false, clause: '' });
  const busy = signal(false);

  async function catalogFor(id: CatalogId): Promise<EngineCatalog> {
    const known = catalogs.get(id);
    if (known) return known;
    if (!options.loadCatalog) throw new Error(`no catalog for ${describeCatalogId(id)}`);
    const loaded = await options.loadCatalog(id);
    catalogs.set(id, loaded);
    return loaded;
  }

  const inputs = computed((): CompareInput[] =>
    sources.value.map((s) => ({ file: s.label, assessment: s.assessment })),
  );

  /** Why the selection cannot be compared (too few, too many, different catalogs), or undefined. */
  const problem = computed((): CompareProblem | undefined => compareProblem(catalog.value, inputs.value));

  /** The comparison, exactly as the CLI computes it; undefined while the selection cannot be compared. */
  const comparison = computed(() => (problem.value ? undefined : compareAssessments(catalog.value, inputs.value)));

  const fit = computed(() => {
    const c = comparison.value;
    return c ? fitRanking(c, priorities.value) : [];
  });
  const equalPriorities = computed(() => prioritiesAreEqual(catalog.value, priorities.value));

  const differences = computed(() => {
    const c = comparison.value;
    return c ? filterElementRows(elementRows(c), filter.value) : [];
  });

  /**
   * The address of the selection (saved assessments and the examples; files cannot be kept there). IDs the address
   * named that this browser lacks stay in it, so a reload (or the same link in another browser) still names them,
   * until the user changes the selection.
   */
  const hash = computed(() =>
    selectionToHash({
      saved: [
        ...sources.value.filter((s) => s.kind === 'saved').map((s) => s.key.slice('saved:'.length)),
        ...missingIds.value,
      ],
      examples: sources.value.some((s) => s.kind === 'example'),
    }),
  );

  /**
   * Sets the selection; the comparison's catalog follows its first assessment. A change of the user's (not of the
   * address) forgets the IDs the address named that this browser lacks.
   */
  async function setSources(next: CompareSource[], keepMissing = false): Promise<void> {
    if (!keepMissing) missingIds.value = [];
    const first = next[0];
    const target = first ? await catalogFor(first.assessment.catalog).catch(() => delivery) : delivery;
    batch(() => {
      catalog.value = target;
      sources.value = next;
    });
  }

  /** Reads the saved assessments to choose from. Nothing is written. */
  async function loadSaved(): Promise<void> {
    try {
      const list = await options.repository.list();
      saved.value = { status: 'ready', ...list };
    } catch (err) {
      saved.value = { status: 'failed', reason: reasonOf(err) };
    }
  }

  const savedById = (id: string) =>
    saved.value.status === 'ready' ? saved.value.saved.find((s) => s.id === id) : undefined;

  const savedSource = (s: SavedAssessment): CompareSource => ({
    key: `saved:${s.id}`,
    kind: 'saved',
    label: s.assessment.title,
    assessment: s.assessment,
  });

  /** Adds or removes a saved assessment. */
  async function toggleSaved(id: string): Promise<void> {
    const key = `saved:${id}`;
    if (sources.value.some((s) => s.key === key)) return setSources(sources.value.filter((s) => s.key !== key));
    const found = savedById(id);
    if (found) await setSources([...sources.value, savedSource(found)]);
  }

  async function loadExamples(): Promise<void> {
    if (!options.loadExamples) return;
    const examples = await options.loadExamples();
    const added: CompareSource[] = [];
    for (const example of examples) {
      const parsed = parseAssessment(example.raw, { migrations: options.migrations });
      if (!parsed.success) continue; // the shipped examples are checked by the unit tests
      added.push({
        key: `example:${example.name}`,
        kind: 'example',
        label: example.file,
        assessment: parsed.assessment,
      });
    }
    const others = sources.value.filter((s) => s.kind !== 'example');
    await setSources([...others, ...added]);
  }

  let fileCount = 0;
  /**
   * Reads files and adds every valid one. A file that is too large, empty, not an assessment or invalid against
   * its catalog is named with its problems; the other files are still added.
   */
  async function addFiles(files: readonly PickedFile[]): Promise<void> {
    busy.value = true;
    const problems: FileProblem[] = [];
    const added: CompareSource[] = [];
    for (const file of files) {
      const fail = (reason: FileProblem['reason'], issues: AssessmentIssue[] = []) =>
        problems.push({ fileName: file.name, reason, size: file.size, issues });
      if (file.size > MAX_COMPARE_FILE_BYTES) {
        fail('too-large');
        continue;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (err) {
        fail('invalid', [{ severity: 'error', code: 'not-json', path: '', message: reasonOf(err) }]);
        continue;
      }
      if (text.trim() === '') {
        fail('empty');
        continue;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (err) {
        fail('invalid', [
          { severity: 'error', code: 'not-json', path: '', message: `not valid JSON (${reasonOf(err)})` },
        ]);
        continue;
      }
      const parsed = parseAssessment(raw, { migrations: options.migrations });
      if (!parsed.success) {
        fail('invalid', parsed.issues);
        continue;
      }
      let own: EngineCatalog;
      try {
        own = await catalogFor(parsed.assessment.catalog);
      } catch (err) {
        fail('catalog', [{ severity: 'error', code: 'catalog-mismatch', path: 'catalog', message: reasonOf(err) }]);
        continue;
      }
      const issues = validateAssessment(own, parsed.assessment);
      if (hasErrors(issues)) {
        fail(
          'invalid',
          issues.filter((i) => i.severity === 'error'),
        );
        continue;
      }
      added.push({
        key: `file:${++fileCount}:${file.name}`,
        kind: 'file',
        label: file.name,
        assessment: parsed.assessment,
      });
    }
    fileProblems.value = problems;
    await setSources([...sources.value, ...added]);
    busy.value = false;
  }

  async function remove(key: string): Promise<void> {
    await setSources(sources.value.filter((s) => s.key !== key));
  }

  async function clear(): Promise<void> {
    fileProblems.value = [];
    await setSources([]);
  }

  /**
   * Follows the address: selects the saved assessments it names (in its order) and the examples, and keeps any
   * files already opened. IDs this browser does not have are listed, not silently dropped.
   */
  async function applyHash(text: string): Promise<void> {
    if (text === hash.value) return;
    const selection = selectionFromHash(text);
    if (saved.value.status === 'loading') await loadSaved();
    const picked: CompareSource[] = [];
    const missing: string[] = [];
    for (const id of selection.saved) {
      const found = savedById(id);
      if (found) picked.push(savedSource(found));
      else missing.push(id);
    }
    const files = sources.value.filter((s) => s.kind === 'file');
    await setSources([...picked, ...files], true);
    if (selection.examples) await loadExamples();
    missingIds.value = missing;
  }

  function setPriority(unit: string, value: number): void {
    const current = priorities.value;
    const weights = { ...current.weights };
    if (value === DEFAULT_PRIORITY) delete weights[unit];
    else weights[unit] = value;
    priorities.value = { ...current, weights };
  }

  /** Chapters or clauses; importances given on the other basis are put aside (they do not mean the same). */
  function setPriorityBasis(basis: PriorityBasis): void {
    if (basis !== priorities.value.basis) priorities.value = { basis, weights: {} };
  }

  const resetPriorities = () => void (priorities.value = { ...priorities.value, weights: {} });

  const setFilter = (patch: Partial<DifferenceFilter>) => void (filter.value = { ...filter.value, ...patch });

  /** The base name of every export file, in the export language. */
  const exportBase = (locale: Locale) => (locale === 'en' ? 'comparison' : '候选供方比较');
  /** The customer's priorities for the exports' fit, unless they are all equal (then no fit is shown). */
  const fitOptions = () => (equalPriorities.value ? {} : { priorities: priorities.value });

  /** The text of one export, in the export language (the page's). */
  function exportFile(kind: CompareExportKind, locale: Locale = options.locale): ExportFile | undefined {
    const c = comparison.value;
    if (!c) return undefined;
    const base = exportBase(locale);
    const withFit = fitOptions();
    switch (kind) {
      case 'json':
        return {
          name: `${base}.json`,
          type: 'application/json',
          text: `${JSON.stringify(toCompareSummary(c), null, 2)}\n`,
        };
      case 'csv':
        return {
          name: `${base}.${locale}.csv`,
          type: 'text/csv;charset=utf-8',
          text: comparisonToCsv(c, reportText(locale), compareText(locale), withFit),
        };
      case 'markdown':
        return {
          name: `${base}.${locale}.md`,
          type: 'text/markdown;charset=utf-8',
          text: comparisonToMarkdown(c, reportText(locale), compareText(locale), withFit),
        };
    }
  }

  /**
   * The comparison as an Excel workbook in the export language: the candidates, then one sheet per view. The
   * spreadsheet library is loaded now, on the first call, never with the page.
   */
  async function exportXlsx(
    locale: Locale = options.locale,
  ): Promise<{ name: string; type: string; bytes: Uint8Array } | undefined> {
    const c = comparison.value;
    if (!c) return undefined;
    const office = await (options.loadOffice ?? loadOfficeModule)();
    const bytes = await office.comparisonToXlsx(c, locale, fitOptions());
    return { name: `${exportBase(locale)}.${locale}.xlsx`, type: XLSX_TYPE, bytes };
  }

  return {
    exportXlsx,
    saved,
    sources,
    catalog,
    fileProblems,
    missingIds,
    priorities,
    filter,
    busy,
    problem,
    comparison,
    fit,
    equalPriorities,
    differences,
    hash,
    limits: COMPARE_LIMITS,
    priorityValues: PRIORITY_VALUES,
    loadSaved,
    toggleSaved,
    loadExamples,
    addFiles,
    remove,
    clear,
    applyHash,
    setPriority,
    setPriorityBasis,
    resetPriorities,
    setFilter,
    exportFile,
  };
}

export type CompareModel = ReturnType<typeof createCompareModel>;
