import { beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { clauseStepOf, progressOf } from '../../src/app/assessment-progress.ts';
import { AssessmentModel } from '../../src/app/assessment-model.ts';
import { memoryStore } from '../../src/storage/storage.ts';
import { FULL_SCOPE } from '../../src/engine/index.ts';

const catalog = loadCatalog();

describe('clauseStepOf: where a clause view stands', () => {
  let model: AssessmentModel;
  let id: string;
  beforeEach(async () => {
    let n = 0;
    model = new AssessmentModel({
      store: memoryStore(),
      catalog,
      now: () => new Date('2025-05-01T08:00:00Z'),
      newId: () => `id-${++n}`,
    });
    await model.load();
    const created = await model.create({
      title: 'Steps',
      subject: 'Example supplier',
      assessor: '',
      perspective: 'supplier-self',
      scope: FULL_SCOPE,
    });
    if (!created.success) throw new Error('create failed');
    id = created.id;
  });
  const step = (clause: string) => clauseStepOf(progressOf(catalog, model.find(id)!), clause);

  it.each([
    ['5.2', { position: 1, count: 15, previous: null, next: '5.3' }],
    ['6.2', { position: 5, count: 15, previous: '5.5', next: '6.3' }],
    ['8.6', { position: 15, count: 15, previous: '8.5', next: null }],
  ] as const)('places %s among the clauses of the full scope', (clause, expected) => {
    expect(step(clause)).toMatchObject({ clause, ...expected });
  });

  it('counts the applicable elements of the clause and those answered N, P, L or F', async () => {
    expect(step('5.2')).toMatchObject({ applicable: 14, rated: 0, completeness: 0 });
    await model.setLevel(id, 'DM-PLAN-01', 'F');
    await model.setLevel(id, 'DM-PLAN-02', 'N');
    expect(step('5.2')).toMatchObject({ applicable: 14, rated: 2, completeness: 2 / 14 });
    // NA without a justification is still applicable and unanswered; with one, it no longer counts.
    await model.setLevel(id, 'DM-PLAN-04', 'NA');
    expect(step('5.2')).toMatchObject({ applicable: 14, rated: 2 });
    await model.updateAnswer(id, 'DM-PLAN-04', { justification: 'Budget is set by the customer' });
    expect(step('5.2')).toMatchObject({ applicable: 13, rated: 2, completeness: 2 / 13 });
    // Another clause is not touched.
    expect(step('5.3')).toMatchObject({ rated: 0 });
  });

  it('skips the clauses out of scope, which have no place of their own', async () => {
    await model.setScope(id, { contents: ['6.2'], modes: ['7.3'] });
    expect(step('6.2')).toMatchObject({ position: 5, count: 8, previous: '5.5', next: '7.3' });
    expect(step('7.3')).toMatchObject({ previous: '6.2', next: '8.2' });
    expect(step('8.3')).toMatchObject({ position: 8, next: null });
    expect(step('6.3')).toEqual({
      clause: '6.3',
      position: null,
      count: 8,
      previous: null,
      next: null,
      applicable: 0,
      rated: 0,
      completeness: 1,
    });
  });

  it('knows no clause without elements', () => {
    expect(step('9.9')).toBeNull();
    expect(step('5.1')).toBeNull();
  });
});
