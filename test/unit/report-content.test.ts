import { describe, expect, it } from 'vitest';
import { answerDetailRows, executiveSummary, notApplicableRows } from '../../src/app/report-content.ts';
import type { Assessment, AssessmentResult, ElementScore, PlanItem } from '../../src/engine/index.ts';

const el = (id: string, over: Partial<ElementScore> = {}) =>
  ({
    id,
    clause: '5.2',
    chapter: '5',
    party: 'supplier',
    key: false,
    weight: 1,
    level: 'F',
    applicable: true,
    exclusion: null,
    answered: true,
    points: 3,
    target: 'F',
    gap: 0,
    ...over,
  }) as ElementScore;

const elements = [
  el('A-01', { level: 'NA', applicable: false, exclusion: 'not-applicable', points: null, gap: null }),
  el('A-02', { key: true, level: 'P', points: 1, gap: 4 }),
  el('A-03', { key: true, answered: false, level: null, points: 0, gap: 6 }),
  el('A-04', { exclusion: 'out-of-scope', applicable: false }),
  el('A-05', { key: true, level: 'L', points: 2, gap: 2 }),
];
const result = {
  elements,
  supplier: { overall: { score: 50 }, chapters: { '5': { applicable: 4 }, '6': { applicable: 0 } } },
} as unknown as AssessmentResult;
const assessment = {
  subject: 'ACME',
  scope: { contents: ['6.2'], modes: [] },
  updated: '2026-12-05T07:23:23Z',
  answers: {
    'A-01': { level: 'NA', justification: 'No on-site service', evidence: [], flagged: false },
    'A-02': { level: 'P', notes: 'Half done', evidence: [], flagged: false },
    'A-04': { level: 'F', notes: 'Out of scope note', evidence: [], flagged: true },
    'A-05': { level: 'L', evidence: [{ title: 'SLA v2' }], flagged: true },
  },
} as unknown as Assessment;

describe('report content', () => {
  it('lists NA elements with their justifications', () => {
    expect(notApplicableRows(result, assessment).map((r) => [r.element.id, r.justification])).toEqual([
      ['A-01', 'No on-site service'],
    ]);
  });

  it('lists every in-scope answer with notes or evidence, flagged or not', () => {
    const rows = answerDetailRows(result, assessment);
    expect(rows.map((r) => r.element.id)).toEqual(['A-02', 'A-05']);
    expect(rows[0]).toMatchObject({ notes: 'Half done', flagged: false });
    expect(rows[1]!.evidence).toEqual([{ title: 'SLA v2' }]);
  });

  it('summarises: key elements below L, the first plan items, chapters with applicable elements', () => {
    const plan = ['A-03', 'A-02', 'A-05'].map((id) => ({ id }) as PlanItem);
    const summary = executiveSummary(assessment, result, plan, 2);
    expect(summary.keyFailures.map((e) => e.id)).toEqual(['A-02', 'A-03']);
    expect(summary.topPlan.map((p) => p.id)).toEqual(['A-03', 'A-02']);
    expect(summary.planCount).toBe(3);
    expect(summary.chapters.map(([n]) => n)).toEqual(['5']);
    expect(summary).toMatchObject({ subject: 'ACME', date: '2026-12-05T07:23:23Z', dateRecorded: false });
  });

  it('stands for the recorded assessment date when there is one', () => {
    const dated = { ...assessment, date: '2026-11-30' };
    expect(executiveSummary(dated, result, [])).toMatchObject({ date: '2026-11-30', dateRecorded: true });
  });
});
