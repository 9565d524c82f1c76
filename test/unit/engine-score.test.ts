import { describe, expect, it } from 'vitest';
import { explainScore, scoreAssessment, type Grade } from '../../src/engine/score.ts';
import type { Scope } from '../../src/engine/scope.ts';
import { allAt, buildAssessment, buildCatalog, mini, type AnswerSpec } from './fixtures/engine-catalog.ts';

const score = (answers: Record<string, AnswerSpec>, scope?: Scope, catalog = mini) =>
  scoreAssessment(catalog, buildAssessment(answers, scope ? { scope } : {}));
const full: Scope = { contents: ['6.2', '6.3', '6.4', '6.5'], modes: ['7.2', '7.3'] };

describe('score of a set = 100 × Σ(w·p) / (3 × Σw), null without applicable elements', () => {
  // Clause 5.2 of `mini`: DM-PLAN-01 (key, w 2) and DM-PLAN-02 (w 1).
  const cases: [string, Record<string, AnswerSpec>, number | null][] = [
    ['F and N', { 'DM-PLAN-01': 'F', 'DM-PLAN-02': 'N' }, (100 * 6) / 9],
    ['N and F: the weight decides', { 'DM-PLAN-01': 'N', 'DM-PLAN-02': 'F' }, (100 * 3) / 9],
    ['L and P', { 'DM-PLAN-01': 'L', 'DM-PLAN-02': 'P' }, (100 * 5) / 9],
    ['both F', { 'DM-PLAN-01': 'F', 'DM-PLAN-02': 'F' }, 100],
    ['both N', { 'DM-PLAN-01': 'N', 'DM-PLAN-02': 'N' }, 0],
    ['both unanswered: 0, not null', {}, 0],
    ['L and unanswered (counts 0)', { 'DM-PLAN-01': 'L' }, (100 * 4) / 9],
    ['NA and P: NA leaves the set', { 'DM-PLAN-01': 'NA', 'DM-PLAN-02': 'P' }, (100 * 1) / 3],
    ['all NA: null', { 'DM-PLAN-01': 'NA', 'DM-PLAN-02': 'NA' }, null],
    [
      'NA without justification counts as unanswered',
      { 'DM-PLAN-01': { level: 'NA' }, 'DM-PLAN-02': 'F' },
      (100 * 3) / 9,
    ],
    [
      'NA with a blank justification counts as unanswered',
      { 'DM-PLAN-01': { level: 'NA', justification: '  ' }, 'DM-PLAN-02': 'F' },
      (100 * 3) / 9,
    ],
  ];
  it.each(cases)('%s', (_name, answers, expected) => {
    const result = score(answers);
    const actual = result.supplier.clauses['5.2']!.score;
    if (expected === null) expect(actual).toBeNull();
    else expect(actual).toBeCloseTo(expected, 10);
  });

  it('uses catalog weights', () => {
    const weighted = buildCatalog({
      '5.2': [{ id: 'DM-PLAN-01', weight: 5 }, 'DM-PLAN-02', { id: 'DM-PLAN-03', weight: 3 }],
    });
    const result = score({ 'DM-PLAN-01': 'F', 'DM-PLAN-02': 'N', 'DM-PLAN-03': 'P' }, full, weighted);
    expect(result.supplier.overall.score).toBeCloseTo((100 * (5 * 3 + 0 + 3 * 1)) / (3 * 9), 10);
    expect(result.supplier.overall.weightTotal).toBe(9);
    expect(result.supplier.overall.weightedPoints).toBe(18);
  });

  it('computes chapters and overall over their elements, not as a mean of means', () => {
    // 5.2 (Σw 3) all F = 100; 5.5 (Σw 1) N = 0. Chapter 5 = 9/12, not (100 + 0) / 2.
    const result = score({ 'DM-PLAN-01': 'F', 'DM-PLAN-02': 'F', 'DM-IMPR-01': 'N' }, { contents: [], modes: [] });
    expect(result.supplier.clauses['5.2']!.score).toBe(100);
    expect(result.supplier.clauses['5.5']!.score).toBe(0);
    expect(result.supplier.chapters['5']!.score).toBe(75);
    // Overall: chapter 5 (9 of 12) and 8.2 (unanswered, 0 of 3) = 9 / 15.
    expect(result.supplier.overall.score).toBe(60);
  });

  it('gives every score as an exact quotient, so 85 and 60 compare exactly', () => {
    const twenty = buildCatalog({
      '5.2': Array.from({ length: 20 }, (_, i) => `DM-PLAN-${String(i + 1).padStart(2, '0')}`),
    });
    const answers = Object.fromEntries(twenty.elements.map((e, i) => [e.id, i < 11 ? 'F' : 'L'] as const));
    expect(score(answers, full, twenty).supplier.overall.score).toBe(85);
  });
});

describe('scope: out-of-scope clauses and their result clauses are not applicable', () => {
  const everyClause = ['5.2', '5.5', '6.2', '6.3', '6.4', '6.5', '7.2', '7.3', '8.2', '8.3', '8.4', '8.5', '8.6'];
  const cases: [string, Scope, string[]][] = [
    ['full scope', full, []],
    [
      'nothing chosen',
      { contents: [], modes: [] },
      ['6.2', '6.3', '6.4', '6.5', '7.2', '7.3', '8.3', '8.4', '8.5', '8.6'],
    ],
    ['6.3 and 7.3 only', { contents: ['6.3'], modes: ['7.3'] }, ['6.2', '6.4', '6.5', '7.2', '8.3', '8.5', '8.6']],
    ['6.2 and 6.5, on site', { contents: ['6.2', '6.5'], modes: ['7.2'] }, ['6.3', '6.4', '7.3', '8.4', '8.5']],
    ['all contents, no mode', { contents: ['6.2', '6.3', '6.4', '6.5'], modes: [] }, ['7.2', '7.3']],
  ];
  it.each(cases)('%s', (_name, scope, outOfScope) => {
    const result = score(allAt('F'), scope);
    for (const clause of everyClause) {
      const s = result.supplier.clauses[clause]!;
      if (outOfScope.includes(clause)) expect(s, clause).toMatchObject({ score: null, applicable: 0, answered: 0 });
      else expect(s.score, clause).toBe(100);
    }
    for (const e of result.elements.filter((x) => outOfScope.includes(x.clause))) {
      expect(e).toMatchObject({ applicable: false, exclusion: 'out-of-scope', points: null, gap: null });
    }
    // Chapter 5 and 8.2 are always in scope.
    expect(result.supplier.chapters['5']!.score).toBe(100);
    expect(result.supplier.clauses['8.2']!.applicable).toBe(1);
  });

  it('gives a chapter with every clause out of scope a null score', () => {
    const result = score(allAt('F'), { contents: ['6.2'], modes: [] });
    expect(result.supplier.chapters['7']!.score).toBeNull();
    expect(result.supplier.chapters['6']!.score).toBe(100);
  });

  it('ignores answers kept for clauses out of scope', () => {
    const inScope = score({ ...allAt('F') }, { contents: ['6.2'], modes: ['7.2'] });
    const withOutOfScopeN = score(
      { ...allAt('F'), 'DC-OPT-01': 'N', 'DR-OPT-01': 'N' },
      { contents: ['6.2'], modes: ['7.2'] },
    );
    expect(withOutOfScopeN.supplier).toEqual(inScope.supplier);
  });
});

describe('completeness', () => {
  it('is answered applicable / applicable, ignoring NA and out-of-scope elements', () => {
    // Scope 6.2 only: applicable supplier elements are 5.2 (2), 5.5 (1), 6.2 (2), 8.2, 8.3 = 7; one NA leaves 6.
    const result = score(
      { 'DM-PLAN-01': 'F', 'DM-PLAN-02': 'NA', 'DC-ROUT-01': 'N', 'DC-OPT-01': 'F' },
      { contents: ['6.2'], modes: [] },
    );
    expect(result.supplier.overall.applicable).toBe(6);
    expect(result.supplier.overall.answered).toBe(2);
    expect(result.supplier.overall.completeness).toBeCloseTo(2 / 6, 10);
    expect(result.supplier.overall.provisional).toBe(true);
  });
  it('is 1 and not provisional when every applicable element is answered', () => {
    const overall = score(allAt('P')).supplier.overall;
    expect(overall.completeness).toBe(1);
    expect(overall.provisional).toBe(false);
  });
});

describe('grade', () => {
  // One key element (w 2) and eight others (w 1): Σw = 10, 3Σw = 30.
  const ids = ['DM-PLAN-01', ...Array.from({ length: 8 }, (_, i) => `DM-PLAN-${String(i + 2).padStart(2, '0')}`)];
  const graded = buildCatalog({ '5.2': [{ id: 'DM-PLAN-01', key: true }, ...ids.slice(1)] });
  const others = (level: AnswerSpec) => Object.fromEntries(ids.slice(1).map((id) => [id, level]));
  const cases: [string, Record<string, AnswerSpec>, number | null, Grade | null, boolean][] = [
    ['everything F', { 'DM-PLAN-01': 'F', ...others('F') }, 100, 'conformant', false],
    ['key L, others F', { 'DM-PLAN-01': 'L', ...others('F') }, (100 * 28) / 30, 'conformant', false],
    [
      'key P, others F: a key element below L',
      { 'DM-PLAN-01': 'P', ...others('F') },
      (100 * 26) / 30,
      'largely',
      false,
    ],
    ['key N, others F: a key element at N', { 'DM-PLAN-01': 'N', ...others('F') }, 80, 'nonconformant', false],
    ['key unanswered, others F', others('F'), 80, 'nonconformant', true],
    [
      'key NA, others F: NA key elements do not block',
      { 'DM-PLAN-01': 'NA', ...others('F') },
      100,
      'conformant',
      false,
    ],
    ['key F, others L: 66.67', { 'DM-PLAN-01': 'F', ...others('L') }, (100 * 22) / 30, 'largely', false],
    ['key F, others P: 46.67', { 'DM-PLAN-01': 'F', ...others('P') }, (100 * 14) / 30, 'nonconformant', false],
    ['everything NA: no grade', { 'DM-PLAN-01': 'NA', ...others('NA') }, null, null, false],
  ];
  it.each(cases)('%s', (_name, answers, expectedScore, grade, provisional) => {
    const overall = score(answers, full, graded).supplier.overall;
    if (expectedScore === null) expect(overall.score).toBeNull();
    else expect(overall.score).toBeCloseTo(expectedScore, 10);
    expect(overall.grade).toBe(grade);
    expect(overall.provisional).toBe(provisional);
  });

  describe('at the thresholds', () => {
    // Twenty non-key elements: Σw = 20, 3Σw = 60.
    const twenty = buildCatalog({
      '5.2': Array.from({ length: 20 }, (_, i) => `DM-PLAN-${String(i + 1).padStart(2, '0')}`),
    });
    const levels = (counts: Partial<Record<'F' | 'L' | 'P' | 'N', number>>) => {
      const list = Object.entries(counts).flatMap(([level, n]) => Array<string>(n).fill(level));
      return Object.fromEntries(twenty.elements.map((e, i) => [e.id, list[i] as AnswerSpec]));
    };
    const cases: [string, Record<string, AnswerSpec>, Grade][] = [
      ['85.00', levels({ F: 11, L: 9 }), 'conformant'],
      ['83.33', levels({ F: 10, L: 10 }), 'largely'],
      ['60.00', levels({ L: 16, P: 4 }), 'largely'],
      ['58.33', levels({ L: 15, P: 5 }), 'nonconformant'],
    ];
    it.each(cases)('%s', (_name, answers, grade) => {
      expect(score(answers, full, twenty).supplier.overall.grade).toBe(grade);
    });
  });

  it('ignores key elements out of scope and key elements of the customer', () => {
    // DW-REMOTE-END-02 (key) is in 7.3, out of scope; DM-PLAN-C01 (customer key) is N.
    const answers = { ...allAt('F'), 'DW-REMOTE-END-02': 'N' as const, 'DM-PLAN-C01': 'N' as const };
    const overall = score(answers, { contents: ['6.2', '6.3', '6.4', '6.5'], modes: ['7.2'] }).supplier.overall;
    expect(overall.grade).toBe('conformant');
    expect(overall.keyElements).toEqual({ total: 2, largelyOrFully: 2, partially: 0, notOrUnanswered: 0 });
  });
});

describe('customer readiness', () => {
  it('scores customer elements apart and keeps them out of the supplier score', () => {
    const base = score(allAt('L'));
    const withCustomer = score({ ...allAt('L'), 'DM-PLAN-C01': 'F', 'DC-ROUT-C01': 'N' });
    expect(withCustomer.supplier).toEqual(base.supplier);
    // DM-PLAN-C01 (key, w 2) F and DC-ROUT-C01 (w 1) N: 6 of 9.
    expect(withCustomer.customer.overall.score).toBeCloseTo((100 * 6) / 9, 10);
    expect(withCustomer.customer.overall.completeness).toBe(1);
    expect(base.customer.overall).toMatchObject({ score: 0, completeness: 0, answered: 0, applicable: 2 });
  });
  it('follows the scope and NA like the supplier score', () => {
    const outOfScope = score({ 'DM-PLAN-C01': 'F', 'DC-ROUT-C01': 'N' }, { contents: [], modes: [] });
    expect(outOfScope.customer.overall.score).toBe(100);
    const allNa = score({ 'DM-PLAN-C01': 'NA', 'DC-ROUT-C01': 'NA' });
    expect(allNa.customer.overall.score).toBeNull();
  });
});

describe('elements', () => {
  it('lists requirement elements only, in catalog order, never sub-items or notes', () => {
    const ids = score({}).elements.map((e) => e.id);
    expect(ids).not.toContain('DC-ROUT-02a');
    expect(ids).not.toContain('DM-IMPR-N01');
    expect(ids.slice(0, 5)).toEqual(['DM-PLAN-01', 'DM-PLAN-02', 'DM-PLAN-C01', 'DM-IMPR-01', 'DC-ROUT-01']);
  });
  const cases: [string, AnswerSpec | undefined, object][] = [
    ['unanswered', undefined, { applicable: true, answered: false, points: 0, gap: 6, target: 'F' }],
    ['N', 'N', { applicable: true, answered: true, points: 0, gap: 6 }],
    ['P', 'P', { applicable: true, answered: true, points: 1, gap: 4 }],
    ['L', 'L', { applicable: true, answered: true, points: 2, gap: 2 }],
    ['F', 'F', { applicable: true, answered: true, points: 3, gap: 0 }],
    ['P aiming at L', { level: 'P', target: 'L' }, { points: 1, gap: 2, target: 'L' }],
    ['L aiming at P: no negative gap', { level: 'L', target: 'P' }, { points: 2, gap: 0 }],
    ['NA', 'NA', { applicable: false, exclusion: 'not-applicable', answered: false, points: null, gap: null }],
    ['NA unjustified', { level: 'NA' }, { applicable: true, answered: false, points: 0, gap: 6 }],
  ];
  it.each(cases)('key element DM-PLAN-01 (w 2) %s', (_name, answer, expected) => {
    const result = score(answer ? { 'DM-PLAN-01': answer } : {});
    expect(result.elements.find((e) => e.id === 'DM-PLAN-01')).toMatchObject(expected);
  });
  it.each([
    ['applicable', 'P'],
    ['excluded', 'NA'],
  ] as const)('lists the fields of an %s element in one order (the JSON exports keep it)', (_kind, level) => {
    const element = score({ 'DM-PLAN-01': level }).elements.find((e) => e.id === 'DM-PLAN-01');
    expect(Object.keys(element ?? {})).toEqual([
      ...['id', 'clause', 'chapter', 'party', 'key', 'weight', 'level'],
      ...['applicable', 'exclusion', 'answered', 'points', 'target', 'gap'],
    ]);
  });
});

describe('explainScore: the elements that made a score', () => {
  const result = score(
    { 'DM-PLAN-01': 'L', 'DM-PLAN-02': 'NA', 'DM-IMPR-01': 'P', 'DM-PLAN-C01': 'F', 'DC-ROUT-01': 'F' },
    { contents: ['6.2'], modes: [] },
  );
  it('explains a clause', () => {
    const ex = explainScore(result, { kind: 'clause', number: '5.2' });
    expect(ex.contributions).toEqual([
      { id: 'DM-PLAN-01', key: true, weight: 2, points: 2, weightedPoints: 4, answered: true },
    ]);
    expect(ex.excluded).toEqual([{ id: 'DM-PLAN-02', exclusion: 'not-applicable' }]);
    expect(ex).toMatchObject({
      weightTotal: 2,
      weightedPoints: 4,
      maxWeightedPoints: 6,
      score: result.supplier.clauses['5.2']!.score,
    });
  });
  it('explains a chapter with unanswered and out-of-scope elements', () => {
    const ex = explainScore(result, { kind: 'chapter', number: '6' });
    expect(ex.contributions.map((c) => [c.id, c.points, c.answered])).toEqual([
      ['DC-ROUT-01', 3, true],
      ['DC-ROUT-02', 0, false],
    ]);
    expect(ex.excluded.map((e) => e.exclusion)).toEqual([
      'out-of-scope',
      'out-of-scope',
      'out-of-scope',
      'out-of-scope',
    ]);
    expect(ex.score).toBe(result.supplier.chapters['6']!.score);
  });
  it('explains the overall score with supplier elements only', () => {
    const ex = explainScore(result, { kind: 'overall' });
    expect(ex.party).toBe('supplier');
    expect(ex.contributions.map((c) => c.id)).not.toContain('DM-PLAN-C01');
    expect(ex.score).toBe(result.supplier.overall.score);
    expect(ex.weightedPoints).toBe(ex.contributions.reduce((s, c) => s + c.weightedPoints, 0));
    expect(ex.weightTotal).toBe(ex.contributions.reduce((s, c) => s + c.weight, 0));
  });
  it('explains customer readiness and a customer clause', () => {
    const ex = explainScore(result, { kind: 'customer-readiness' });
    expect(ex.contributions.map((c) => c.id)).toEqual(['DM-PLAN-C01', 'DC-ROUT-C01']);
    expect(ex.score).toBe(result.customer.overall.score);
    const clause = explainScore(result, { kind: 'clause', number: '5.2', party: 'customer' });
    expect(clause.contributions.map((c) => c.id)).toEqual(['DM-PLAN-C01']);
    expect(clause.score).toBe(100);
  });
});
