import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { roundScore } from '../../src/engine/score-summary.ts';
import { SCORING_DICTIONARIES } from '../../src/i18n/scoring.ts';
import { scoringExample } from '../../src/lib/scoring-example.ts';

const catalog = loadCatalog();
const weak = JSON.parse(readFileSync('assessments/examples/weak-supplier.json', 'utf8')) as unknown;

describe('scoringExample (weak-supplier, clause 5.2)', () => {
  const ex = scoringExample(catalog, weak, '5.2');

  it('works the clause out from its own elements', () => {
    const counted = ex.clause.elements.filter((e) => e.party === 'supplier' && e.applicable);
    expect(ex.clause.score.weightTotal).toBe(counted.reduce((s, e) => s + e.weight, 0));
    expect(ex.clause.score.weightedPoints).toBe(counted.reduce((s, e) => s + e.weight * e.points!, 0));
    expect(ex.clause.excluded).toEqual(['DM-PLAN-04']);
    expect(ex.clause.customer).toEqual(['DM-PLAN-C01']);
  });
  it('names the clauses out of scope and their result clauses', () => {
    expect(ex.outOfScope.clauses).toEqual(['6.4', '6.5', '7.2', '8.5', '8.6']);
  });
  it('gives the overall result the CLI gives', () => {
    expect(roundScore(ex.overall.score)).toBe(28.24);
    expect(ex.overall).toMatchObject({ grade: 'nonconformant', provisional: true });
    expect(ex.unanswered).toHaveLength(ex.overall.applicable - ex.overall.answered);
    expect(ex.grade).toMatchObject({ below85: true, below60: true });
    expect(ex.grade.keysAtN).toBe(ex.overall.keyElements.notOrUnanswered);
  });
  it('finds a chapter whose score is not the mean of its clauses', () => {
    expect(ex.chapterVsMean).toBeDefined();
    expect(ex.chapterVsMean!.score).not.toBeCloseTo(ex.chapterVsMean!.mean!, 2);
  });
  it('counts the plan by phase', () => {
    expect(ex.phases[1] + ex.phases[2] + ex.phases[3]).toBe(ex.plan.length);
  });
  it('refuses an invalid example', () => {
    expect(() => scoringExample(catalog, { schemaVersion: 1 }, '5.2')).toThrow(/not a valid assessment/);
  });
});

describe('worked-example strings', () => {
  it('have the same keys in zh-CN and en, none empty', () => {
    const zh = Object.keys(SCORING_DICTIONARIES['zh-CN']).sort();
    expect(Object.keys(SCORING_DICTIONARIES.en).sort()).toEqual(zh);
    for (const dict of Object.values(SCORING_DICTIONARIES)) {
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
    }
  });
});
