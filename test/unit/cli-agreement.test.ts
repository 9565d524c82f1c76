import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { agreementCommand, type AgreementArgs } from '../../scripts/assess-agreement.ts';
import { loadCatalog, loadPractice } from '../../src/loader/load.ts';
import type { AgreementSummary } from '../../src/engine/index.ts';
import { runCli } from './fixtures/cli.ts';
import { readCsv } from './fixtures/csv.ts';

const KEY = 'assessments/training/keys/bank-dc.zh-CN.json';
const OTHER_CASE_KEY = 'assessments/training/keys/city-cloud.zh-CN.json';
const PLAIN = 'assessments/examples/weak-supplier.json';
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
const run = (files: string[], options: Partial<AgreementArgs> = {}) =>
  agreementCommand({ files, format: 'json', lang: 'zh-CN', ...options }, io);

const tmp = mkdtempSync(join(tmpdir(), 'agreement-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A trainee's exercise made from the key: some levels changed, some answers left out, no reasons, no role. */
function traineeFile(name: string, change: Record<string, string | null>, extra: Record<string, unknown> = {}) {
  const key = JSON.parse(readFileSync(KEY, 'utf8')) as Record<string, unknown> & {
    answers: Record<string, { level: string; notes?: string; justification?: string }>;
  };
  const rest: Record<string, unknown> = { ...key };
  delete rest['role'];
  const answers = Object.fromEntries(
    Object.entries(key.answers).flatMap(([id, answer]) => {
      const level = id in change ? change[id] : answer.level;
      if (level === null) return [];
      return [[id, { level, ...(level === 'NA' && { justification: 'Not in this contract' }) }]];
    }),
  );
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify({ ...rest, title: name, assessor: name, answers, ...extra }, null, 2));
  return file;
}

// Key levels (bank-dc): 01 L, 02 L, 03 P, 04 F, 05 L, 06 L, 07 F, 08 P, 09 L, 10 F, 11 L, 12 P, 13 L, C01 F.
const ANN = traineeFile('ann.json', { 'DM-PLAN-03': 'L', 'DM-PLAN-08': 'L', 'DM-PLAN-12': 'NA', 'DM-PLAN-13': null });
const BO = traineeFile('bo.json', { 'DM-PLAN-01': 'F', 'DM-PLAN-04': 'L', 'DM-PLAN-07': 'P' });
const EMPTY = traineeFile('empty.json', Object.fromEntries(Object.keys(readKeyAnswers()).map((id) => [id, null])));

function readKeyAnswers() {
  return (JSON.parse(readFileSync(KEY, 'utf8')) as { answers: Record<string, unknown> }).answers;
}

describe('assess agreement (in-process)', () => {
  it('prints the documented JSON shape with fractions and kappa to 4 decimals', () => {
    const out = run([KEY, ANN, BO, EMPTY]);
    expect(out.stderr).toBe('');
    expect(out.exitCode).toBe(0);
    const json = JSON.parse(out.stdout) as AgreementSummary;
    expect(Object.keys(json)).toEqual(['trainees', 'elements']);
    expect(json.trainees.map((t) => t.file)).toEqual([ANN, BO, EMPTY]);
    for (const t of json.trainees)
      expect(Object.keys(t)).toEqual(['file', 'compared', 'exact', 'withinOne', 'kappa', 'excluded']);
    const [ann, bo, empty] = json.trainees;
    // ann: 14 elements, 12 answered with a level; 12 NA, 13 unanswered; 2 of 12 off by one level.
    expect(ann).toMatchObject({ compared: 12, exact: 0.8333, withinOne: 1, excluded: { na: 1, unanswered: 1 } });
    // bo: 3 of 14 off: 01 by one, 04 by one, 07 by two.
    expect(bo).toMatchObject({ compared: 14, exact: 0.7857, withinOne: 0.9286, excluded: { na: 0, unanswered: 0 } });
    for (const t of [ann!, bo!]) {
      expect(t.kappa).not.toBeNull();
      expect(Math.abs(t.kappa!)).toBeLessThanOrEqual(1);
      expect(t.kappa).toBe(Math.round(t.kappa! * 10_000) / 10_000);
    }
    expect(empty).toEqual({
      file: EMPTY,
      compared: 0,
      exact: null,
      withinOne: null,
      kappa: null,
      excluded: { na: 0, unanswered: 14 },
    });
    expect(Object.keys(json.elements)).toHaveLength(14);
    expect(json.elements['DM-PLAN-03']).toEqual({ key: 'P', levels: ['L', 'P', null] });
    expect(json.elements['DM-PLAN-12']).toEqual({ key: 'P', levels: ['NA', 'P', null] });
  });

  it('writes Markdown and CSV in the chosen language with the same numbers', () => {
    const json = JSON.parse(run([KEY, ANN, BO]).stdout) as AgreementSummary;
    const md = run([KEY, ANN, BO], { format: 'md', lang: 'en' });
    expect(md.exitCode).toBe(0);
    expect(md.stdout).toContain('# Assessor calibration: agreement with the instructor key');
    expect(md.stdout).toContain('## Elements the class misjudges most');
    expect(md.stdout).toContain(`| ${(json.trainees[0]!.exact! * 100).toFixed(2)}% |`);
    expect(md.stdout).toContain(`| ${json.trainees[1]!.kappa!.toFixed(4)} |`);
    const zh = run([KEY, ANN, BO], { format: 'md' });
    expect(zh.stdout).toContain('# 评估员校准：与讲师答案的一致性');
    const csv = run([KEY, ANN, BO], { format: 'csv', lang: 'en' });
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv.stdout.slice(1));
    expect(rows[0]!.slice(0, 3)).toEqual(['Kind', 'Trainee', 'File']);
    const traineeRows = rows.filter((r) => r[0] === 'Trainee');
    expect(traineeRows.map((r) => r.slice(7, 11).map(Number))).toEqual(
      json.trainees.map((t) => [t.compared, t.exact, t.withinOne, t.kappa]),
    );
    expect(rows.filter((r) => r[0] === 'Element')).toHaveLength(14 * 2);
  });

  it('refuses a key without role "key", naming it', () => {
    const out = run([PLAIN, ANN]);
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(`${PLAIN} is not an instructor key`);
  });

  it('refuses a trainee file of another catalog, naming it', () => {
    const out = run([KEY, ANN, HANDOVER]);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain(`${HANDOVER} is an assessment of`);
    expect(out.stderr).toContain('but the key is one of');
  });

  it('refuses a trainee file of another case, naming it', () => {
    const other = traineeFile('other-case.json', {}, { case: 'city-cloud' });
    const out = run([KEY, other]);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain(`${other} is an exercise for case "city-cloud", but the key is for case "bank-dc"`);
    // The other case's key as a trainee file is refused the same way.
    expect(run([KEY, OTHER_CASE_KEY]).stderr).toContain(`${OTHER_CASE_KEY} is an exercise for case "city-cloud"`);
  });

  it('needs a trainee file, and names files it cannot read', () => {
    const none = run([KEY]);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('no trainee file given');
    const missing = run([KEY, 'missing.json']);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('missing.json: cannot read the file');
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{"schemaVersion": 2, ');
    expect(run([KEY, broken]).stderr).toMatch(/broken\.json: .*not valid JSON/);
  });

  it('parses its command line through the CLI entry point', () => {
    const ok = runCli('agreement', KEY, ANN, '--format', 'json');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(JSON.parse(run([KEY, ANN]).stdout));
    const bad = runCli('agreement', KEY, ANN, '--format', 'xml');
    expect(bad.status).toBe(2);
  });
});

// The real command line, once, with a realistic timeout for a busy machine.
const execFileAsync = promisify(execFile);

describe('assess agreement (command line)', () => {
  it('prints what the in-process command prints, and exits 1 naming a refused file', async () => {
    const { stdout } = await execFileAsync(
      process.execPath,
      ['scripts/assess.ts', 'agreement', KEY, ANN, BO, '--format', 'json'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(JSON.parse(stdout)).toEqual(JSON.parse(run([KEY, ANN, BO]).stdout));
    const error = await execFileAsync(process.execPath, ['scripts/assess.ts', 'agreement', PLAIN, ANN], {
      encoding: 'utf8',
      timeout: 120_000,
    }).catch((err: { code: number; stderr: string }) => err);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toContain(`${PLAIN} is not an instructor key`);
  }, 240_000);
});
