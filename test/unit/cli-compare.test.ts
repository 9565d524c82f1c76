import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { compareCommand, type CompareArgs } from '../../scripts/assess-compare.ts';
import { loadCatalog, loadPractice } from '../../src/loader/load.ts';
import type { CompareSummary, ScoreSummary } from '../../src/engine/index.ts';
import { readCsv } from './fixtures/csv.ts';

const DIR = 'assessments/examples/candidates';
const FILES = ['yunling', 'qingshi', 'lanwan'].map((n) => `${DIR}/${n}.zh-CN.json`);
const HANDOVER = 'assessments/practices/handover/examples/partly-ready-project.json';

const delivery = loadCatalog();
const io = {
  readText: (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${file}: cannot read the file (no such file)`);
    }
  },
  catalogFor: (id: string) => (id === 'gbt28827.2' ? delivery : loadPractice(`assessments/practices/${id}`, delivery)),
};
const run = (files: string[], options: Partial<CompareArgs> = {}) =>
  compareCommand({ files, format: 'json', lang: 'zh-CN', commonScope: false, ...options }, io);

const tmp = mkdtempSync(join(tmpdir(), 'compare-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('assess compare (in-process)', () => {
  it('prints the documented JSON shape', () => {
    const out = run(FILES);
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toBe('');
    const json = JSON.parse(out.stdout) as CompareSummary;
    expect(Object.keys(json)).toEqual(['assessments', 'commonScope', 'common']);
    expect(json.assessments.map((a) => a.file)).toEqual(FILES);
    for (const entry of [...json.assessments, ...json.common]) {
      expect(Object.keys(entry)).toEqual(['file', 'subject', 'overall', 'chapters', 'clauses', 'customerReadiness']);
      expect(Object.keys(entry.overall)).toEqual(['score', 'grade', 'provisional', 'completeness']);
    }
    expect(json.commonScope).toEqual({ contents: ['6.2', '6.3'], modes: ['7.2'] });
  });

  it('names an unreadable file and exits non-zero', () => {
    const out = run([FILES[0]!, 'missing.json', FILES[1]!]);
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('missing.json: cannot read the file');
    expect(out.stderr).toContain('1 of 3 files cannot be compared');
  });

  it('names a file that is not an assessment', () => {
    const bad = join(tmp, 'broken.json');
    writeFileSync(bad, '{"schemaVersion": 1, ');
    const out = run([FILES[0]!, bad]);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain(`${bad}: `);
    expect(out.stderr).toMatch(/not valid JSON/);
  });

  it('refuses fewer than two files', () => {
    const out = run([FILES[0]!]);
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain('at least 2 assessments');
  });

  it('refuses files of different catalogs, naming both', () => {
    const out = run([FILES[0]!, HANDOVER]);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain(FILES[0]!);
    expect(out.stderr).toContain(HANDOVER);
    expect(out.stderr).toContain('only assessments of the same catalog can be compared');
  });

  it('writes Markdown and Excel-friendly CSV in the chosen language; --common-scope keeps only that view', () => {
    const md = run(FILES, { format: 'md', lang: 'en' });
    expect(md.exitCode).toBe(0);
    expect(md.stdout).toContain('# Comparison of candidate suppliers');
    expect(md.stdout).toContain('## Scores on each candidate’s own scope');
    const csv = run(FILES, { format: 'csv', commonScope: true });
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv.stdout.slice(1));
    expect(rows[0]!.slice(0, 4)).toEqual(['视图', '类别', '编号', '名称']);
    expect(
      new Set(
        rows
          .slice(1)
          .filter((r) => r[1] !== '要素' && r[1] !== '关键要素')
          .map((r) => r[0]),
      ),
    ).toEqual(new Set(['共同范围']));
  });
});

// The real command line, once: every number of `compare` is what `score` prints for the same file.
const execFileAsync = promisify(execFile);
async function assess(...args: string[]) {
  const { stdout } = await execFileAsync(process.execPath, ['scripts/assess.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return stdout;
}

describe('assess compare (command line)', () => {
  it('each entry equals `score FILE --format json` for that file, and for it on the common scope', async () => {
    const compared = JSON.parse(await assess('compare', ...FILES, '--format', 'json')) as CompareSummary;
    const pick = ({ overall, chapters, clauses, customerReadiness }: ScoreSummary) => ({
      overall,
      chapters,
      clauses,
      customerReadiness,
    });
    for (const [i, file] of FILES.entries()) {
      const scored = JSON.parse(await assess('score', file, '--format', 'json')) as ScoreSummary;
      const raw = JSON.parse(readFileSync(file, 'utf8')) as { subject: string };
      expect(compared.assessments[i]).toEqual({ file, subject: raw.subject, ...pick(scored) });
      const onCommon = join(tmp, `common-${i}.json`);
      writeFileSync(onCommon, JSON.stringify({ ...raw, scope: compared.commonScope }));
      const scoredCommon = JSON.parse(await assess('score', onCommon, '--format', 'json')) as ScoreSummary;
      expect(compared.common[i]).toEqual({ file, subject: raw.subject, ...pick(scoredCommon) });
    }
  }, 240_000);

  it('exits non-zero naming an unreadable file', async () => {
    const error = await assess('compare', FILES[0]!, 'nowhere.json').catch(
      (err: { code: number; stderr: string }) => err,
    );
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toContain('nowhere.json: cannot read the file (no such file)');
  }, 120_000);
});
