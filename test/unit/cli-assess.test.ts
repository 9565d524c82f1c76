import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScoreSummary } from '../../src/engine/score-summary.ts';
import { readCsv } from './fixtures/csv.ts';
import { loadCatalog, loadPractice } from '../../src/loader/load.ts';
import { main } from '../../scripts/assess.ts';

const STRONG = 'assessments/examples/strong-supplier.json';
const WEAK = 'assessments/examples/weak-supplier.json';
const HANDOVER = 'assessments/practices/handover/examples/partly-ready-project.json';
const handoverTitle = loadPractice('assessments/practices/handover', loadCatalog()).structure.practice.title;

/** Runs the CLI in-process, as `node scripts/assess.ts …` would, collecting what it writes. */
function assess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}

/** Runs the real command as a child process. */
function spawnAssess(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/assess.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Every call loads the catalogs from YAML; generous timeouts keep the suite steady on a busy machine.
const SLOW = { timeout: 60_000 };
const scoreJson = (file: string) => JSON.parse(assess('score', file).stdout) as ScoreSummary;

describe('assess score', SLOW, () => {
  it('prints one JSON object with the documented shape', () => {
    const run = assess('score', STRONG, '--format', 'json');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(run.stdout) as ScoreSummary;
    expect(summary.catalog).toEqual({ id: 'gbt28827.2', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    expect(Object.keys(summary)).toEqual([
      'catalog',
      'overall',
      'chapters',
      'clauses',
      'elements',
      'customerReadiness',
      'plan',
    ]);
    expect(Object.keys(summary.chapters)).toEqual(['5', '6', '7', '8']);
    expect(Object.keys(summary.clauses)).toEqual([
      '5.2',
      '5.3',
      '5.4',
      '5.5',
      '6.2',
      '6.3',
      '6.4',
      '6.5',
      '7.2',
      '7.3',
      '8.2',
      '8.3',
      '8.4',
      '8.5',
      '8.6',
    ]);
    // Requirement elements only: 79 + 5 supplier, 8 customer.
    expect(Object.keys(summary.elements)).toHaveLength(92);
  });

  it('grades the strong example conformant and complete', () => {
    const { overall, customerReadiness, plan, elements } = scoreJson(STRONG);
    expect(overall).toMatchObject({ grade: 'conformant', provisional: false, completeness: 1 });
    expect(overall.score).toBeGreaterThanOrEqual(85);
    expect(customerReadiness.completeness).toBe(1);
    expect(elements['DC-EVAL-04']).toEqual({ points: null, applicable: false, gap: null });
    expect(plan.filter((item) => /-C\d{2}$/.test(item.id))).toEqual([]);
  });

  it('grades the weak example nonconformant and provisional, with its partial scope', () => {
    const { overall, clauses, chapters, elements, plan } = scoreJson(WEAK);
    expect(overall).toMatchObject({ grade: 'nonconformant', provisional: true });
    expect(overall.completeness).toBeGreaterThan(0);
    expect(overall.completeness).toBeLessThan(1);
    for (const clause of ['6.4', '6.5', '7.2', '8.5', '8.6']) {
      expect(clauses[clause], clause).toEqual({ score: null, applicable: 0, answered: 0 });
    }
    expect(chapters['7']!.score).not.toBeNull();
    expect(elements['DW-ONSITE-BEFORE-01']).toEqual({ points: null, applicable: false, gap: null });
    // Unanswered applicable elements count 0 and are in the plan, phase 1.
    expect(elements['DM-CHECK-03']).toEqual({ points: 0, applicable: true, gap: 3 });
    expect(plan.find((item) => item.id === 'DM-CHECK-03')?.phase).toBe(1);
    // Key elements lead the plan.
    expect(plan[0]!.phase).toBe(1);
  });

  it('prints the element table as CSV with a byte-order mark', () => {
    const run = assess('score', WEAK, '--format', 'csv', '--lang', 'en');
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\uFEFFID,Chapter,Clause,')).toBe(true);
    expect(run.stdout.split('\r\n').filter(Boolean)).toHaveLength(93);
  });

  it.each([
    ['zh-CN', '## 总体结果', '不符合'],
    ['en', '## Overall result', 'Not conformant'],
  ])('prints the Markdown report in %s', (lang, heading, grade) => {
    const run = assess('score', WEAK, '--format', 'md', '--lang', lang);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(heading);
    expect(run.stdout).toContain(grade);
    expect(run.stdout).toContain('北岭信息技术服务有限公司（虚构）');
  });

  it('defaults to a zh-CN report', () => {
    expect(assess('score', STRONG, '--format', 'md').stdout).toContain('## 总体结果');
  });
});

describe('a related-practice file is scored against its own catalog', SLOW, () => {
  it('prints the summary with the catalog named and the handover numbers', () => {
    const run = assess('score', HANDOVER);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(run.stdout) as ScoreSummary;
    expect(summary.catalog).toEqual({ id: 'handover', version: '1.0.0' });
    expect(Object.keys(summary.chapters)).toEqual(['1', '2']);
    expect(Object.keys(summary.clauses)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2']);
    // 15 supplier elements, one NA (HO-PRJ-04) and one unanswered (HO-PRJ-08): partly ready, not finished.
    expect(summary.overall).toEqual({ score: 54.39, grade: 'nonconformant', provisional: true, completeness: 14 / 15 });
    expect(summary.elements['HO-PRJ-04']).toEqual({ points: null, applicable: false, gap: null });
    expect(summary.customerReadiness).toEqual({ score: 66.67, completeness: 1 });
    expect(summary.plan[0]).toEqual({ id: 'HO-APP-06', phase: 1, gap: 4 });
  });
  it.each([
    [
      'zh-CN',
      [
        `相关实践评估报告：${handoverTitle['zh-CN']}`,
        '> 相关实践，不属于 GB/T 28827.2',
        '| 评估对象（移交方） |',
        '## 各节得分',
        '## 接收方准备度',
      ],
    ],
    [
      'en',
      [
        `Related-practice assessment: ${handoverTitle.en}`,
        '> Related practice — not part of GB/T 28827.2',
        '| Section |',
        '## Readiness (Receiving O&M side)',
      ],
    ],
  ])('prints the Markdown report in %s naming the practice', (lang, parts) => {
    const run = assess('score', HANDOVER, '--format', 'md', '--lang', lang);
    expect(run.status).toBe(0);
    for (const part of parts) expect(run.stdout).toContain(part);
    expect(run.stdout).not.toContain('交付内容：');
  });
  it('prints the CSV with sections, the practice parties and the catalog', () => {
    const run = assess('score', HANDOVER, '--format', 'csv', '--lang', 'en');
    const rows = readCsv(run.stdout);
    expect(rows[0]!.slice(1, 4)).toEqual(['Part', 'Section', 'Party']);
    expect(rows[0]!.at(-1)).toBe('Catalog');
    expect(rows.slice(1).every((r) => r.at(-1) === 'handover 1.0.0')).toBe(true);
    expect(rows.find((r) => r[0] === 'HO-PRJ-C01')![3]).toBe('Receiving O&M side');
  });
  it('validates it, naming the catalog', () => {
    const run = assess('validate', HANDOVER);
    expect(run.stdout).toMatch(/: valid \(schema 2, catalog handover 1\.0\.0, 16 answers\)\n$/);
  });
  it('finds practices under --practices, and says when the practice is missing there', () => {
    expect(assess('validate', HANDOVER, '--practices', 'assessments/practices').status).toBe(0);
    const run = assess('score', HANDOVER, '--practices', 'test');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^assess: no catalog for related practice "handover" in test \(expected handover\/structure\.yaml\)\n$/,
    );
  });
});

describe('assess validate', SLOW, () => {
  it.each([STRONG, WEAK])('accepts %s without warnings', (file) => {
    const run = assess('validate', file);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/: valid \(schema 2, catalog \d+\.\d+\.\d+, \d+ answers\)\n$/);
    expect(run.stderr).toBe('');
  });
});

describe('bad input: non-zero exit and one line naming the problem', SLOW, () => {
  const dir = mkdtempSync(join(tmpdir(), 'assess-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const strong = () =>
    JSON.parse(readFileSync(STRONG, 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;
  const write = (name: string, content: string) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const edited = (name: string, edit: (f: ReturnType<typeof strong>) => void) => {
    const f = strong();
    edit(f);
    return write(name, JSON.stringify(f));
  };
  /** The strong example with `"key": value` written first into the object `field` (raw text: JSON.parse keeps it). */
  const injected = (name: string, field: 'answers' | 'plan', entry: string) =>
    write(name, readFileSync(STRONG, 'utf8').replace(new RegExp(`"${field}":\\s*\\{`), `"${field}": {${entry},`));
  const cases: [string, () => string, RegExp][] = [
    [
      'a __proto__ key in answers',
      () => injected('proto.json', 'answers', '"__proto__": "not even an object"'),
      /proto\.json: answers\.__proto__: "__proto__" cannot be used as a key in answers/,
    ],
    [
      'a __proto__ key in plan',
      () => injected('proto-plan.json', 'plan', '"__proto__": { "owner": "x" }'),
      /plan\.__proto__: "__proto__" cannot be used as a key in plan/,
    ],
    [
      'a constructor key in answers',
      () => injected('constructor.json', 'answers', '"constructor": { "level": "F" }'),
      /answers\.constructor: "constructor" cannot be used as a key in answers/,
    ],
    [
      'a prototype key inside an answer',
      () => edited('prototype.json', (f) => (f.answers!['DM-PLAN-01']!.prototype = {})),
      /answers\.DM-PLAN-01\.prototype: "prototype" cannot be used as a key in answers\.DM-PLAN-01/,
    ],
    ['a missing file', () => join(dir, 'nope.json'), /nope\.json: cannot read the file \(no such file\)/],
    ['a directory', () => dir, /cannot read the file \(is a directory\)/],
    ['text that is not JSON', () => write('broken.json', '{ "title": '), /broken\.json: not valid JSON/],
    ['JSON that is not an object', () => write('array.json', '[1, 2]'), /must be a JSON object/],
    [
      'a wrong level',
      () => edited('level.json', (f) => (f.answers!['DM-PLAN-01']!.level = 'X')),
      /answers\.DM-PLAN-01\.level: level must be one of N, P, L, F or NA/,
    ],
    [
      'a missing subject',
      () => edited('subject.json', (f) => delete (f as Record<string, unknown>).subject),
      /subject: is missing/,
    ],
    [
      'an unknown element ID',
      () => edited('unknown.json', (f) => (f.answers!['DM-PLAN-99'] = { level: 'F' })),
      /answers\.DM-PLAN-99: unknown element DM-PLAN-99/,
    ],
    [
      'an answered sub-item',
      () => edited('sub.json', (f) => (f.answers!['DC-ROUT-02a'] = { level: 'F' })),
      /answers\.DC-ROUT-02a: .*answer DC-ROUT-02 instead/,
    ],
    [
      'NA without a justification',
      () => edited('na.json', (f) => delete f.answers!['DC-EVAL-04']!.justification),
      /answers\.DC-EVAL-04\.justification: DC-EVAL-04 is answered NA/,
    ],
    [
      'a newer schema version',
      () => edited('future.json', (f) => ((f as Record<string, unknown>).schemaVersion = 99)),
      /schemaVersion: 99 is newer than this tool/,
    ],
    [
      'an unknown catalog',
      () => edited('catalog.json', (f) => ((f as Record<string, unknown>).catalog = 'gbt28827.1')),
      /catalog: catalog must be gbt28827\.2 \(GB\/T 28827\.2\) or a related practice: handover, software, quality, work-rules/,
    ],
  ];
  it('names every answer that belongs to another catalog', () => {
    const mixed = edited('mixed.json', (f) => ((f as Record<string, unknown>).catalog = 'handover'));
    const scored = assess('score', mixed);
    expect(scored.status).toBe(1);
    expect(scored.stderr).toMatch(
      /^assess: .*mixed\.json: answers\.DM-PLAN-01: DM-PLAN-01 is an element of GB\/T 28827\.2, not of related practice "handover" \(and \d+ more problems\); run/,
    );
    const validated = assess('validate', mixed).stderr.split('\n').filter(Boolean);
    const file = strong();
    expect(validated.length).toBe(Object.keys(file.answers!).length + Object.keys(file.plan!).length);
    for (const line of validated)
      expect(line).toMatch(/error: (answers|plan)\.(D[MCWR]-[\w-]+): \2 is an element of GB\/T 28827\.2/);
    const handover = JSON.parse(readFileSync(HANDOVER, 'utf8')) as Record<string, unknown>;
    delete handover.catalog;
    const old = assess('score', write('no-catalog.json', JSON.stringify(handover)));
    expect(old.stderr).toMatch(
      /answers\.HO-PRJ-01: HO-PRJ-01 is an element of related practice "handover", not of GB\/T 28827\.2/,
    );
  });
  describe.each(['score', 'validate'])('%s', (command) => {
    it.each(cases)('%s', (_name, make, message) => {
      const run = assess(command, make());
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      const lines = run.stderr.split('\n').filter(Boolean);
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  });

  describe('a key written twice in one object', () => {
    const text = readFileSync(STRONG, 'utf8')
      .replace('"schemaVersion": 1,', '"schemaVersion": 2, "schemaVersion": 1,')
      .replace(/"DM-PLAN-01": \{/, '"DM-PLAN-01": { "level": "N",');
    it('validate warns, naming each repeated key, and accepts the file (JSON keeps the last value)', () => {
      const file = write('duplicates.json', text);
      const run = assess('validate', file);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/valid \(.*, 2 warnings\)\n$/);
      expect(run.stderr.split('\n').filter(Boolean)).toEqual([
        `${file}: warning: schemaVersion: "schemaVersion" appears more than once; only the last value is used`,
        `${file}: warning: answers.DM-PLAN-01.level: "level" appears more than once in answers.DM-PLAN-01; only the last value is used`,
      ]);
    });
    it('score warns on stderr and still scores', () => {
      const run = assess('score', write('duplicates-score.json', text));
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/warning: schemaVersion: "schemaVersion" appears more than once/);
      expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    });
  });

  it.each([
    [['frobnicate', STRONG], /unknown command "frobnicate"/],
    [['score'], /no assessment file given/],
    [['score', STRONG, '--format', 'xml'], /--format must be json, md or csv/],
    [['score', STRONG, '--lang', 'fr'], /--lang must be zh-CN or en/],
    [['score', STRONG, '--verbose'], /Unknown option '--verbose'/],
  ])('exits 2 on a wrong command line %j', (args, message) => {
    const run = assess(...args);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });
});

describe('the real command, as a child process', { timeout: 120_000 }, () => {
  it('scores a file and prints JSON', () => {
    const run = spawnAssess('score', STRONG);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as ScoreSummary).overall.grade).toBe('conformant');
  });
  it('exits 1 with one line on bad input, and 2 on a wrong command line', () => {
    const bad = spawnAssess('validate', 'assessments');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^assess: assessments: cannot read the file \(is a directory\)\n$/);
    const wrong = spawnAssess('frobnicate');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
