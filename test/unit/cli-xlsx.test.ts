/**
 * `assess score --format xlsx --out` and `assess import-xlsx`, run in-process through main(argv, io): the
 * workbook is written, edited with the spreadsheet library as a user would, and imported back.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessmentFromJson } from '../../src/engine/index.ts';
import { main } from '../../scripts/assess.ts';

const WEAK = 'assessments/examples/weak-supplier.json';
const dir = mkdtempSync(join(tmpdir(), 'assess-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function assess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}

/** Sets levels in the elements sheet of a written workbook, as a user's spreadsheet would, into a new file. */
async function withLevels(from: string, to: string, levels: Record<string, string>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(from)).buffer);
  wb.getWorksheet('要素')!.eachRow((row) => {
    const id = String(row.getCell(1).value);
    if (Object.hasOwn(levels, id)) row.getCell(6).value = levels[id]!;
  });
  writeFileSync(to, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const read = (file: string) => {
  const parsed = assessmentFromJson(readFileSync(file, 'utf8'));
  if (!parsed.success) throw new Error(`${file} does not parse`);
  return parsed.assessment;
};

describe('assess score --format xlsx', { timeout: 60_000 }, () => {
  it('writes the workbook to --out', async () => {
    const out = join(dir, 'weak.xlsx');
    const run = await assess('score', WEAK, '--format', 'xlsx', '--out', out);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe(`wrote ${out}\n`);
    expect([...readFileSync(out).subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it.each([
    [['score', WEAK, '--format', 'xlsx'], /needs|give the file with --out/],
    [['review', WEAK, '--format', 'xlsx', '--out', 'x.xlsx'], /--format must be json, md or csv, not "xlsx"/],
    [['import-xlsx', 'a.xlsx', '--into', 'b.json'], /give the file to write with --out/],
    [['import-xlsx', 'a.xlsx', '--into', 'b.json', '--out', 'x.json', '--subject', 's'], /without --into/],
    [['score', WEAK, '--title', 't'], /--title and --subject name a new assessment/],
  ])('exits 2 on a wrong command line %j', async (args, message) => {
    const run = await assess(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('assess import-xlsx', { timeout: 60_000 }, () => {
  it('imports the changed levels into a new file, and nothing else changes', async () => {
    const exported = join(dir, 'export.xlsx');
    await assess('score', WEAK, '--format', 'xlsx', '--out', exported);
    const filled = join(dir, 'filled.xlsx');
    await withLevels(exported, filled, { 'DM-PLAN-01': 'F', 'DM-PLAN-03': 'L' });
    const out = join(dir, 'new.json');
    const run = await assess('import-xlsx', filled, '--into', WEAK, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^DM-PLAN-01: 已修改 P → F/m);
    expect(run.stdout).toMatch(/2 answers imported; wrote /);
    const before = read(WEAK);
    const after = read(out);
    expect(after.answers['DM-PLAN-01']).toEqual({ ...before.answers['DM-PLAN-01'], level: 'F' });
    expect(after.answers['DM-PLAN-03']).toEqual({ ...before.answers['DM-PLAN-03'], level: 'L' });
    const rest = (a: typeof before) => {
      const answers = { ...a.answers };
      delete answers['DM-PLAN-01'];
      delete answers['DM-PLAN-03'];
      return { ...a, answers, updated: '' };
    };
    expect(rest(after)).toEqual(rest(before));
  });

  it('exits 1 and writes nothing when two files answer an element differently', async () => {
    const exported = join(dir, 'export2.xlsx');
    await assess('score', WEAK, '--format', 'xlsx', '--out', exported, '--lang', 'zh-CN');
    const a = join(dir, 'alice.xlsx');
    const b = join(dir, 'bob.xlsx');
    await withLevels(exported, a, { 'DM-PLAN-01': 'L' });
    await withLevels(exported, b, { 'DM-PLAN-01': 'F' });
    const out = join(dir, 'conflict.json');
    const run = await assess('import-xlsx', a, b, '--into', WEAK, '--out', out, '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('element DM-PLAN-01: ');
    expect(run.stderr).toContain('says L');
    expect(run.stderr).toContain('says F');
    expect(run.stderr).toMatch(/1 element has different answers in different files; nothing was changed/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 with one line naming the problem of a bad file', async () => {
    const notXlsx = join(dir, 'not.xlsx');
    writeFileSync(notXlsx, 'hello');
    const run = await assess('import-xlsx', notXlsx, '--into', WEAK, '--out', join(dir, 'x.json'), '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`assess: ${notXlsx}: this is not an Excel workbook (.xlsx) and cannot be read.\n`);
    const missing = await assess('import-xlsx', join(dir, 'nope.xlsx'), '--into', WEAK, '--out', join(dir, 'x.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.xlsx: cannot read the file \(no such file\)\n$/);
  });

  it('names sheet, row and column of a level off the list', async () => {
    const exported = join(dir, 'export3.xlsx');
    await assess('score', WEAK, '--format', 'xlsx', '--out', exported);
    const bad = join(dir, 'bad-level.xlsx');
    await withLevels(exported, bad, { 'DM-PLAN-01': 'Z' });
    const run = await assess('import-xlsx', bad, '--into', WEAK, '--out', join(dir, 'x.json'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^assess: .*bad-level\.xlsx：工作表“要素”第 \d+ 行 F 列：实施程度“Z”不在列表中（N、P、L、F、NA）。\n$/,
    );
  });

  it('without --into, creates a new assessment like the one the workbook came from, with its answers', async () => {
    const exported = join(dir, 'export4.xlsx');
    await assess('score', WEAK, '--format', 'xlsx', '--out', exported);
    const filled = join(dir, 'returned.xlsx');
    await withLevels(exported, filled, { 'DM-PLAN-01': 'F' });
    const out = join(dir, 'fresh.json');
    const run = await assess('import-xlsx', filled, '--out', out, '--lang', 'en');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const before = read(WEAK);
    const after = read(out);
    expect(run.stdout).toContain(
      `${Object.keys(before.answers).length} answers imported into a new assessment, "${before.title}"; wrote ${out}`,
    );
    expect(after).toMatchObject({
      catalog: before.catalog,
      title: before.title,
      subject: before.subject,
      assessor: before.assessor,
      perspective: before.perspective,
      scope: before.scope,
    });
    expect(after.created).not.toBe(before.created);
    expect(Object.keys(after.answers).sort()).toEqual(Object.keys(before.answers).sort());
    expect(after.answers['DM-PLAN-01']!.level).toBe('F');
    expect(after.answers['DM-PLAN-03']!.level).toBe(before.answers['DM-PLAN-03']!.level);

    const renamed = join(dir, 'renamed.json');
    const named = await assess('import-xlsx', filled, '--out', renamed, '--title', 'Returned', '--subject', 'Acme');
    expect(named.status).toBe(0);
    expect(read(renamed)).toMatchObject({ title: 'Returned', subject: 'Acme' });
  });

  it('without --into, asks for what the workbook does not name', async () => {
    const exported = join(dir, 'export5.xlsx');
    await assess('score', WEAK, '--format', 'xlsx', '--out', exported);
    const blank = join(dir, 'no-subject.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(readFileSync(exported)).buffer);
    wb.getWorksheet('关于')!.eachRow((row) => {
      if (row.getCell(1).value === 'assessmentSubject') row.getCell(2).value = '';
    });
    writeFileSync(blank, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const out = join(dir, 'never.json');
    const run = await assess('import-xlsx', blank, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /no-subject\.xlsx: the workbook names no supplier for the new assessment; give it with --subject\n$/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
