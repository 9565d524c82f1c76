import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { assessmentFromJson, assessmentToJson } from '../../src/engine/assessment-file.ts';
import { toScoreSummary } from '../../src/engine/score-summary.ts';
import { buildPlan } from '../../src/engine/plan.ts';
import { scoreAssessment } from '../../src/engine/score.ts';
import { MIGRATIONS, type Migration } from '../../src/engine/assessment-schema.ts';
import { createReportModel } from '../../src/app/report-model.ts';
import { formatMegabytes } from '../../src/app/report-format.ts';
import { MAX_IMPORT_BYTES } from '../../src/app/assessment-model.ts';
import { AssessmentRepository, memoryStore, type RecordStore } from '../../src/storage/storage.ts';
import { Trash } from '../../src/storage/trash.ts';
import { namedMemoryStore } from '../../src/storage/browser-store.ts';
import { runCli } from './fixtures/cli.ts';
import { buildAssessment, mini } from './fixtures/engine-catalog.ts';

const NOW = new Date('2025-04-01T08:00:00Z');

function setup(records: Record<string, unknown> = {}, store: RecordStore = memoryStore()) {
  let n = 0;
  const repository = new AssessmentRepository(store);
  const model = createReportModel({
    catalog: mini,
    repository,
    newId: () => `new-${++n}`,
    locale: 'zh-CN',
    now: () => NOW,
  });
  const ready = Promise.all(Object.entries(records).map(([id, value]) => store.put(id, value)));
  return { model, store, ready };
}

const sample = buildAssessment(
  { 'DM-PLAN-01': 'P', 'DM-PLAN-02': 'F', 'DC-ROUT-01': { level: 'N', flagged: true }, 'DC-OPT-01': 'NA' },
  { plan: { 'DM-PLAN-01': { owner: 'Li', status: 'open' } } },
);

describe('loading', () => {
  it.each([
    [null, 'no-id'],
    ['missing', 'not-found'],
    ['broken', 'unreadable'],
    ['a', 'ready'],
  ] as const)('id %s → %s', async (id, status) => {
    const { model, ready } = setup({ a: sample, broken: { schemaVersion: 1, title: '' } });
    await ready;
    await model.load(id);
    expect(model.state.value.status).toBe(status);
  });

  it('names the problem of an unreadable record and leaves it as it is', async () => {
    const broken = { schemaVersion: 1, title: '' };
    const { model, store, ready } = setup({ broken });
    await ready;
    await model.load('broken');
    const state = model.state.value;
    expect(state.status === 'unreadable' && state.problem).toMatch(/title/);
    expect(await store.get('broken')).toEqual(broken);
  });

  it('keeps the result of the last load when loads overlap', async () => {
    const { model, ready } = setup({ a: sample, b: { ...sample, title: 'B' } });
    await ready;
    await Promise.all([model.load('a'), model.load('b')]);
    const state = model.state.value;
    expect(state.status === 'ready' && state.assessment.title).toBe('B');
  });

  it('scores with the engine: the summary is what the CLI computes', async () => {
    const { model, ready } = setup({ a: sample });
    await ready;
    await model.load('a');
    const report = model.report.value!;
    const result = scoreAssessment(mini, sample);
    expect(report.result).toEqual(result);
    expect(report.summary).toEqual(toScoreSummary(result, buildPlan(mini, sample, result)));
    expect(report.customerPlan).toEqual(buildPlan(mini, sample, result, 'customer'));
    expect(report.issues).toEqual([]);
  });
});

describe('the CLI and the model agree on the examples', { timeout: 60_000 }, () => {
  const catalog = loadCatalog();
  it.each(['weak-supplier', 'strong-supplier'])('%s', async (name) => {
    const file = `assessments/examples/${name}.json`;
    const cli = runCli('score', file, '--format', 'json');
    const store = memoryStore();
    const model = createReportModel({
      catalog,
      repository: new AssessmentRepository(store),
      newId: () => 'x',
      locale: 'en',
    });
    const id = await model.openFile(`${name}.json`, readFileSync(file, 'utf8'));
    expect(id).toBe('x');
    await model.load('x');
    expect(model.report.value!.summary).toEqual(JSON.parse(cli.stdout));
  });
});

describe('plan edits', () => {
  async function loaded() {
    const s = setup({ a: sample });
    await s.ready;
    await s.model.load('a');
    return s;
  }
  const stored = async (store: RecordStore) => (await store.get('a')) as typeof sample;

  it('save at once, with the status saying so', async () => {
    const { model, store } = await loaded();
    await model.setPlanEdit('DC-ROUT-01', { owner: '  王工 ', due: '2025-06-30' });
    expect(model.saveStatus.value).toEqual({ state: 'saved', elementId: 'DC-ROUT-01' });
    expect((await stored(store)).plan['DC-ROUT-01']).toEqual({ owner: '王工', due: '2025-06-30', status: 'open' });
    expect((await stored(store)).updated).toBe(NOW.toISOString());
    expect(model.report.value!.plan.find((i) => i.id === 'DC-ROUT-01')).toMatchObject({
      owner: '王工',
      due: '2025-06-30',
    });
  });

  it('keep the other fields of the item', async () => {
    const { model, store } = await loaded();
    await model.setPlanEdit('DM-PLAN-01', { status: 'done' });
    expect((await stored(store)).plan['DM-PLAN-01']).toEqual({ owner: 'Li', status: 'done' });
  });

  it('remove blank fields, and the whole edit when it is back to its defaults', async () => {
    const { model, store } = await loaded();
    await model.setPlanEdit('DM-PLAN-01', { owner: ' ' });
    expect((await stored(store)).plan).toEqual({});
  });

  it('are undone when saving fails, and the status says why', async () => {
    const failing: RecordStore = {
      ...memoryStore(),
      put: () => Promise.reject(new Error('quota exceeded')),
      update: () => Promise.reject(new Error('quota exceeded')),
    };
    const s = setup({}, failing);
    const inner = memoryStore();
    await inner.put('a', sample);
    failing.get = inner.get;
    const model = s.model;
    await model.load('a');
    await model.setPlanEdit('DM-PLAN-01', { owner: 'Zhang' });
    expect(model.saveStatus.value).toEqual({ state: 'failed', elementId: 'DM-PLAN-01', reason: 'quota exceeded' });
    const state = model.state.value;
    expect(state.status === 'ready' && state.assessment.plan['DM-PLAN-01']?.owner).toBe('Li');
  });

  it('refuse a malformed due date without saving', async () => {
    const { model, store } = await loaded();
    await model.setPlanEdit('DM-PLAN-01', { due: '30/06/2025' });
    expect(model.saveStatus.value.state).toBe('failed');
    expect(await stored(store)).toEqual(sample);
  });
});

describe('opening a file', () => {
  const valid = assessmentToJson(sample);
  const cases: [string, string, string, string | undefined][] = [
    ['not JSON', '{"schemaVersion": 1,', 'not-json', undefined],
    ['an unknown element', valid.replace('"DM-PLAN-02"', '"DM-PLAN-99"'), 'unknown-element', 'DM-PLAN-99'],
    [
      'NA without justification',
      JSON.stringify({ ...sample, answers: { 'DM-PLAN-01': { level: 'NA' } } }),
      'na-without-justification',
      'DM-PLAN-01',
    ],
    ['a bad level', valid.replace('"level": "F"', '"level": "X"'), 'invalid-field', 'DM-PLAN-02'],
    ['a newer version', valid.replace('"schemaVersion": 2', '"schemaVersion": 9'), 'schema-version-newer', undefined],
    [
      'a __proto__ key in answers',
      valid.replace('"answers": {', '"answers": { "__proto__": {},'),
      'forbidden-key',
      undefined,
    ],
    [
      'a constructor key in plan',
      valid.replace('"plan": {', '"plan": { "constructor": {},'),
      'forbidden-key',
      undefined,
    ],
  ];

  it.each(cases)('with %s names the problem and changes nothing stored', async (_, text, code, elementId) => {
    const { model, store, ready } = setup({ a: sample });
    await ready;
    await model.load('a');
    const before = await store.all();
    expect(await model.openFile('broken.json', text)).toBeUndefined();
    const status = model.fileStatus.value;
    expect(status.state).toBe('failed');
    if (status.state !== 'failed') return;
    expect(status.fileName).toBe('broken.json');
    expect(status.issues[0]).toMatchObject({ code, severity: 'error', ...(elementId && { elementId }) });
    expect(await store.all()).toEqual(before);
    expect(model.state.value.status).toBe('ready');
  });

  it('saves a valid file under a new ID, beside what is stored', async () => {
    const other = { ...sample, title: 'Another', subject: 'Other supplier', created: '2025-01-01T00:00:00Z' };
    const { model, store, ready } = setup({ a: other });
    await ready;
    const id = await model.openFile('sample.json', `\uFEFF${valid}`);
    expect(id).toBe('new-1');
    expect(await store.get('new-1')).toEqual(sample);
    expect(await store.get('a')).toEqual(other);
    expect(model.fileStatus.value).toEqual({ state: 'opened', fileName: 'sample.json', id: 'new-1', warnings: [] });
  });

  it('asks before saving a file that is plainly a saved assessment, and saves nothing until told', async () => {
    const { model, store, ready } = setup({ a: sample });
    await ready;
    expect(await model.openFile('sample.json', valid)).toBeUndefined();
    expect(model.fileStatus.value).toMatchObject({ state: 'conflict', existing: { id: 'a', title: sample.title } });
    expect((await store.all()).map(([k]) => k)).toEqual(['a']);
    // Without a trash, replace is not offered and does nothing.
    expect(model.canReplace).toBe(false);
    expect(await model.resolveConflict('replace', '{title} (copy)')).toBeUndefined();
    expect(await model.resolveConflict('cancel', '{title} (copy)')).toBeUndefined();
    expect(model.fileStatus.value).toEqual({ state: 'idle' });
    expect((await store.all()).map(([k]) => k)).toEqual(['a']);
  });

  it('keeps both as a copy, or replaces the saved one by moving it to the trash', async () => {
    const store = memoryStore();
    await store.put('a', sample);
    const trash = new Trash(namedMemoryStore(), { now: () => NOW, newId: () => 'entry-1' });
    let n = 0;
    const model = createReportModel({
      catalog: mini,
      repository: new AssessmentRepository(store),
      newId: () => `new-${++n}`,
      locale: 'en',
      now: () => NOW,
      trash,
    });
    expect(model.canReplace).toBe(true);
    await model.openFile('sample.json', valid);
    expect(await model.resolveConflict('keep-both', '{title} (copy)')).toBe('new-1');
    expect(await store.get('new-1')).toEqual({ ...sample, title: `${sample.title} (copy)` });
    expect(model.fileStatus.value).toMatchObject({ state: 'opened', id: 'new-1', keptBoth: true });

    await model.openFile('sample.json', valid);
    expect(model.fileStatus.value).toMatchObject({ state: 'conflict', existing: { id: 'a' } });
    expect(await model.resolveConflict('replace', '{title} (copy)')).toBe('new-2');
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('new-2')).toEqual(sample);
    expect(model.fileStatus.value).toMatchObject({ state: 'opened', id: 'new-2', replaced: sample.title });
    const [entry] = (await trash.list()).items;
    expect(entry).toMatchObject({ collection: 'assessments', key: 'a', record: sample });
  });

  it('opens a trash given as a loader only when a replace is chosen', async () => {
    const store = memoryStore();
    await store.put('a', sample);
    const trash = new Trash(namedMemoryStore(), { now: () => NOW, newId: () => 'entry-1' });
    let opened = 0;
    const model = createReportModel({
      catalog: mini,
      repository: new AssessmentRepository(store),
      newId: () => 'new-1',
      locale: 'en',
      now: () => NOW,
      loadTrash: async () => (opened++, trash),
    });
    expect(model.canReplace).toBe(true);
    await model.openFile('sample.json', valid);
    expect(opened).toBe(0);
    expect(await model.resolveConflict('replace', '{title} (copy)')).toBe('new-1');
    expect(opened).toBe(1);
    expect(await store.get('a')).toBeUndefined();
    expect((await trash.list()).items).toEqual([expect.objectContaining({ key: 'a', record: sample })]);
  });

  it('says why a replace failed when the trash cannot be opened, and keeps the saved assessment', async () => {
    const store = memoryStore();
    await store.put('a', sample);
    const model = createReportModel({
      catalog: mini,
      repository: new AssessmentRepository(store),
      newId: () => 'new-1',
      locale: 'en',
      loadTrash: () => Promise.reject(new Error('no trash here')),
    });
    await model.openFile('sample.json', valid);
    expect(await model.resolveConflict('replace', '{title} (copy)')).toBeUndefined();
    expect(model.fileStatus.value).toEqual({ state: 'not-saved', fileName: 'sample.json', reason: 'no trash here' });
    expect(await store.get('a')).toEqual(sample);
  });

  it('lists the saved assessments with their overall result when no ID is given', async () => {
    const older = { ...sample, title: 'Older', updated: '2025-01-01T00:00:00Z', created: '2025-01-01T00:00:00Z' };
    const { model, ready } = setup({ a: sample, b: older, broken: { nope: 1 } });
    await ready;
    await model.load(null);
    expect(model.state.value).toEqual({ status: 'no-id' });
    const list = model.savedList.value!;
    expect(list.map((c) => c.id)).toEqual(['a', 'b']);
    const result = scoreAssessment(mini, sample).supplier.overall;
    expect(list[0]!.summary).toMatchObject({
      grade: result.grade,
      provisional: result.provisional,
      completeness: result.completeness,
    });
  });

  it('lists the saved assessments newest first whatever order the store keeps them in', async () => {
    const older = { ...sample, title: 'Older', updated: '2025-01-01T00:00:00Z', created: '2025-01-01T00:00:00Z' };
    const { model, ready } = setup({ b: older, a: sample });
    await ready;
    await model.load(null);
    expect(model.savedList.value!.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('lists nothing when nothing is saved', async () => {
    const { model } = setup();
    await model.load(null);
    expect(model.savedList.value).toEqual([]);
  });

  it('migrates a file of an older schema version and says so', async () => {
    const store = memoryStore();
    const migrations: Record<number, Migration> = {
      ...MIGRATIONS,
      0: ({ name, ...rest }) => ({ ...rest, title: name, schemaVersion: 1 }),
    };
    const model = createReportModel({
      catalog: mini,
      repository: new AssessmentRepository(store),
      newId: () => 'old',
      locale: 'en',
      migrations,
    });
    const { title, ...rest } = JSON.parse(valid) as Record<string, unknown>;
    const old = JSON.stringify({ ...rest, schemaVersion: 0, name: title });
    expect(await model.openFile('old.json', old)).toBe('old');
    expect(model.fileStatus.value).toMatchObject({ state: 'opened', migratedFrom: 0 });
    expect(await store.get('old')).toEqual(sample);
  });

  it('passes warnings on', async () => {
    const { model } = setup();
    const other = JSON.stringify({ ...sample, catalogVersion: '0.9.0' });
    expect(await model.openFile('other.json', other)).toBe('new-1');
    const status = model.fileStatus.value;
    expect(status.state === 'opened' && status.warnings.map((w) => w.code)).toEqual(['catalog-version-differs']);
  });
});

describe('opening a chosen file', () => {
  const valid = assessmentToJson(sample);
  const source = (name: string, size: number, text: () => Promise<string>) => ({ name, size, text });

  it('refuses a file over the limit before reading it, naming its size and the limit', async () => {
    const { model, store, ready } = setup({ a: sample });
    await ready;
    const before = await store.all();
    let read = false;
    const big = source('big.json', MAX_IMPORT_BYTES + 1, () => {
      read = true;
      return Promise.resolve(valid);
    });
    expect(await model.openSource(big)).toBeUndefined();
    expect(read).toBe(false);
    expect(model.fileStatus.value).toEqual({
      state: 'too-large',
      fileName: 'big.json',
      size: MAX_IMPORT_BYTES + 1,
      limit: 5 * 1024 * 1024,
    });
    expect(await store.all()).toEqual(before);
  });

  it('says so when the browser cannot read the file', async () => {
    const { model } = setup();
    const gone = source('gone.json', 10, () => Promise.reject(new Error('NotFoundError: the file was removed')));
    expect(await model.openSource(gone)).toBeUndefined();
    expect(model.fileStatus.value).toEqual({
      state: 'read-failed',
      fileName: 'gone.json',
      reason: 'NotFoundError: the file was removed',
    });
  });

  it('opens a file at the limit like any other', async () => {
    const { model } = setup();
    expect(await model.openSource(source('ok.json', MAX_IMPORT_BYTES, () => Promise.resolve(valid)))).toBe('new-1');
    expect(model.fileStatus.value).toMatchObject({ state: 'opened', fileName: 'ok.json' });
  });

  it('warns about a key written twice, naming it', async () => {
    const { model } = setup();
    const twice = valid.replace('"title": ', '"title": "first", "title": ');
    expect(await model.openSource(source('twice.json', twice.length, () => Promise.resolve(twice)))).toBe('new-1');
    const status = model.fileStatus.value;
    expect(status.state === 'opened' && status.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'duplicate-key', path: 'title', params: { key: 'title' } }),
    ]);
  });

  it('shows sizes in megabytes, rounded up', () => {
    expect(formatMegabytes(MAX_IMPORT_BYTES)).toBe('5 MB');
    expect(formatMegabytes(MAX_IMPORT_BYTES + 1)).toBe('5.1 MB');
    expect(formatMegabytes(6 * 1024 * 1024)).toBe('6 MB');
  });
});

describe('exports', () => {
  it('are nothing without an assessment', async () => {
    expect(await setup().model.exportFile('json')).toBeUndefined();
  });

  it('build the Excel workbook in the report language, loading the office module only then', async () => {
    const { model, ready } = setup({ a: sample });
    await ready;
    await model.load('a');
    const xlsx = await model.exportXlsx();
    expect(xlsx).toMatchObject({
      name: 'Test-assessment.zh-CN.xlsx',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const { readXlsx } = await import('../../src/office/index.ts');
    const workbook = await readXlsx(xlsx!.bytes);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['要素', '得分', '改进计划', '关于']);
    expect(await setup().model.exportXlsx()).toBeUndefined();
  });

  it('give a re-importable file, CSVs with a BOM and Markdown in the report language', async () => {
    const { model, ready } = setup({ a: sample });
    await ready;
    await model.load('a');
    const json = (await model.exportFile('json'))!;
    expect(json).toMatchObject({ name: 'Test-assessment.json', type: 'application/json' });
    // The export takes a snapshot (saved too); the rest of the file is the assessment as it was.
    const exported = assessmentFromJson(json.text);
    expect(exported.success).toBe(true);
    if (!exported.success) return;
    const { snapshots, updated, ...rest } = exported.assessment;
    const { snapshots: _before, updated: _then, ...expected } = sample;
    expect(rest).toEqual(expected);
    expect(snapshots).toEqual([
      expect.objectContaining({ kind: 'export', answers: sample.answers, scope: sample.scope, plan: sample.plan }),
    ]);
    expect(updated >= _then).toBe(true);
    expect(_before).toEqual([]);
    // A second export with nothing changed adds no snapshot.
    expect(assessmentFromJson((await model.exportFile('json'))!.text)).toEqual(exported);

    for (const kind of ['plan-csv', 'elements-csv'] as const) {
      const csv = (await model.exportFile(kind))!;
      expect(csv.text.startsWith('\uFEFF')).toBe(true);
      expect(csv.type).toBe('text/csv;charset=utf-8');
      expect(csv.text).toContain('编号');
    }
    expect((await model.markdownExport())!.text).toContain('## 总体结果');
    const zhWord = (await model.wordExport())!;
    expect(zhWord.name).toBe('Test-assessment.zh-CN.docx');
    expect(zhWord.info).toMatchObject({
      locale: 'zh-CN',
      title: sample.title,
      pageLabel: '第 {page} 页，共 {pages} 页',
    });
    expect(zhWord.blocks).toContainEqual({ kind: 'heading', level: 2, text: '总体结果' });
    await model.setReportLocale('en');
    const enWord = (await model.wordExport())!;
    expect(enWord).toMatchObject({
      name: 'Test-assessment.en.docx',
      info: { locale: 'en', pageLabel: 'Page {page} of {pages}' },
    });
    expect(enWord.blocks).toContainEqual({ kind: 'heading', level: 2, text: 'Overall result' });
    expect(await model.markdownExport()).toMatchObject({ name: 'Test-assessment.en.md' });
    expect((await model.markdownExport())!.text).toContain('## Overall result');
    expect((await model.exportFile('plan-csv'))!.text).toContain('Owner');
  });
});

describe('report language', () => {
  const withLoader = (loadLocale: (locale: 'zh-CN' | 'en', ids: readonly string[]) => Promise<void>) =>
    createReportModel({
      catalog: mini,
      repository: new AssessmentRepository(memoryStore()),
      newId: () => 'x',
      locale: 'zh-CN',
      loadLocale,
    });

  it('loads the texts of the chosen language before showing the report in it', async () => {
    const asked: string[] = [];
    let release = () => {};
    const model = withLoader((locale, ids) => {
      asked.push(`${locale}:${ids.join(',')}`);
      return new Promise<void>((resolve) => (release = resolve));
    });
    const switching = model.setReportLocale('en');
    await Promise.resolve();
    expect(model.reportLocale.value).toBe('zh-CN');
    release();
    await switching;
    expect(model.reportLocale.value).toBe('en');
    expect(asked).toEqual(['en:gbt28827.2']);
    expect(model.localeProblem.value).toBeNull();
  });
  it('stays in its language and says why when the texts cannot be loaded', async () => {
    const model = withLoader(async () => {
      throw new Error('/catalog.en.json: HTTP 503');
    });
    await model.setReportLocale('en');
    expect(model.reportLocale.value).toBe('zh-CN');
    expect(model.localeProblem.value).toBe('/catalog.en.json: HTTP 503');
  });
});
