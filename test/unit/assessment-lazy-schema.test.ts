/**
 * The questionnaire loads the assessment schema (and zod) only when there is something to check: a first visit
 * with an empty store loads neither the schema nor the model's checks; a saved record, a file, a new assessment or
 * another tab's change loads them and is checked as before (issue 12: no schema library on the first load).
 */
import { describe, expect, it, vi } from 'vitest';
import { AssessmentModel, type ImportSource } from '../../src/app/assessment-model.ts';
import { memoryStore, type RecordStore } from '../../src/storage/storage.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { FULL_SCOPE } from '../../src/engine/scope.ts';

const loaded = vi.hoisted(() => ({ schema: 0, checks: 0 }));
vi.mock('../../src/engine/assessment-schema.ts', async (importOriginal) => {
  loaded.schema++;
  return await importOriginal();
});
vi.mock('../../src/app/assessment-checks.ts', async (importOriginal) => {
  loaded.checks++;
  return await importOriginal();
});

const catalog = loadCatalog();
const file = (name: string, text: string): ImportSource => ({ name, size: text.length, text: async () => text });

function setup(store: RecordStore) {
  let n = 0;
  return new AssessmentModel({ store, catalog, newId: () => `id-${++n}`, now: () => new Date('2025-05-01T08:00:00Z') });
}

describe('the questionnaire loads the assessment schema only when there is something to check', () => {
  it('a first visit (empty store) loads nothing; creating an assessment loads the checks', async () => {
    const store = memoryStore();
    const model = setup(store);
    await model.load();
    expect(model.loaded.value).toBe(true);
    expect(loaded).toEqual({ schema: 0, checks: 0 });
    const created = await model.create({
      title: '自评',
      subject: '示例供方',
      perspective: 'supplier-self',
      scope: FULL_SCOPE,
    });
    expect(created.success).toBe(true);
    expect(loaded.checks).toBe(1);
    expect(loaded.schema).toBe(1);
  });

  it('a saved record is validated when read back; a corrupt one is reported and kept as it is', async () => {
    const store = memoryStore();
    const first = setup(store);
    const created = await first.create({ title: 'A', subject: 'B', perspective: 'supplier-self', scope: FULL_SCOPE });
    if (!created.success) throw new Error('create failed');
    const corrupt = { schemaVersion: 2, title: 42 };
    await store.put('corrupt', corrupt);
    const again = setup(store);
    await again.load();
    expect(again.saved.value.map((s) => s.id)).toEqual([created.id]);
    expect(again.unreadable.value.map((u) => u.id)).toEqual(['corrupt']);
    expect(again.unreadable.value[0]?.problem).toMatch(/title/);
    expect(await store.get('corrupt')).toEqual(corrupt);
  });

  it('an imported file is checked: a bad one is refused with its problems and nothing is written', async () => {
    const store = memoryStore();
    const model = setup(store);
    await model.load();
    const result = await model.importFile(file('bad.json', '{"schemaVersion": 2, "catalog": "gbt28827.2"}'));
    expect(result.success).toBe(false);
    expect(!result.success && result.reason).toBe('invalid');
    expect(!result.success && result.issues.length).toBeGreaterThan(0);
    expect(await store.all()).toEqual([]);
  });
});
