/**
 * The only module that touches the spreadsheet library (exceljs, see CONTRIBUTING "Office formats"): a
 * `WorkbookSpec` to .xlsx bytes, and .xlsx bytes to plain cells (`RawWorkbook`) that the pure importer reads.
 * Runs in the browser (loaded with `import()` on a click) and in Node (the CLI).
 */
import ExcelJS from 'exceljs';
import { columnLetter, type SheetSpec, type WorkbookSpec } from './xlsx-layout.ts';

/** One cell as read: typed text, a number, a formula (refused by the importer), an error value, or empty. */
export type RawCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'error'; text: string };

export interface RawSheet {
  name: string;
  hidden: boolean;
  /** Rows by 1-based row number; each row's cells by 0-based column. Rows with no cell are absent. */
  rows: Map<number, RawCell[]>;
}

export interface RawWorkbook {
  sheets: RawSheet[];
}

const quoted = (values: readonly string[]) => `"${values.join(',')}"`;

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    state: spec.hidden ? 'hidden' : 'visible',
  });
  sheet.columns = spec.widths.map((width) => ({ width }));
  const header = sheet.addRow(spec.headers);
  header.font = { bold: true };
  // Strings are written as strings: a text such as "=HYPERLINK(…)" stays text and is never a formula.
  for (const row of spec.rows) sheet.addRow(row.map((v) => v ?? null));
  const wrap = new Set(spec.wrap ?? []);
  const locked = spec.locked ? new Set(spec.locked) : undefined;
  const last = spec.rows.length + 1;
  for (let c = 0; c < spec.headers.length; c++) {
    const column = sheet.getColumn(c + 1);
    if (wrap.has(c)) column.alignment = { wrapText: true, vertical: 'top' };
    if (locked) column.protection = { locked: locked.has(c) };
    for (let r = 2; r <= last; r++) {
      const cell = sheet.getCell(r, c + 1);
      if (wrap.has(c)) cell.alignment = { wrapText: true, vertical: 'top' };
      if (locked) cell.protection = { locked: locked.has(c) };
    }
  }
  for (const list of spec.lists ?? []) {
    for (let r = 2; r <= last; r++) {
      sheet.getCell(r, list.column + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [quoted(list.values)],
        showErrorMessage: true,
        errorStyle: 'stop',
        error: list.error,
        ...(list.prompt && { showInputMessage: true, prompt: list.prompt, promptTitle: list.promptTitle }),
      };
    }
  }
  sheet.autoFilter = { from: 'A1', to: `${columnLetter(spec.headers.length - 1)}1` };
}

/** Writes the workbook; protected sheets get no password (a guard against slips, not security). */
export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'GB/T 28827.2 portal';
  workbook.title = spec.title;
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const sheet of spec.sheets) writeSheet(workbook, sheet);
  const protectedSheets = spec.sheets.filter((s) => s.locked);
  for (const s of protectedSheets) {
    const worksheet = workbook.getWorksheet(s.name);
    if (!worksheet) throw new Error(`no sheet ${s.name}`); // writeSheet added every sheet of the spec
    await worksheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: false,
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

type Value = ExcelJS.CellValue;

function textOf(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : textOf(value.text as Value);
  return '';
}

function rawCell(cell: ExcelJS.Cell): RawCell {
  const value = cell.value as Value;
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) {
      const v = value as { formula?: string; sharedFormula?: string };
      return { kind: 'formula', formula: `=${v.formula ?? v.sharedFormula ?? ''}` };
    }
    if ('error' in value) return { kind: 'error', text: String(value.error) };
  }
  if (typeof value === 'number') return { kind: 'number', value, text: String(value) };
  const text = textOf(value);
  return text === '' ? { kind: 'empty' } : { kind: 'text', text };
}

/** Reads .xlsx bytes into plain cells; throws when the bytes are not a workbook. */
export async function readXlsx(bytes: Uint8Array): Promise<RawWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const copy = bytes.slice();
  await workbook.xlsx.load(copy.buffer);
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const rows = new Map<number, RawCell[]>();
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const cells: RawCell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          cells[col - 1] = rawCell(cell);
        });
        for (let i = 0; i < cells.length; i++) cells[i] ??= { kind: 'empty' };
        rows.set(rowNumber, cells);
      });
      return { name: sheet.name, hidden: sheet.state !== 'visible', rows };
    }),
  };
}
