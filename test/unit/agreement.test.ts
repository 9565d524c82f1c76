import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AgreementError,
  agreementProblem,
  agreementToCsv,
  agreementToMarkdown,
  calibrate,
  quadraticKappa,
  round4,
  toAgreementSummary,
  type RatedLevel,
} from '../../src/engine/index.ts';
import { readCsv } from './fixtures/csv.ts';
import { AGREEMENT_DICTIONARIES, agreementText } from '../../src/i18n/agreement-export.ts';
import { buildAssessment, buildCatalog, type AnswerSpec } from './fixtures/engine-catalog.ts';

type Pair = readonly [RatedLevel, RatedLevel];
const RANK = { N: 0, P: 1, L: 2, F: 3 } as const;
const pairs = (a: string, b: string): Pair[] =>
  [...a].map((level, i) => [level as RatedLevel, b[i] as RatedLevel] as const);

/**
 * The textbook definition, written independently of the engine: weights w_ij = 1 − (i − j)² / (k − 1)² on the
 * k = 4 levels, observed and chance-expected weighted agreement Po = Σ w_ij·p_ij and Pe = Σ w_ij·p_i.·p_.j, and
 * κ = (Po − Pe) / (1 − Pe), undefined (null) when 1 − Pe = 0.
 */
function referenceKappa(items: readonly Pair[]): number | null {
  const n = items.length;
  if (n === 0) return null;
  const k = 4;
  const p = Array.from({ length: k }, () => Array<number>(k).fill(0));
  for (const [a, b] of items) p[RANK[a]]![RANK[b]]! += 1 / n;
  const row = p.map((r) => r.reduce((s, x) => s + x, 0));
  const col = [0, 1, 2, 3].map((j) => p.reduce((s, r) => s + r[j]!, 0));
  let po = 0;
  let pe = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const w = 1 - (i - j) ** 2 / (k - 1) ** 2;
      po += w * p[i]![j]!;
      pe += w * row[i]! * col[j]!;
    }
  if (Math.abs(1 - pe) < 1e-12) return null;
  return (po - pe) / (1 - pe);
}

describe('quadraticKappa: hand-computed cases', () => {
  it('is 1 for perfect agreement with variation', () => {
    expect(quadraticKappa(pairs('NPLF', 'NPLF'))).toBe(1);
    expect(quadraticKappa(pairs('FFLLPN', 'FFLLPN'))).toBe(1);
  });

  it('is −1 when one rater reverses the other on a balanced scale', () => {
    // Observed Σ(i−j)² = 9 + 1 + 1 + 9 = 20; margins all 1, so Σ(i−j)²·row_i·col_j = 40;
    // κ = 1 − n·20/40 = 1 − 4·20/40 = −1.
    expect(quadraticKappa(pairs('NPLF', 'FLPN'))).toBe(-1);
  });

  it('matches the textbook computation of a small table (56/61)', () => {
    // Rater A: N P L F F, rater B: N P L L F (n = 5; ranks N0 P1 L2 F3, k = 4, (k − 1)² = 9).
    // Contingency table p_ij (fifths): diagonal N,P,L = 1 each, F/F = 1, A=F/B=L = 1.
    // Weights w = 1 − (i − j)²/9: the one disagreement is one level apart, w = 8/9.
    //   Po = (4·1 + 1·8/9) / 5 = 44/45.
    // Margins: A (rows) = 1,1,1,2 /5; B (columns) = 1,1,2,1 /5.
    //   Σ (i − j)²·row_i·col_j = 18 + 7 + 6 + 2·15 = 61 (over 25), so 1 − Pe = 61/(9·25) = 61/225, Pe = 164/225.
    //   κ = (Po − Pe) / (1 − Pe) = (220/225 − 164/225) / (61/225) = 56/61 ≈ 0.9180.
    const kappa = quadraticKappa(pairs('NPLFF', 'NPLLF'));
    expect(kappa).toBeCloseTo(56 / 61, 12);
    expect(round4(kappa)).toBe(0.918);
    expect(referenceKappa(pairs('NPLFF', 'NPLLF'))).toBeCloseTo(56 / 61, 12);
  });

  it('matches a classic 4×4 table (Fleiss-style counts) worked out by hand', () => {
    // Counts n_ij (rows: rater A's level N P L F; columns: rater B's):
    //        N  P  L  F   | row
    //   N    5  2  0  0   |  7
    //   P    1  6  2  0   |  9
    //   L    0  1  4  1   |  6
    //   F    0  0  1  7   |  8
    //  col   6  9  7  8   | n = 30
    // Observed Σ(i−j)²·n_ij = 1·(2 + 1 + 2 + 1 + 1 + 1) = 8 (all disagreements are one level apart).
    // Expected Σ(i−j)²·row_i·col_j:
    //   i=N (7): 0·6 + 1·9 + 4·7 + 9·8 = 109 → 763
    //   i=P (9): 1·6 + 0·9 + 1·7 + 4·8 = 45  → 405
    //   i=L (6): 4·6 + 1·9 + 0·7 + 1·8 = 41  → 246
    //   i=F (8): 9·6 + 4·9 + 1·7 + 0·8 = 97  → 776    total 2190
    // κ = 1 − n·8/2190 = 1 − 240/2190 = 195/219 ≈ 0.8904.
    const table = [
      [5, 2, 0, 0],
      [1, 6, 2, 0],
      [0, 1, 4, 1],
      [0, 0, 1, 7],
    ];
    const levels = ['N', 'P', 'L', 'F'] as const;
    const items: Pair[] = table.flatMap((row, i) =>
      row.flatMap((count, j) => Array.from({ length: count }, () => [levels[i]!, levels[j]!] as const)),
    );
    expect(items).toHaveLength(30);
    expect(quadraticKappa(items)).toBeCloseTo(195 / 219, 12);
    expect(round4(quadraticKappa(items))).toBe(0.8904);
    expect(referenceKappa(items)).toBeCloseTo(195 / 219, 12);
  });

  it('is null with no pairs and when both raters give one and the same level throughout (1 − Pe = 0)', () => {
    expect(quadraticKappa([])).toBeNull();
    expect(quadraticKappa(pairs('LLLL', 'LLLL'))).toBeNull();
    expect(quadraticKappa(pairs('F', 'F'))).toBeNull();
  });

  it('is 0 (no better than chance) for a constant rater against a rater who varies, or at another constant level', () => {
    // The documented rule: a constant rater makes Σ w·O equal Σ w·E, so Po = Pe and κ = 0 (defined, not null).
    expect(quadraticKappa(pairs('LLLL', 'NPLF'))).toBe(0);
    expect(quadraticKappa(pairs('NPLF', 'LLLL'))).toBe(0);
    expect(quadraticKappa(pairs('FFF', 'LLL'))).toBe(0);
  });
});

const levelArb = fc.constantFrom<RatedLevel>('N', 'P', 'L', 'F');
const pairsArb = fc.array(fc.tuple(levelArb, levelArb), { minLength: 1, maxLength: 60 });

describe('quadraticKappa: properties', () => {
  it('is null or between −1 and 1', () => {
    fc.assert(
      fc.property(pairsArb, (items) => {
        const kappa = quadraticKappa(items);
        return kappa === null || (kappa >= -1 - 1e-12 && kappa <= 1 + 1e-12);
      }),
    );
  });

  it('is symmetric in its two raters', () => {
    fc.assert(
      fc.property(pairsArb, (items) => {
        const swapped = items.map(([a, b]) => [b, a] as const);
        const a = quadraticKappa(items);
        const b = quadraticKappa(swapped);
        return a === null ? b === null : b !== null && Math.abs(a - b) < 1e-12;
      }),
    );
  });

  it('equals the textbook (Po − Pe)/(1 − Pe) with agreement weights 1 − (i − j)²/9', () => {
    fc.assert(
      fc.property(pairsArb, (items) => {
        const a = quadraticKappa(items);
        const b = referenceKappa(items);
        return a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9;
      }),
    );
  });

  it('is null exactly when both raters give one and the same level throughout', () => {
    fc.assert(
      fc.property(pairsArb, (items) => {
        const levels = new Set(items.flat());
        return (quadraticKappa(items) === null) === (levels.size === 1);
      }),
    );
  });

  it('is 1 whenever the raters agree on every item and vary', () => {
    fc.assert(
      fc.property(fc.array(levelArb, { minLength: 2, maxLength: 40 }), (levels) => {
        fc.pre(new Set(levels).size > 1);
        return quadraticKappa(levels.map((l) => [l, l] as const)) === 1;
      }),
    );
  });
});

// A small catalog: 5.2 with four requirements and a note; a key answering all four.
const catalog = buildCatalog({
  '5.2': [{ id: 'DM-PLAN-01', key: true }, 'DM-PLAN-02', 'DM-PLAN-03', 'DM-PLAN-04', 'DM-PLAN-N01'],
  '6.2': ['DC-ROUT-01'],
  '7.2': ['DW-ONSITE-BEFORE-01'],
  '8.2': ['DR-MGMT-01'],
});
type KeyLevel = 'N' | 'P' | 'L' | 'F' | 'NA';
const keyAnswers = (levels: Record<string, KeyLevel>) =>
  Object.fromEntries(
    Object.entries(levels).map(([id, level]) => [
      id,
      level === 'NA'
        ? { level: 'NA' as const, justification: 'Outside the case', notes: `why ${id}` }
        : { level, notes: `why ${id} (A-01)` },
    ]),
  );
const key = (levels: Record<string, KeyLevel>, overrides = {}) => ({
  file: 'key.json',
  assessment: buildAssessment({}, { answers: keyAnswers(levels), role: 'key', case: 'bank-dc', ...overrides }),
});
const trainee = (file: string, answers: Record<string, AnswerSpec>, overrides = {}) => ({
  file,
  assessment: buildAssessment(answers, { assessor: file.replace('.json', ''), ...overrides }),
});

const KEY = key({ 'DM-PLAN-01': 'L', 'DM-PLAN-02': 'F', 'DM-PLAN-03': 'P', 'DM-PLAN-04': 'NA' });

describe('calibrate', () => {
  it('compares only elements both rated N/P/L/F; NA and unanswered are counted apart', () => {
    const result = calibrate(catalog, KEY, [
      // 01 exact, 02 one off, 03 NA by the trainee, 04 NA by the key.
      trainee('ann.json', { 'DM-PLAN-01': 'L', 'DM-PLAN-02': 'L', 'DM-PLAN-03': 'NA', 'DM-PLAN-04': 'F' }),
      // 01 two off, 02 exact, 03 unanswered.
      trainee('bo.json', { 'DM-PLAN-01': 'N', 'DM-PLAN-02': 'F' }),
    ]);
    expect(result.elements.map((e) => e.id)).toEqual(['DM-PLAN-01', 'DM-PLAN-02', 'DM-PLAN-03', 'DM-PLAN-04']);
    const [ann, bo] = result.trainees;
    expect(ann).toMatchObject({ compared: 2, exact: 0.5, withinOne: 1, excluded: { na: 2, unanswered: 0 } });
    expect(bo).toMatchObject({ compared: 2, exact: 0.5, withinOne: 0.5, excluded: { na: 1, unanswered: 1 } });
    // ann: key L,F against L,L: the trainee is constant, so κ = 0 (observed 1, expected (0 + 1)·2 = 2, 1 − 2·1/2).
    expect(ann!.kappa).toBe(0);
    // bo: key L,F against N,F: observed 4; expected 4 + 1 + 9 + 0 = 14; κ = 1 − 2·4/14 = 3/7.
    expect(bo!.kappa).toBeCloseTo(3 / 7, 12);
    expect(result.elements[0]).toMatchObject({
      key: 'L',
      reason: 'why DM-PLAN-01 (A-01)',
      levels: ['L', 'N'],
      spread: { N: 1, P: 0, L: 1, F: 0, NA: 0, none: 0 },
      misjudged: 1,
      compared: 2,
      meanDistance: 1,
    });
    expect(result.elements[2]!.levels).toEqual(['NA', null]);
    expect(result.elements[2]!.spread).toMatchObject({ NA: 1, none: 1 });
  });

  it('ranks the elements the class misjudges most: more trainees off first, then the larger distance', () => {
    const result = calibrate(catalog, KEY, [
      trainee('a.json', { 'DM-PLAN-01': 'F', 'DM-PLAN-02': 'N', 'DM-PLAN-03': 'P' }),
      trainee('b.json', { 'DM-PLAN-01': 'F', 'DM-PLAN-02': 'F', 'DM-PLAN-03': 'L' }),
      trainee('c.json', { 'DM-PLAN-01': 'L', 'DM-PLAN-02': 'F', 'DM-PLAN-03': 'N' }),
    ]);
    // 01: 2 off (distance 1, 1); 02: 1 off (3); 03: 2 off (1, 1) → 01 and 03 tie on count and mean, catalog order.
    expect(result.misjudged.map((e) => [e.id, e.misjudged])).toEqual([
      ['DM-PLAN-01', 2],
      ['DM-PLAN-03', 2],
      ['DM-PLAN-02', 1],
    ]);
  });

  it('gives a null kappa with the reason: nothing compared, or no variation', () => {
    const result = calibrate(catalog, KEY, [
      trainee('empty.json', {}),
      trainee('na.json', { 'DM-PLAN-01': 'NA', 'DM-PLAN-02': 'NA', 'DM-PLAN-03': 'NA' }),
    ]);
    for (const t of result.trainees) {
      expect(t).toMatchObject({ compared: 0, exact: null, withinOne: null, kappa: null, kappaGap: 'none-compared' });
    }
    const flat = calibrate(catalog, key({ 'DM-PLAN-01': 'F', 'DM-PLAN-02': 'F' }), [
      trainee('same.json', { 'DM-PLAN-01': 'F', 'DM-PLAN-02': 'F' }),
    ]);
    expect(flat.trainees[0]).toMatchObject({
      compared: 2,
      exact: 1,
      withinOne: 1,
      kappa: null,
      kappaGap: 'no-variation',
    });
  });

  it('refuses a key without role "key", trainees of another catalog or case, naming the file', () => {
    const plain = { file: 'plain.json', assessment: buildAssessment({ 'DM-PLAN-01': 'F' }) };
    expect(agreementProblem(plain, [trainee('t.json', {})])).toEqual({ code: 'not-a-key', file: 'plain.json' });
    expect(() => calibrate(catalog, plain, [trainee('t.json', {})])).toThrow(AgreementError);
    expect(() => calibrate(catalog, plain, [trainee('t.json', {})])).toThrow(/plain\.json is not an instructor key/);
    expect(agreementProblem(KEY, [])).toEqual({ code: 'no-trainees' });
    expect(agreementProblem(KEY, [trainee('ho.json', {}, { catalog: 'handover' })])).toMatchObject({
      code: 'other-catalog',
      file: 'ho.json',
    });
    expect(() =>
      calibrate(catalog, KEY, [trainee('ok.json', {}), trainee('city.json', {}, { case: 'city-cloud' })]),
    ).toThrow('city.json is an exercise for case "city-cloud", but the key is for case "bank-dc"');
    // A plain assessment that names no case is accepted.
    expect(agreementProblem(KEY, [trainee('plain.json', {})])).toBeUndefined();
  });

  it('summarizes as the CLI prints it: fractions and kappa rounded to 4 decimals', () => {
    const result = calibrate(catalog, KEY, [
      trainee('t.json', { 'DM-PLAN-01': 'P', 'DM-PLAN-02': 'F', 'DM-PLAN-03': 'P' }),
    ]);
    const summary = toAgreementSummary(result);
    expect(summary).toEqual({
      trainees: [
        {
          file: 't.json',
          compared: 3,
          exact: 0.6667,
          withinOne: 1,
          // key L,F,P against P,F,P: observed 1; expected 4 + 3 + 8 = 15; κ = 1 − 3·1/15 = 0.8.
          kappa: 0.8,
          excluded: { na: 1, unanswered: 0 },
        },
      ],
      elements: {
        'DM-PLAN-01': { key: 'L', levels: ['P'] },
        'DM-PLAN-02': { key: 'F', levels: ['F'] },
        'DM-PLAN-03': { key: 'P', levels: ['P'] },
        'DM-PLAN-04': { key: 'NA', levels: [null] },
      },
    });
  });

  it('exports Markdown and CSV with the same numbers in both languages', () => {
    const result = calibrate(catalog, KEY, [
      trainee('t.json', { 'DM-PLAN-01': 'P', 'DM-PLAN-02': 'F', 'DM-PLAN-03': 'P' }),
      trainee('u.json', {}),
    ]);
    const en = agreementToMarkdown(result, agreementText('en'));
    expect(en).toContain('# Assessor calibration: agreement with the instructor key');
    expect(en).toContain('| t | t.json | 3 | 66.67% | 100.00% |');
    expect(en).toContain('u: no element was rated N/P/L/F by both');
    const zh = agreementToMarkdown(result, agreementText('zh-CN'));
    expect(zh).toContain('# 评估员校准：与讲师答案的一致性');
    const csv = agreementToCsv(result, agreementText('en'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]![0]).toBe('Kind');
    expect(rows[1]!.slice(0, 13)).toEqual([
      'Trainee',
      't',
      't.json',
      '',
      '',
      '',
      '',
      '3',
      '0.6667',
      '1',
      '0.8',
      '1',
      '0',
    ]);
    expect(rows[2]!.slice(7, 11)).toEqual(['0', '', '', '']);
    // One row per trainee, then one per element and trainee.
    expect(rows).toHaveLength(1 + 2 + 4 * 2);
  });
});

describe('the calibration export words', () => {
  it.each(['zh-CN', 'en'] as const)('give a %s translator that knows its language', (locale) => {
    const t = agreementText(locale);
    expect(t.locale).toBe(locale);
    expect(t('agr.title')).toBe(AGREEMENT_DICTIONARIES[locale]['agr.title']);
    expect(Object.keys(AGREEMENT_DICTIONARIES[locale]).sort()).toEqual(
      Object.keys(AGREEMENT_DICTIONARIES['zh-CN']).sort(),
    );
  });
});
