/**
 * The comparison of candidate suppliers as an Excel workbook, read back with the library: the candidates sheet, one
 * sheet per view with the CSV export's rows, numbers as numbers, text as text, in both languages.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkAssessment } from '../../src/engine/validate.ts';
import { compareAssessments, type CompareInput } from '../../src/engine/compare.ts';
import { candidateTable, comparisonRows } from '../../src/engine/compare-export.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { comparisonToXlsx } from '../../src/office/index.ts';
import { sheetName } from '../../src/office/compare-xlsx.ts';
import { COMPARE_DICTIONARIES, compareText } from '../../src/i18n/compare-export.ts';
import { reportText } from '../../src/i18n/report-export.ts';

const catalog = loadCatalog();
const candidates = (locale: 'zh-CN' | 'en'): CompareInput[] =>
  ['yunling', 'qingshi', 'lanwan'].map((name) => {
    const file = `assessments/examples/candidates/${name}.${locale}.json`;
    const checked = checkAssessment(catalog, JSON.parse(readFileSync(file, 'utf8')));
    if (!checked.success) throw new Error(file);
    return { file, assessment: checked.assessment };
  });

async function open(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}
/** A row as values, an empty string read as no value, without the empty cells at its end. */
const normal = (row: readonly unknown[]) => {
  const out = Array.from(row, (v) => (v === '' || v === undefined ? null : v));
  while (out.length && out.at(-1) === null) out.pop();
  return out;
};
const values = (sheet: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => out.push(normal((row.values as unknown[]).slice(1))));
  return out;
};

describe('comparison workbook', () => {
  it.each(['zh-CN', 'en'] as const)(
    '%s: candidates, then one sheet per view with the CSV rows',
    { timeout: 60_000 },
    async (l) => {
      const comparison = compareAssessments(catalog, candidates(l));
      expect(comparison.sameScope).toBe(false);
      const workbook = await open(await comparisonToXlsx(comparison, l));
      const t = COMPARE_DICTIONARIES[l];
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        t['compare.candidates'],
        t['compare.view.own'],
        t['compare.view.common'],
      ]);
      const table = candidateTable(comparison, reportText(l), compareText(l));
      expect(values(workbook.worksheets[0]!)).toEqual([table.header, ...table.rows].map(normal));
      const [header, ...rows] = comparisonRows(comparison, reportText(l), compareText(l));
      for (const sheet of workbook.worksheets.slice(1)) {
        const got = values(sheet);
        expect(got[0]).toEqual(normal(header!.slice(1)));
        const want = rows.filter((r) => r[0] === sheet.name).map((r) => r.slice(1));
        expect(got.slice(1)).toEqual(want.map(normal));
        // The header row stays in view.
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      }
      // Scores are numbers a spreadsheet can sort and chart.
      const own = values(workbook.worksheets[1]!);
      expect(own.slice(1).some((r) => typeof r[3] === 'number')).toBe(true);
    },
  );

  it('keeps text that looks like a formula as text', { timeout: 60_000 }, async () => {
    const inputs = candidates('zh-CN');
    inputs[0] = { ...inputs[0]!, assessment: { ...inputs[0]!.assessment, subject: '=HYPERLINK("http://x","y")' } };
    const workbook = await open(await comparisonToXlsx(compareAssessments(catalog, inputs), 'zh-CN'));
    const cell = workbook.worksheets[0]!.getCell('B2');
    expect(cell.value).toBe('=HYPERLINK("http://x","y")');
    expect(cell.formula).toBeUndefined();
  });

  it('names sheets as Excel allows: no : \\ / ? * [ ], at most 31 characters, unique', () => {
    const taken = new Set<string>();
    const add = (wanted: string) => {
      const name = sheetName(wanted, taken);
      taken.add(name.toLowerCase());
      return name;
    };
    expect(add('a/b:c*d?[e]\\f')).toBe('a b c d  e  f');
    expect(add('x'.repeat(40))).toBe('x'.repeat(31));
    expect(add('x'.repeat(40))).toBe(`${'x'.repeat(29)} 2`);
    expect(add('   ')).toBe('Sheet');
    expect([...add('中'.repeat(40))]).toHaveLength(31);
  });
});
