import { describe, expect, it } from 'vitest';
import { buildPlan, phaseOf } from '../../src/engine/plan.ts';
import { scoreAssessment } from '../../src/engine/score.ts';
import { allAt, buildAssessment, buildCatalog, mini, type AnswerSpec } from './fixtures/engine-catalog.ts';

const plan = (answers: Record<string, AnswerSpec>, overrides = {}, catalog = mini) =>
  buildPlan(catalog, buildAssessment(answers, overrides));

describe('improvement plan order: key first, then larger gap, then catalog order', () => {
  const answers: Record<string, AnswerSpec> = {
    ...allAt('F'),
    'DM-PLAN-01': 'L', // key, gap 2
    // DC-RESP-08: key, unanswered, gap 6
    'DC-RESP-08': { level: 'NA' },
    'DM-PLAN-02': 'N', // gap 3
    'DM-IMPR-01': 'P', // gap 2
    'DC-ROUT-01': 'L', // gap 1
    'DC-ROUT-02': { level: 'P', target: 'L' }, // gap 1
    'DC-OPT-01': 'NA', // not applicable
    'DC-EVAL-01': { level: 'L', target: 'L' }, // gap 0: not in the plan
    'DR-MGMT-01': 'N', // gap 3, after DM-PLAN-02 in catalog order
    'DM-PLAN-C01': 'N', // customer: never in the supplier's plan
  };
  const items = plan(answers);

  it('orders the items', () => {
    expect(items.map((i) => [i.id, i.gap])).toEqual([
      ['DC-RESP-08', 6],
      ['DM-PLAN-01', 2],
      ['DM-PLAN-02', 3],
      ['DR-MGMT-01', 3],
      ['DM-IMPR-01', 2],
      ['DC-ROUT-01', 1],
      ['DC-ROUT-02', 1],
    ]);
  });
  it('assigns phases: key and N/unanswered 1, P 2, L 3', () => {
    expect(Object.fromEntries(items.map((i) => [i.id, i.phase]))).toEqual({
      'DC-RESP-08': 1,
      'DM-PLAN-01': 1,
      'DM-PLAN-02': 1,
      'DR-MGMT-01': 1,
      'DM-IMPR-01': 2,
      'DC-ROUT-01': 3,
      'DC-ROUT-02': 2,
    });
  });
  it('leaves out the customer, NA elements and elements at their target', () => {
    const ids = items.map((i) => i.id);
    for (const id of ['DM-PLAN-C01', 'DC-OPT-01', 'DC-EVAL-01', 'DW-REMOTE-END-02']) expect(ids).not.toContain(id);
  });
  it('carries the catalog guidance and evidence, the level and the target', () => {
    expect(items[0]).toMatchObject({
      id: 'DC-RESP-08',
      key: true,
      weight: 2,
      level: null,
      target: 'F',
      title: { en: 'Title of DC-RESP-08' },
      guidance: [{ en: 'Guidance of DC-RESP-08' }],
      evidence: [{ en: 'Evidence A of DC-RESP-08' }, { en: 'Evidence B of DC-RESP-08' }],
      status: 'open',
    });
    expect(items.find((i) => i.id === 'DC-ROUT-02')).toMatchObject({ level: 'P', target: 'L' });
  });
  it("gives the customer's own plan on request", () => {
    const assessment = buildAssessment(answers);
    const customerPlan = buildPlan(mini, assessment, scoreAssessment(mini, assessment), 'customer');
    expect(customerPlan.map((i) => [i.id, i.gap, i.phase])).toEqual([
      ['DM-PLAN-C01', 6, 1],
      ['DC-ROUT-C01', 3, 1],
    ]);
  });
});

describe('phaseOf', () => {
  const cases: [boolean, boolean, number, 1 | 2 | 3][] = [
    // key, answered, points, phase
    [false, false, 0, 1],
    [false, true, 0, 1],
    [false, true, 1, 2],
    [false, true, 2, 3],
    [true, true, 1, 1],
    [true, true, 2, 1],
    [true, false, 0, 1],
  ];
  it.each(cases)('key %s, answered %s, points %i → phase %i', (key, answered, points, phase) => {
    expect(phaseOf({ key, answered, points })).toBe(phase);
  });
});

describe('gaps', () => {
  it('weigh the difference to the target: w × (target − p)', () => {
    const weighted = buildCatalog({
      '5.2': [
        { id: 'DM-PLAN-01', weight: 3 },
        { id: 'DM-PLAN-02', weight: 4 },
      ],
    });
    const items = plan({ 'DM-PLAN-01': 'P', 'DM-PLAN-02': { level: 'N', target: 'L' } }, {}, weighted);
    expect(items.map((i) => [i.id, i.gap])).toEqual([
      ['DM-PLAN-02', 8],
      ['DM-PLAN-01', 6],
    ]);
  });
  it('empty plan when everything applicable is F', () => {
    expect(plan(allAt('F'))).toEqual([]);
  });
});

describe('plan edits stored in the assessment', () => {
  it('apply owner, due date and status to their item', () => {
    const items = plan(
      { 'DM-PLAN-02': 'N' },
      {
        plan: {
          'DM-PLAN-02': { owner: 'Li Hang', due: '2025-06-30', status: 'in-progress' },
          'DM-IMPR-01': { owner: 'Chen' },
        },
      },
    );
    expect(items.find((i) => i.id === 'DM-PLAN-02')).toMatchObject({
      owner: 'Li Hang',
      due: '2025-06-30',
      status: 'in-progress',
    });
    const other = items.find((i) => i.id === 'DM-IMPR-01')!;
    expect(other).toMatchObject({ owner: 'Chen', status: 'open' });
    expect(other).not.toHaveProperty('due');
  });
  it('are kept but not shown once the element has no gap', () => {
    const items = plan({ 'DM-PLAN-02': 'F' }, { plan: { 'DM-PLAN-02': { owner: 'Li Hang', status: 'done' } } });
    expect(items.map((i) => i.id)).not.toContain('DM-PLAN-02');
  });
});
