/**
 * Office formats: the Excel workbook of an assessment (export) and filled workbooks read back (import, with a
 * preview, merge and conflicts). Used by the CLI and, loaded with `import()` on a click, by the browser. It may
 * import the engine, the catalog, the strings in `src/i18n/` and the spreadsheet library; no Node, DOM global,
 * `astro:*`, model or view (README "Layout").
 */
import type { Locale } from '../catalog/schema.ts';
import type { Assessment, EngineCatalog } from '../engine/index.ts';
import { readXlsx, writeXlsx, type RawWorkbook } from './xlsx-file.ts';
import {
  MAX_XLSX_BYTES,
  formatMegabytes,
  mergeImports,
  parseAnswerWorkbook,
  readAbout,
  type ImportPreview,
  type ImportTarget,
  type ImportedSheet,
  type XlsxProblem,
} from './xlsx-import.ts';
import { workbookSpec, type WorkbookMeta, type WorkbookOptions } from './xlsx-layout.ts';
import { comparisonWorkbook } from './compare-xlsx.ts';
import type { Comparison } from '../engine/compare.ts';
import type { CompareTextOptions } from '../engine/compare-export.ts';

export * from './xlsx-import.ts';
export * from './xlsx-layout.ts';
export { readXlsx, writeXlsx, type RawCell, type RawSheet, type RawWorkbook } from './xlsx-file.ts';

/** The assessment as an .xlsx workbook in one language: elements (editable answers), scores, plan, about. */
export function assessmentToXlsx(
  catalog: EngineCatalog,
  assessment: Assessment,
  locale: Locale,
  options: WorkbookOptions = {},
): Promise<Uint8Array> {
  return writeXlsx(workbookSpec(catalog, assessment, locale, options));
}

/** The comparison of candidate suppliers as an .xlsx workbook: the candidates, then one sheet per view. */
export const comparisonToXlsx = (comparison: Comparison, locale: Locale, options: CompareTextOptions = {}) =>
  writeXlsx(comparisonWorkbook(comparison, locale, options));

/** A file to import: its name (for messages) and bytes. */
export interface XlsxInput {
  name: string;
  bytes: Uint8Array;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** A file to import, opened: its workbook, or the problem that kept it from opening. */
export type OpenedWorkbook =
  { name: string; ok: true; raw: RawWorkbook } | { name: string; ok: false; problems: XlsxProblem[] };

/** Opens a workbook: size, then zip, then the library; a file that is none gets its problem. */
async function openWorkbook(input: XlsxInput): Promise<OpenedWorkbook> {
  const file = input.name;
  const refused = (problem: XlsxProblem): OpenedWorkbook => ({ name: file, ok: false, problems: [problem] });
  if (input.bytes.length > MAX_XLSX_BYTES)
    return refused({ file, code: 'too-large', params: { size: formatMegabytes(input.bytes.length) } });
  if (!ZIP_MAGIC.every((b, i) => input.bytes[i] === b)) return refused({ file, code: 'not-xlsx' });
  try {
    return { name: file, ok: true, raw: await readXlsx(input.bytes) };
  } catch {
    return refused({ file, code: 'not-xlsx' });
  }
}

/**
 * Opens every file once, in order. The about sheets (`readOpenedAbout`) and the answers (`previewOpenedImport`)
 * are then read from the same workbooks, so a new assessment started from files does not parse them twice.
 */
export async function openWorkbooks(inputs: readonly XlsxInput[]): Promise<OpenedWorkbook[]> {
  const opened: OpenedWorkbook[] = [];
  for (const input of inputs) opened.push(await openWorkbook(input));
  return opened;
}

/** Reads one workbook's answers: size, zip, marker, catalog, then every row. */
export async function readAnswerFile(
  catalog: EngineCatalog,
  input: XlsxInput,
): Promise<{ ok: true; sheet: ImportedSheet } | { ok: false; problems: XlsxProblem[] }> {
  const opened = await openWorkbook(input);
  return opened.ok ? parseAnswerWorkbook(catalog, opened.raw, input.name) : opened;
}

/** An opened workbook's about sheet (what a new assessment from it is for), before a catalog is chosen. */
export const readOpenedAbout = (
  opened: OpenedWorkbook,
): { ok: true; meta: WorkbookMeta } | { ok: false; problems: XlsxProblem[] } =>
  opened.ok ? readAbout(opened.raw, opened.name) : opened;

/** Reads one workbook's about sheet (what a new assessment from it is for), before a catalog is chosen. */
export async function readAboutFile(
  input: XlsxInput,
): Promise<{ ok: true; meta: WorkbookMeta } | { ok: false; problems: XlsxProblem[] }> {
  return readOpenedAbout(await openWorkbook(input));
}

/**
 * Reads the answers of every opened file, then merges them in order against the target: the preview of what
 * would change, or the problems of every file in order (nothing is merged while any file has one).
 */
export function previewOpenedImport(
  catalog: EngineCatalog,
  target: ImportTarget,
  opened: readonly OpenedWorkbook[],
): { ok: true; preview: ImportPreview } | { ok: false; problems: XlsxProblem[] } {
  const sheets: ImportedSheet[] = [];
  const problems: XlsxProblem[] = [];
  for (const book of opened) {
    const read = book.ok ? parseAnswerWorkbook(catalog, book.raw, book.name) : book;
    if (read.ok) sheets.push(read.sheet);
    else problems.push(...read.problems);
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, preview: mergeImports(catalog, target, sheets) };
}

/** Opens and reads every file, then merges them in order against the target (`previewOpenedImport`). */
export async function previewXlsxImport(
  catalog: EngineCatalog,
  target: ImportTarget,
  inputs: readonly XlsxInput[],
): Promise<{ ok: true; preview: ImportPreview } | { ok: false; problems: XlsxProblem[] }> {
  return previewOpenedImport(catalog, target, await openWorkbooks(inputs));
}
