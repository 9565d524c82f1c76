/**
 * The report's catalog (`/catalog-report.<locale>.json`): the GB/T 28827.2 catalog cut down to what the report page
 * draws and what its Markdown, Word and CSV exports write, built from the same catalog as `/catalog.<locale>.json`.
 * About 21 KB gzip in one language instead of 48 KB: the assessor's rubric, rationale, requirement wording, notes
 * and links are the questionnaire's and the clause pages', not the report's. The Excel workbook also writes each
 * requirement, so the report fetches the whole catalog when that export is asked for.
 *
 * `test/unit/report-catalog.test.ts` reads every field the report's models, engine code and islands touch while a
 * report is drawn and exported, and fails when one is missing here. Pure: no zod, no DOM, no Node.
 */

/** The element fields the report uses: scoring and plan (engine), titles, links and the plan's guidance (views). */
export const REPORT_ELEMENT_FIELDS = [
  'id',
  'clause',
  'party',
  'kind',
  'parent',
  'source',
  'key',
  'weight',
  'title',
  'guidance',
  'evidence',
] as const;

/** The clause tree's fields the report uses: the order of elements, and chapter and clause titles. */
const REPORT_CHAPTER_FIELDS = ['number', 'title', 'clauses'] as const;
const REPORT_CLAUSE_FIELDS = ['number', 'title', 'elements'] as const;

const pick = <T extends object>(value: T, keys: readonly string[]): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([k]) => keys.includes(k))) as Partial<T>;

interface CatalogLike {
  structure: { chapters: readonly { clauses: readonly object[] }[] };
  elements: readonly object[];
}

/**
 * The report's cut of a catalog (the delivery standard's `{ structure, elements }`, in one or both languages): every
 * element with `REPORT_ELEMENT_FIELDS` only, the structure without the chapters' summaries and clauses' purposes.
 * The result has the catalog's type for the engine, which reads none of the fields left out.
 */
export function reportCatalog<C extends CatalogLike>(catalog: C): C {
  const { structure, elements } = catalog;
  return {
    structure: {
      ...structure,
      chapters: structure.chapters.map((chapter) => ({
        ...pick(chapter, REPORT_CHAPTER_FIELDS),
        clauses: chapter.clauses.map((clause) => pick(clause, REPORT_CLAUSE_FIELDS)),
      })),
    },
    elements: elements.map((el) => pick(el, REPORT_ELEMENT_FIELDS)),
  } as unknown as C;
}
