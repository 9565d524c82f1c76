import { describe, expect, it } from 'vitest';
import {
  AssessmentSchema,
  MIGRATIONS,
  SCHEMA_VERSION,
  migrate,
  parseAssessment,
  type Migration,
} from '../../src/engine/assessment-schema.ts';
import { createAssessment, withAnswer, withPlanEdit, withScope } from '../../src/engine/assessment.ts';
import { formatIssue, type AssessmentIssue } from '../../src/engine/issues.ts';
import { checkAssessment, validateAssessment } from '../../src/engine/validate.ts';
import { buildAssessment, mini } from './fixtures/engine-catalog.ts';

/** A valid file as a plain object, to break in one place. */
const validFile = () => JSON.parse(JSON.stringify(buildAssessment({ 'DM-PLAN-01': 'L' }))) as Record<string, unknown>;
const answersOf = (file: Record<string, unknown>) => file.answers as Record<string, Record<string, unknown>>;

describe('the assessment file schema', () => {
  it('fills defaults and gives one canonical shape', () => {
    const parsed = parseAssessment({
      schemaVersion: 1,
      catalogVersion: '1.0.0',
      title: '  Annual self-assessment ',
      subject: 'Example Supplier',
      perspective: 'customer-evaluation',
      scope: { contents: ['6.5', '6.2', '6.5'], modes: ['7.3', '7.2'] },
      created: '2025-03-01',
      updated: '2025-03-01T10:00:00Z',
      answers: { 'DM-PLAN-01': { level: 'NA', justification: '  ', notes: '' } },
      plan: { 'DM-PLAN-02': {} },
    });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const a = parsed.assessment;
    expect(a.title).toBe('Annual self-assessment');
    expect(a.assessor).toBe('');
    expect(a.scope).toEqual({ contents: ['6.2', '6.5'], modes: ['7.2', '7.3'] });
    expect(a.answers['DM-PLAN-01']).toEqual({
      level: 'NA',
      justification: undefined,
      notes: undefined,
      evidence: [],
      flagged: false,
    });
    expect(a.plan['DM-PLAN-02']).toEqual({ owner: undefined, status: 'open' });
    // A version-1 file: migrated to the current version on the way in.
    expect(parsed.migratedFrom).toBe(1);
    expect(a.schemaVersion).toBe(SCHEMA_VERSION);
  });

  const rejections: [string, (f: Record<string, unknown>) => void, string, RegExp][] = [
    ['a missing title', (f) => delete f.title, 'title', /missing/],
    ['a blank subject', (f) => (f.subject = '   '), 'subject', /empty/],
    [
      'an unknown level',
      (f) => (answersOf(f)['DM-PLAN-01']!.level = 'X'),
      'answers.DM-PLAN-01.level',
      /N, P, L, F or NA/,
    ],
    ['a target of N', (f) => (answersOf(f)['DM-PLAN-01']!.target = 'N'), 'answers.DM-PLAN-01.target', /P, L or F/],
    [
      'a misspelt answer field',
      (f) => (answersOf(f)['DM-PLAN-01']!.justfication = 'x'),
      'answers.DM-PLAN-01',
      /unknown field "justfication"/,
    ],
    [
      'an ID of the wrong form',
      (f) => (answersOf(f)['dm-plan-1'] = { level: 'F' }),
      'answers.dm-plan-1',
      /not an element ID/,
    ],
    [
      'a script link as evidence',
      (f) => (answersOf(f)['DM-PLAN-01']!.evidence = [{ title: 'x', url: 'javascript:alert(1)' }]),
      'answers.DM-PLAN-01.evidence.0.url',
      /http\(s\)/,
    ],
    [
      'evidence without a title',
      (f) => (answersOf(f)['DM-PLAN-01']!.evidence = [{ title: ' ' }]),
      'answers.DM-PLAN-01.evidence.0.title',
      /title/,
    ],
    [
      'a clause that is no delivery content',
      (f) => (f.scope = { contents: ['6.6'], modes: [] }),
      'scope.contents.0',
      /6\.2, 6\.3/,
    ],
    ['a mode out of 7.2 and 7.3', (f) => (f.scope = { contents: [], modes: ['7.4'] }), 'scope.modes.0', /7\.2 or 7\.3/],
    ['an unknown perspective', (f) => (f.perspective = 'auditor'), 'perspective', /supplier-self/],
    ['a date that is not ISO', (f) => (f.created = '01/03/2025'), 'created', /ISO/],
    [
      'a due date that is not ISO',
      (f) => (f.plan = { 'DM-PLAN-01': { due: '30 June' } }),
      'plan.DM-PLAN-01.due',
      /ISO date/,
    ],
    [
      'an unknown plan status',
      (f) => (f.plan = { 'DM-PLAN-01': { status: 'later' } }),
      'plan.DM-PLAN-01.status',
      /open, in-progress or done/,
    ],
    ['a catalog version that is not x.y.z', (f) => (f.catalogVersion = 'v1'), 'catalogVersion', /1\.0\.0/],
    ['an unknown top-level field', (f) => (f.supplier = 'x'), '', /unknown field "supplier"/],
    ['a missing schemaVersion', (f) => delete f.schemaVersion, 'schemaVersion', /missing/],
    ['a schemaVersion that is a string', (f) => (f.schemaVersion = '1'), 'schemaVersion', /whole number/],
    [
      'a schemaVersion from the future',
      (f) => (f.schemaVersion = SCHEMA_VERSION + 1),
      'schemaVersion',
      /newer than this tool/,
    ],
  ];
  it.each(rejections)('rejects %s, naming the field', (_name, breakIt, path, message) => {
    const file = validFile();
    breakIt(file);
    const parsed = parseAssessment(file);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const issue = parsed.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(parsed.issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
    expect(issue!.severity).toBe('error');
    if (path.startsWith('answers.DM-PLAN-01') || path.startsWith('plan.DM-PLAN-01'))
      expect(issue!.elementId).toBe('DM-PLAN-01');
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['a string', 'hello'],
    ['a number', 3],
  ])('rejects %s as a whole', (_n, raw) => {
    const parsed = parseAssessment(raw);
    expect(parsed).toEqual({ success: false, issues: [expect.objectContaining({ code: 'not-an-object' })] });
  });
});

describe('migration between schema versions', () => {
  // A made-up history for the mechanism: v0 had `supplier` and bare level strings; v1 is today's shape.
  const v0 = {
    schemaVersion: 0,
    catalogVersion: '1.0.0',
    title: 'Old file',
    supplier: 'Example Supplier',
    perspective: 'supplier-self',
    scope: { contents: ['6.2'], modes: ['7.2'] },
    created: '2024-12-01',
    updated: '2024-12-02',
    answers: { 'DM-PLAN-01': 'F', 'DM-PLAN-02': 'P' },
  };
  const v0to1: Migration = ({ supplier, answers, ...rest }) => ({
    ...rest,
    schemaVersion: 1,
    subject: supplier,
    answers: Object.fromEntries(
      Object.entries(answers as Record<string, string>).map(([id, level]) => [id, { level }]),
    ),
  });

  it('upgrades an old file step by step, then validates it', () => {
    const parsed = parseAssessment(v0, { migrations: { ...MIGRATIONS, 0: v0to1 } });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.migratedFrom).toBe(0);
    expect(parsed.assessment.subject).toBe('Example Supplier');
    expect(parsed.assessment.answers['DM-PLAN-02']!.level).toBe('P');
  });
  it('runs a chain of migrations in order', () => {
    const seen: number[] = [];
    const step =
      (to: number): Migration =>
      (f) => (seen.push(to), { ...f, schemaVersion: to });
    const result = migrate({ schemaVersion: 1 }, { current: 4, migrations: { 1: step(2), 2: step(3), 3: step(4) } });
    expect(result).toEqual({ success: true, file: { schemaVersion: 4 }, from: 1 });
    expect(seen).toEqual([2, 3, 4]);
  });
  it('names a version it can no longer read', () => {
    const result = migrate({ schemaVersion: 1 }, { current: 3, migrations: { 2: (f) => f } });
    expect(result).toMatchObject({
      success: false,
      issue: { code: 'schema-version-unsupported', path: 'schemaVersion' },
    });
  });
  it('refuses a file from a newer version with a clear message', () => {
    const result = migrate({ schemaVersion: 7 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(formatIssue(result.issue)).toBe(
      `schemaVersion: 7 is newer than this tool understands (up to ${SCHEMA_VERSION}); update the tool to open this file`,
    );
  });
  it('leaves a current file alone', () => {
    const file = validFile();
    expect(migrate(file)).toEqual({ success: true, file, from: SCHEMA_VERSION });
  });
  it('has a migration for every older version', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `migration from ${v}`).toBeTypeOf('function');
  });
});

describe('validation against the catalog', () => {
  const issuesOf = (a: Parameters<typeof validateAssessment>[1]) => validateAssessment(mini, a);
  const only = (issues: AssessmentIssue[]) => issues.map((i) => [i.severity, i.code, i.path]);
  const cases: [string, Parameters<typeof buildAssessment>, [string, string, string][]][] = [
    ['a clean assessment', [{ 'DM-PLAN-01': 'F', 'DC-OPT-01': 'NA' }], []],
    ['an unknown element', [{ 'DM-PLAN-99': 'F' }], [['error', 'unknown-element', 'answers.DM-PLAN-99']]],
    ['an answered sub-item', [{ 'DC-ROUT-02a': 'F' }], [['error', 'not-answerable', 'answers.DC-ROUT-02a']]],
    ['an answered note', [{ 'DM-IMPR-N01': 'L' }], [['error', 'not-answerable', 'answers.DM-IMPR-N01']]],
    [
      'NA without a justification',
      [{ 'DM-PLAN-02': { level: 'NA' } }],
      [['error', 'na-without-justification', 'answers.DM-PLAN-02.justification']],
    ],
    [
      'a target on an NA answer',
      [{ 'DM-PLAN-02': { level: 'NA', justification: 'x', target: 'L' } }],
      [['warning', 'target-on-na', 'answers.DM-PLAN-02.target']],
    ],
    ['a target equal to the level', [{ 'DM-PLAN-02': { level: 'L', target: 'L' } }], []],
    ['a target above the level', [{ 'DM-PLAN-02': { level: 'P', target: 'L' } }], []],
    [
      'a target below the level',
      [{ 'DM-PLAN-02': { level: 'F', target: 'L' } }],
      [['warning', 'target-not-above-level', 'answers.DM-PLAN-02.target']],
    ],
    [
      'an answer out of scope',
      [{ 'DC-OPT-01': 'F', 'DR-OPT-01': 'L' }, { scope: { contents: ['6.2'], modes: ['7.2'] } }],
      [
        ['warning', 'answer-out-of-scope', 'answers.DC-OPT-01'],
        ['warning', 'answer-out-of-scope', 'answers.DR-OPT-01'],
      ],
    ],
    [
      'a plan edit of an unknown element',
      [{}, { plan: { 'DM-PLAN-98': { owner: 'x' } } }],
      [['error', 'plan-unknown-element', 'plan.DM-PLAN-98']],
    ],
    [
      'a plan edit of a note',
      [{}, { plan: { 'DM-IMPR-N01': {} } }],
      [['error', 'plan-not-answerable', 'plan.DM-IMPR-N01']],
    ],
    [
      'another catalog version',
      [{}, { catalogVersion: '0.9.0' }],
      [['warning', 'catalog-version-differs', 'catalogVersion']],
    ],
    [
      'updated before created',
      [{}, { created: '2025-03-02', updated: '2025-03-01' }],
      [['warning', 'dates-reversed', 'updated']],
    ],
    [
      'an empty scope',
      [{}, { scope: { contents: [], modes: [] } }],
      [
        ['warning', 'empty-scope', 'scope.contents'],
        ['warning', 'empty-scope', 'scope.modes'],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, args, expected) => {
    expect(only(issuesOf(buildAssessment(...args)))).toEqual(expected);
  });

  it('names the element and the field in each message, on one line', () => {
    const issues = issuesOf(buildAssessment({ 'DM-PLAN-99': 'F', 'DC-ROUT-02a': 'F', 'DM-PLAN-02': { level: 'NA' } }));
    expect(issues.map(formatIssue)).toEqual([
      'answers.DM-PLAN-99: unknown element DM-PLAN-99 (not in the GB/T 28827.2 catalog 1.0.0)',
      'answers.DC-ROUT-02a: DC-ROUT-02a is a sub-item judged as part of DC-ROUT-02; answer DC-ROUT-02 instead',
      'answers.DM-PLAN-02.justification: DM-PLAN-02 is answered NA (not applicable) without a justification',
    ]);
    expect(issues.map((i) => i.elementId)).toEqual(['DM-PLAN-99', 'DC-ROUT-02a', 'DM-PLAN-02']);
  });

  it('checkAssessment: parse, then catalog checks; fails on errors and returns warnings', () => {
    const bad = checkAssessment(mini, { ...validFile(), answers: { 'DM-PLAN-99': { level: 'F' } } });
    expect(bad).toMatchObject({ success: false, issues: [{ code: 'unknown-element' }] });
    const warned = checkAssessment(mini, { ...validFile(), catalogVersion: '0.9.0' });
    expect(warned).toMatchObject({ success: true, issues: [{ code: 'catalog-version-differs' }] });
    const malformed = checkAssessment(mini, { ...validFile(), title: '' });
    expect(malformed).toMatchObject({ success: false, issues: [{ code: 'invalid-field', path: 'title' }] });
  });
});

describe('creating and changing an assessment', () => {
  const now = new Date('2025-04-01T08:00:00Z');
  const created = createAssessment({
    catalogVersion: mini.structure.version,
    title: 'New',
    subject: 'Example Supplier',
    perspective: 'supplier-self',
    now,
  });
  it('creates a valid, empty assessment of the current version with everything in scope', () => {
    expect(AssessmentSchema.parse(created)).toEqual(created);
    expect(created).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      scope: { contents: ['6.2', '6.3', '6.4', '6.5'], modes: ['7.2', '7.3'] },
      created: '2025-04-01T08:00:00.000Z',
      answers: {},
      plan: {},
    });
  });
  it('sets and removes answers, plan edits and scope without touching the original', () => {
    const later = new Date('2025-04-02T08:00:00Z');
    const answered = withAnswer(created, 'DM-PLAN-01', { level: 'L', notes: 'SLA signed' }, later);
    expect(answered.answers['DM-PLAN-01']).toMatchObject({
      level: 'L',
      notes: 'SLA signed',
      evidence: [],
      flagged: false,
    });
    expect(answered.updated).toBe('2025-04-02T08:00:00.000Z');
    expect(created.answers).toEqual({});
    expect(withAnswer(answered, 'DM-PLAN-01', undefined).answers).toEqual({});
    const edited = withPlanEdit(answered, 'DM-PLAN-01', { owner: 'Li' }, later);
    expect(edited.plan['DM-PLAN-01']).toMatchObject({ owner: 'Li', status: 'open' });
    expect(withPlanEdit(edited, 'DM-PLAN-01', undefined).plan).toEqual({});
    expect(withScope(edited, { contents: ['6.3', '6.2'], modes: [] }, later).scope).toEqual({
      contents: ['6.2', '6.3'],
      modes: [],
    });
  });
  it('refuses an invalid answer', () => {
    expect(() => withAnswer(created, 'DM-PLAN-01', { level: 'X' as 'F' })).toThrow();
  });
});
