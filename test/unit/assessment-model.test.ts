import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { progressOf } from '../../src/app/assessment-progress.ts';
import {
  AssessmentModel,
  exportFileName,
  MAX_IMPORT_BYTES,
  type CreateFields,
  type ImportSource,
} from '../../src/app/assessment-model.ts';
import { checkEvidence } from '../../src/app/assessment-checks.ts';
import { memoryStore, type RecordStore } from '../../src/storage/storage.ts';
import { FULL_SCOPE, MIGRATIONS, SCHEMA_VERSION, assessmentFromJson, type Migration } from '../../src/engine/index.ts';

const catalog = loadCatalog();
const example = (name: string) => readFileSync(`assessments/examples/${name}.json`, 'utf8');
const file = (name: string, text: string, size = text.length): ImportSource => ({ name, size, text: async () => text });

const fields: CreateFields = {
  title: '2025 年度自评',
  subject: '示例供方',
  assessor: '审核组',
  perspective: 'supplier-self',
  scope: FULL_SCOPE,
};

function setup(store: RecordStore = memoryStore(), migrations?: Readonly<Record<number, Migration>>) {
  let n = 0;
  let clock = Date.parse('2025-05-01T08:00:00Z');
  const model = new AssessmentModel({
    store,
    catalog,
    now: () => new Date((clock += 1000)),
    newId: () => `id-${++n}`,
    migrations,
  });
  return { model, store };
}

/** Everything in a store, as a plain object to compare before and after. */
const snapshot = async (store: RecordStore) => Object.fromEntries(await store.all());

async function created(model: AssessmentModel) {
  const result = await model.create(fields);
  if (!result.success) throw new Error('create failed');
  return result.id;
}

describe('AssessmentModel', () => {
  let model: AssessmentModel;
  let store: RecordStore;
  beforeEach(async () => {
    ({ model, store } = setup());
    await model.load();
  });

  it('creates an empty assessment of the current catalog and saves it at once', async () => {
    const id = await created(model);
    const a = model.find(id)!;
    expect(a).toMatchObject({
      title: '2025 年度自评',
      subject: '示例供方',
      answers: {},
      schemaVersion: SCHEMA_VERSION,
    });
    expect(a.catalogVersion).toBe(catalog.structure.version);
    expect(await store.get(id)).toEqual(a);
    expect(model.saveState.value.status).toBe('saved');
  });

  it('refuses to create without a title or subject, naming both fields', async () => {
    expect(await model.create({ ...fields, title: ' ', subject: '' })).toEqual({
      success: false,
      missing: ['title', 'subject'],
    });
    expect(await store.all()).toEqual([]);
  });

  it('saves each answer, and a reload of the store reads it back', async () => {
    const id = await created(model);
    await model.setLevel(id, 'DM-PLAN-01', 'L');
    await model.updateAnswer(id, 'DM-PLAN-01', { notes: 'SLA signed', flagged: true });
    await model.addEvidence(id, 'DM-PLAN-01', 'SLA 2025', 'https://docs.example.com/sla');
    const again = setup(store).model;
    await again.load();
    expect(again.find(id)!.answers['DM-PLAN-01']).toMatchObject({
      level: 'L',
      notes: 'SLA signed',
      flagged: true,
      evidence: [{ title: 'SLA 2025', url: 'https://docs.example.com/sla' }],
    });
  });

  it('keeps details when the level changes, and clears everything on request', async () => {
    const id = await created(model);
    await model.setLevel(id, 'DM-PLAN-02', 'P');
    await model.updateAnswer(id, 'DM-PLAN-02', { notes: 'draft only' });
    await model.setLevel(id, 'DM-PLAN-02', 'F');
    expect(model.find(id)!.answers['DM-PLAN-02']).toMatchObject({ level: 'F', notes: 'draft only' });
    await model.clearAnswer(id, 'DM-PLAN-02');
    expect(model.find(id)!.answers['DM-PLAN-02']).toBeUndefined();
    expect((await store.get(id)) as object).not.toHaveProperty('answers.DM-PLAN-02');
  });

  it('only answers requirement elements, and details need a level first', async () => {
    const id = await created(model);
    expect(await model.setLevel(id, 'DC-ROUT-02a', 'F')).toBe(false);
    expect(await model.setLevel(id, 'DM-IMPR-N01', 'F')).toBe(false);
    expect(await model.setLevel(id, 'DM-PLAN-99', 'F')).toBe(false);
    expect(await model.updateAnswer(id, 'DM-PLAN-01', { notes: 'x' })).toBe(false);
    expect(model.find(id)!.answers).toEqual({});
  });

  describe('NA answers', () => {
    it('count as unanswered until justified, and answered once justified', async () => {
      const id = await created(model);
      await model.setLevel(id, 'DM-PLAN-04', 'NA');
      const clause = () => progressOf(catalog, model.find(id)!).clauses.find((c) => c.clause === '5.2')!;
      expect(clause()).toMatchObject({ answered: 0, status: 'in-progress' });
      await model.updateAnswer(id, 'DM-PLAN-04', { justification: '   ' });
      expect(model.find(id)!.answers['DM-PLAN-04']!.justification).toBeUndefined();
      expect(clause().answered).toBe(0);
      await model.updateAnswer(id, 'DM-PLAN-04', { justification: 'Budget is set by the customer' });
      expect(clause().answered).toBe(1);
    });
    it('lose the justification when another level is chosen', async () => {
      const id = await created(model);
      await model.setLevel(id, 'DM-PLAN-04', 'NA');
      await model.updateAnswer(id, 'DM-PLAN-04', { justification: 'n/a here' });
      await model.setLevel(id, 'DM-PLAN-04', 'P');
      expect(model.find(id)!.answers['DM-PLAN-04']!.justification).toBeUndefined();
    });
  });

  it('validates evidence links like the file schema', async () => {
    expect(checkEvidence('', '')).toEqual({ problems: { title: 'required' } });
    expect(checkEvidence('Plan', 'javascript:alert(1)')).toEqual({ problems: { url: 'invalid' } });
    expect(checkEvidence('Plan', 'docs.example.com')).toEqual({ problems: { url: 'invalid' } });
    expect(checkEvidence(' ', 'ftp://x')).toEqual({ problems: { title: 'required', url: 'invalid' } });
    expect(checkEvidence('Plan', '  ')).toEqual({ link: { title: 'Plan' } });
    const id = await created(model);
    await model.setLevel(id, 'DM-PLAN-01', 'F');
    expect(await model.addEvidence(id, 'DM-PLAN-01', 'x', 'javascript:alert(1)')).toEqual({ url: 'invalid' });
    expect(model.find(id)!.answers['DM-PLAN-01']!.evidence).toEqual([]);
    await model.addEvidence(id, 'DM-PLAN-01', 'a', '');
    await model.addEvidence(id, 'DM-PLAN-01', 'b', 'http://example.com/b');
    await model.removeEvidence(id, 'DM-PLAN-01', 0);
    expect(model.find(id)!.answers['DM-PLAN-01']!.evidence).toEqual([{ title: 'b', url: 'http://example.com/b' }]);
  });

  it('changes the scope and keeps answers outside it', async () => {
    const id = await created(model);
    await model.setLevel(id, 'DC-EVAL-01', 'F');
    await model.setScope(id, { contents: ['6.2'], modes: ['7.3'] });
    const a = model.find(id)!;
    expect(a.scope).toEqual({ contents: ['6.2'], modes: ['7.3'] });
    expect(a.answers['DC-EVAL-01']!.level).toBe('F');
    const progress = progressOf(catalog, a);
    expect(progress.clauses.filter((c) => !c.inScope).map((c) => c.clause)).toEqual([
      '6.3',
      '6.4',
      '6.5',
      '7.2',
      '8.4',
      '8.5',
      '8.6',
    ]);
  });

  it('renames, refusing an empty name', async () => {
    const id = await created(model);
    expect(await model.rename(id, '  ')).toBe(false);
    expect(await model.rename(id, ' Renamed ')).toBe(true);
    expect(model.find(id)!.title).toBe('Renamed');
    expect(((await store.get(id)) as { title: string }).title).toBe('Renamed');
  });

  it('duplicates under a new ID with the answers, and deletes one without touching the other', async () => {
    const id = await created(model);
    await model.setLevel(id, 'DM-PLAN-01', 'F');
    const copy = (await model.duplicate(id, 'Copy'))!;
    expect(copy).not.toBe(id);
    expect(model.find(copy)).toMatchObject({ title: 'Copy', answers: { 'DM-PLAN-01': { level: 'F' } } });
    await model.remove(id);
    expect(model.find(id)).toBeUndefined();
    expect(await store.get(id)).toBeUndefined();
    expect(model.saved.value.map((s) => s.id)).toEqual([copy]);
    expect(await store.get(copy)).toBeDefined();
  });

  it('lists the most recently changed first', async () => {
    const first = await created(model);
    const second = await created(model);
    expect(model.saved.value.map((s) => s.id)).toEqual([second, first]);
    await model.setLevel(first, 'DM-PLAN-01', 'F');
    expect(model.saved.value.map((s) => s.id)).toEqual([first, second]);
  });

  it('exports the file format, named after the title', async () => {
    const id = await created(model);
    await model.rename(id, 'A/B: "plan" <2025>');
    const out = model.exportFile(id)!;
    expect(out.name).toBe('A B plan 2025.json');
    expect(assessmentFromJson(out.text)).toEqual({ success: true, assessment: model.find(id) });
    expect(exportFileName({ ...model.find(id)!, title: '///' })).toBe('assessment.json');
  });
});

describe('import', () => {
  it('saves a valid file as a new assessment, and asks before saving one that is plainly saved already', async () => {
    const { model, store } = setup();
    await model.load();
    const text = example('strong-supplier');
    const first = await model.importFile(file('strong.json', text));
    expect(first.success).toBe(true);
    if (!first.success) return;
    expect(first.warnings).toEqual([]);
    expect(model.find(first.id)!.title).toContain('星河');
    const second = await model.importFile(file('strong.json', text));
    expect(second).toMatchObject({ success: false, reason: 'conflict', pending: { existing: { id: first.id } } });
    // Nothing is saved until the user chooses; cancel saves nothing.
    expect((await store.all()).length).toBe(1);
    if (second.success || second.reason !== 'conflict') return;
    expect(await model.resolveImport(second.pending, 'cancel', '{title}（副本）')).toBeUndefined();
    expect((await store.all()).length).toBe(1);
    const kept = await model.resolveImport(second.pending, 'keep-both', '{title}（副本）');
    expect(kept).toMatchObject({ success: true, keptBoth: true });
    if (!kept?.success) return;
    expect(kept.id).not.toBe(first.id);
    expect(model.find(kept.id)!.title).toBe(`${model.find(first.id)!.title}（副本）`);
    expect((await store.all()).length).toBe(2);
  });

  it('loads both examples', async () => {
    const { model } = setup();
    await model.load();
    for (const name of ['strong-supplier', 'weak-supplier']) {
      const result = await model.loadExample(JSON.parse(example(name)));
      expect(result.success, name).toBe(true);
    }
    expect(model.saved.value).toHaveLength(2);
  });

  const broken: [string, string, { reason: string; path?: string; elementId?: string; code?: string }][] = [
    ['not JSON', '{"schemaVersion": 1,', { reason: 'invalid', code: 'not-json' }],
    ['an empty file', ' \n', { reason: 'empty' }],
    [
      'an unknown element',
      example('weak-supplier').replace('"DM-PLAN-01"', '"DM-PLAN-99"'),
      { reason: 'invalid', code: 'unknown-element', path: 'answers.DM-PLAN-99', elementId: 'DM-PLAN-99' },
    ],
    [
      'NA without justification',
      JSON.stringify({
        ...JSON.parse(example('weak-supplier')),
        answers: { 'DM-PLAN-04': { level: 'NA' } },
        plan: {},
      }),
      {
        reason: 'invalid',
        code: 'na-without-justification',
        path: 'answers.DM-PLAN-04.justification',
        elementId: 'DM-PLAN-04',
      },
    ],
    [
      'a newer schema version',
      example('weak-supplier').replace('"schemaVersion": 1', '"schemaVersion": 99'),
      { reason: 'invalid', code: 'schema-version-newer', path: 'schemaVersion' },
    ],
    [
      'a wrong field',
      example('weak-supplier').replace('"level": "N"', '"level": "X"'),
      { reason: 'invalid', code: 'invalid-field' },
    ],
  ];

  it.each(broken)('refuses %s, names the problem and changes nothing stored', async (_, text, expected) => {
    const { model, store } = setup();
    await model.load();
    await created(model);
    await model.importFile(file('good.json', example('strong-supplier')));
    const before = await snapshot(store);
    const list = model.saved.value;
    const result = await model.importFile(file('bad.json', text));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.reason).toBe(expected.reason);
    if (expected.code) {
      const issue = result.issues.find((i) => i.code === expected.code);
      expect(issue, JSON.stringify(result.issues)).toBeDefined();
      if (expected.path) expect(issue!.path).toBe(expected.path);
      if (expected.elementId) expect(issue!.elementId).toBe(expected.elementId);
    }
    expect(await snapshot(store)).toEqual(before);
    expect(model.saved.value).toBe(list);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const { model, store } = setup();
    let read = false;
    const result = await model.importFile({
      name: 'big.json',
      size: MAX_IMPORT_BYTES + 1,
      text: async () => ((read = true), '{}'),
    });
    expect(result).toEqual({ success: false, reason: 'too-large', issues: [] });
    expect(read).toBe(false);
    expect(await store.all()).toEqual([]);
  });

  it('migrates a file of an older schema version through the migration chain', async () => {
    // A made-up version 0 before the engine's real chain (1 → 2).
    const fromV0: Migration = ({ name, ...rest }) => ({ ...rest, title: name, schemaVersion: 1 });
    const { model } = setup(memoryStore(), { ...MIGRATIONS, 0: fromV0 });
    await model.load();
    const v1 = JSON.parse(example('weak-supplier')) as Record<string, unknown>;
    const { title, ...rest } = v1;
    const v0 = { ...rest, schemaVersion: 0, name: title };
    const result = await model.importFile(file('old.json', JSON.stringify(v0)));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.migratedFrom).toBe(0);
    expect(model.find(result.id)!.title).toBe(title);
  });

  it('refuses an older version it has no migration for', async () => {
    const { model } = setup();
    const v0 = { ...JSON.parse(example('weak-supplier')), schemaVersion: 0 };
    const result = await model.importFile(file('old.json', JSON.stringify(v0)));
    expect(result).toMatchObject({ success: false, issues: [{ code: 'schema-version-unsupported' }] });
  });
});

describe('storage problems', () => {
  it('reports a corrupt record with its problem, still loads the others, and deletes it only on request', async () => {
    const store = memoryStore();
    const { model } = setup(store);
    await model.load();
    const id = await created(model);
    await store.put('broken', { schemaVersion: 1, title: 'half a record' });
    await store.put('garbage', 'not an object');
    const again = setup(store).model;
    await again.load();
    expect(again.saved.value.map((s) => s.id)).toEqual([id]);
    expect(again.unreadable.value.map((u) => u.id).sort()).toEqual(['broken', 'garbage']);
    expect(again.unreadable.value.find((u) => u.id === 'broken')!.problem).toMatch(/subject: is missing/);
    expect(await store.get('broken')).toBeDefined();
    await again.removeUnreadable('broken');
    expect(await store.get('broken')).toBeUndefined();
    expect(again.unreadable.value.map((u) => u.id)).toEqual(['garbage']);
  });

  it('says when a write fails and recovers once it succeeds', async () => {
    const inner = memoryStore();
    let failing = false;
    const store: RecordStore = {
      ...inner,
      put: async (id, value) => {
        if (failing) throw new Error('QuotaExceededError');
        return inner.put(id, value);
      },
      update: async (id, change) => {
        if (failing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return inner.update(id, change);
      },
    };
    const { model } = setup(store);
    await model.load();
    const id = await created(model);
    failing = true;
    await model.setLevel(id, 'DM-PLAN-01', 'F');
    expect(model.saveState.value).toEqual({
      status: 'error',
      problem: 'quota',
      message: 'QuotaExceededError: The quota has been exceeded',
    });
    expect(model.find(id)!.answers['DM-PLAN-01']!.level).toBe('F');
    failing = false;
    await model.setLevel(id, 'DM-PLAN-01', 'L');
    expect(model.saveState.value.status).toBe('saved');
    expect(((await inner.get(id)) as { answers: Record<string, { level: string }> }).answers['DM-PLAN-01']!.level).toBe(
      'L',
    );
  });

  it('reports storage that cannot be listed', async () => {
    const store: RecordStore = {
      ...memoryStore(),
      all: async () => {
        throw new Error('blocked');
      },
    };
    const { model } = setup(store);
    await model.load();
    expect(model.loadError.value).toBe('blocked');
    expect(model.loaded.value).toBe(true);
  });
});
