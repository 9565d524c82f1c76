/**
 * Both CSV exports read back by an independent, strict parser (csv-parse), not by the project's own reader:
 * a line break of any kind inside a cell (CR LF, LF, or a lone CR, which spreadsheets also end a row with) must be
 * quoted, every row must keep its column count, and every cell must come back as written (after the formula
 * guard).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { planToCsv } from '../../src/app/plan-csv.ts';
import { elementsToCsv } from '../../src/engine/csv.ts';
import { buildAssessment, mini } from './fixtures/engine-catalog.ts';
import { reportText } from '../../src/i18n/report-export.ts';

/** Rows of a CSV text, with every line-break convention treated as the end of a row unless quoted. */
const readStrict = (csv: string): string[][] =>
  parse(csv, { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: false, relax_quotes: false });

const BREAKS = ['lone\rreturn', 'unix\nline', 'windows\r\nline', 'a\r\rb', 'say "hi",\rthen', 'a\n\rb'];

describe.each(BREAKS)('a cell holding %j', (text) => {
  const assessment = buildAssessment(
    { 'DM-PLAN-01': { level: 'P', notes: text }, 'DM-PLAN-02': 'L' },
    { plan: { 'DM-PLAN-01': { owner: text } } },
  );

  it('is one cell of the element table, read back unchanged', () => {
    const rows = readStrict(elementsToCsv(mini, assessment, reportText('en')));
    const header = rows[0]!;
    const row = rows.find((r) => r.includes('DM-PLAN-01'))!;
    expect(row).toHaveLength(header.length);
    expect(row[header.indexOf('Notes')]).toBe(text);
    expect(row[header.indexOf('Owner')]).toBe(text);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('is one cell of the plan, read back unchanged', () => {
    const rows = readStrict(planToCsv(mini, assessment, reportText('en')));
    const header = rows[0]!;
    const row = rows.find((r) => r.includes('DM-PLAN-01'))!;
    expect(row[header.indexOf('Owner')]).toBe(text);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });
});
