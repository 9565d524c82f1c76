/**
 * The comparison of candidate suppliers as an Excel workbook: the candidates, then one sheet per view (each
 * candidate's own scope, and the scope they share when it differs), with the same rows as the CSV export (overall
 * score, grade, completeness, customer readiness, chapters, clauses, fit, then the elements' answers). Pure: the
 * spreadsheet library is reached through `writeXlsx` only.
 */
import type { Locale } from '../catalog/locales.ts';
import type { Comparison } from '../engine/compare.ts';
import { candidateTable, comparisonRows, type CompareTextOptions } from '../engine/compare-export.ts';
import { displayWidth, type CellValue, type SheetSpec, type WorkbookSpec } from './xlsx-layout.ts';
import { compareText } from '../i18n/compare-export.ts';
import { reportText } from '../i18n/report-export.ts';

/** A sheet name Excel accepts: none of : \ / ? * [ ], at most 31 characters, not blank, unique in the workbook. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = [...(wanted.replace(/[:\\/?*[\]]/g, ' ').trim() || 'Sheet')].slice(0, 31).join('');
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${[...base].slice(0, 31 - `${n}`.length - 1).join('')} ${n}`;
  return name;
}

/** Column widths in characters that fit the longest value (CJK counting 2), within 8–60. */
const widthsOf = (header: readonly string[], rows: readonly (readonly CellValue[])[]) =>
  header.map((h, c) =>
    Math.min(60, Math.max(8, displayWidth(h), ...rows.map((r) => displayWidth(String(r[c] ?? '')))) + 2),
  );

function sheet(name: string, header: string[], rows: CellValue[][]): SheetSpec {
  return { name, headers: header, rows, widths: widthsOf(header, rows), wrap: [] };
}

/** The workbook's layout (what `writeXlsx` writes). */
export function comparisonWorkbook(
  comparison: Comparison,
  locale: Locale = 'zh-CN',
  options: CompareTextOptions = {},
): WorkbookSpec {
  const r = reportText(locale);
  const c = compareText(locale);
  const taken = new Set<string>();
  const named = (wanted: string) => {
    const name = sheetName(wanted, taken);
    taken.add(name.toLowerCase());
    return name;
  };
  const candidates = candidateTable(comparison, r, c);
  const sheets = [sheet(named(c('compare.candidates')), candidates.header, candidates.rows)];
  const [header = [], ...rows] = comparisonRows(comparison, r, c, options);
  const views = [...new Set(rows.map((row) => String(row[0])))];
  for (const view of views)
    sheets.push(
      sheet(
        named(view),
        header.slice(1).map(String),
        rows.filter((row) => String(row[0]) === view).map((row) => row.slice(1)),
      ),
    );
  return { title: c('compare.title'), sheets };
}
