import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createCompareModel,
  MAX_COMPARE_FILE_BYTES,
  selectionFromHash,
  selectionToHash,
  type ExampleFile,
  type PickedFile,
} from '../../src/app/compare-model.ts';
import { AssessmentRepository, memoryStore } from '../../src/storage/storage.ts';
import { loadCatalog, loadPractice } from '../../src/loader/load.ts';
import { parseAssessment, type CompareSummary } from '../../src/engine/index.ts';

const catalog = loadCatalog();
const NAMES = ['yunling', 'qingshi', 'lanwan'];
const path = (name: string, locale = 'zh-CN') => `assessments/examples/candidates/${name}.${locale}.json`;
const text = (p: string) => readFileSync(p, 'utf8');
const picked = (name: string, content: string, size = content.length): PickedFile => ({
  name,
  size,
  text: async () => content,
});
const examples = async (): Promise<ExampleFile[]> =>
  NAMES.map((name) => ({ name, file: `${name}.zh-CN.json`, raw: JSON.parse(text(path(name))) as unknown }));

async function setup(saved: [string, string][] = []) {
  const store = memoryStore();
  for (const [id, p] of saved) await store.put(id, JSON.parse(text(p)));
  const puts: string[] = [];
  const repository = new AssessmentRepository({
    ...store,
    kind: store.kind,
    all: store.all,
    get: store.get,
    remove: store.remove,
    put: async (id, v) => {
      puts.push(id);
      await store.put(id, v);
    },
  });
  const model = createCompareModel({
    catalog,
    repository,
    loadExamples: examples,
    loadCatalog: async (id) => loadPractice(`assessments/practices/${id}`, catalog),
    locale: 'zh-CN',
  });
  await model.loadSaved();
  return { model, puts };
}

describe('selection in the address', () => {
  it('round-trips saved IDs and the examples', () => {
    const sel = { saved: ['a b', 'c&d'], examples: true };
    expect(selectionFromHash(selectionToHash(sel))).toEqual(sel);
    expect(selectionToHash({ saved: [], examples: false })).toBe('');
    expect(selectionFromHash('#_top')).toEqual({ saved: [], examples: false });
  });
});

describe('compare model', () => {
  it('compares saved assessments read-only, and follows the address', async () => {
    const { model, puts } = await setup([
      ['s1', path('yunling')],
      ['s2', path('qingshi')],
    ]);
    expect(model.saved.value.status).toBe('ready');
    await model.toggleSaved('s1');
    expect(model.problem.value).toEqual({ code: 'too-few', count: 1 });
    expect(model.comparison.value).toBeUndefined();
    await model.toggleSaved('s2');
    expect(model.problem.value).toBeUndefined();
    expect(model.comparison.value!.candidates.map((c) => c.assessment.subject)).toEqual([
      '云岭智维信息技术有限公司（虚构）',
      '青石运维服务有限公司（虚构）',
    ]);
    expect(model.hash.value).toBe('#saved=s1,s2');
    await model.toggleSaved('s1');
    expect(model.sources.value).toHaveLength(1);

    await model.applyHash('#saved=s2,s1,gone');
    expect(model.sources.value.map((s) => s.key)).toEqual(['saved:s2', 'saved:s1']);
    expect(model.missingIds.value).toEqual(['gone']);
    // The address keeps naming the missing ID (a reload still says so) until the user changes the selection.
    expect(model.hash.value).toBe('#saved=s2,s1,gone');
    await model.toggleSaved('s1');
    expect(model.missingIds.value).toEqual([]);
    expect(model.hash.value).toBe('#saved=s2');
    expect(puts).toEqual([]);
  });

  it('loads the three examples and shows the numbers the CLI prints', async () => {
    const { model } = await setup();
    await model.applyHash('#examples=1');
    expect(model.sources.value.map((s) => s.label)).toEqual(NAMES.map((n) => `${n}.zh-CN.json`));
    const json = JSON.parse(model.exportFile('json')!.text) as CompareSummary;
    expect(json.assessments.map((a) => a.overall.score)).toEqual([83.33, 62.11, 35.5]);
    expect(json.commonScope).toEqual({ contents: ['6.2', '6.3'], modes: ['7.2'] });
    expect(model.hash.value).toBe('#examples=1');
  });

  it('names a file that cannot be used and still compares the others', async () => {
    const { model } = await setup();
    await model.addFiles([
      picked('a.json', text(path('yunling'))),
      picked('broken.json', '{ not json'),
      picked('huge.json', '{}', MAX_COMPARE_FILE_BYTES + 1),
      picked('empty.json', '  '),
      picked('b.json', text(path('lanwan'))),
    ]);
    expect(model.fileProblems.value.map((p) => [p.fileName, p.reason])).toEqual([
      ['broken.json', 'invalid'],
      ['huge.json', 'too-large'],
      ['empty.json', 'empty'],
    ]);
    expect(model.fileProblems.value[0]!.issues[0]!.code).toBe('not-json');
    expect(model.sources.value.map((s) => s.label)).toEqual(['a.json', 'b.json']);
    expect(model.comparison.value).toBeDefined();
    // Files cannot be kept in the address.
    expect(model.hash.value).toBe('');
  });

  it('refuses assessments of different catalogs, naming both', async () => {
    const { model } = await setup();
    await model.addFiles([
      picked('a.json', text(path('yunling'))),
      picked('handover.json', text('assessments/practices/handover/examples/partly-ready-project.json')),
    ]);
    expect(model.problem.value).toMatchObject({
      code: 'different-catalogs',
      first: { file: 'a.json', catalog: 'gbt28827.2' },
      other: { file: 'handover.json', catalog: 'handover' },
    });
    expect(model.comparison.value).toBeUndefined();
    await model.remove(model.sources.value[0]!.key);
    expect(model.catalog.value.structure.version).toBeDefined();
    expect('practice' in model.catalog.value.structure).toBe(true);
  });

  it('gives a fit ranking that equals the overall ranking until priorities differ', async () => {
    const { model } = await setup();
    await model.loadExamples();
    expect(model.equalPriorities.value).toBe(true);
    expect(model.fit.value.map((f) => f.fit)).toEqual(model.fit.value.map((f) => f.overall));
    model.setPriorityBasis('clause');
    for (const n of Object.keys(model.comparison.value!.candidates[0]!.common.result.supplier.clauses))
      model.setPriority(n, n === '6.3' ? 5 : 0);
    expect(model.equalPriorities.value).toBe(false);
    expect(model.fit.value[0]!.index).toBe(1);
    expect(model.exportFile('markdown')!.text).toContain('匹配度排名');
    model.resetPriorities();
    expect(model.priorities.value).toEqual({ basis: 'clause', weights: {} });
    expect(model.exportFile('markdown')!.text).not.toContain('匹配度排名');
  });

  it('filters the element differences', async () => {
    const { model } = await setup();
    await model.loadExamples();
    const all = model.differences.value.length;
    expect(model.differences.value.every((r) => r.differs)).toBe(true);
    model.setFilter({ onlyKey: true });
    expect(model.differences.value.every((r) => r.key)).toBe(true);
    expect(model.differences.value.length).toBeLessThan(all);
    model.setFilter({ onlyKey: false, onlyDiffering: false, clause: '5.3' });
    expect(model.differences.value.map((r) => r.clause)).toEqual(Array(9).fill('5.3'));
  });

  it('exports CSV with a byte-order mark and Markdown in the language asked', async () => {
    const { model } = await setup();
    expect(model.exportFile('csv')).toBeUndefined();
    await model.loadExamples();
    const csv = model.exportFile('csv')!;
    expect(csv.name).toBe('候选供方比较.zh-CN.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(model.exportFile('markdown', 'en')!.text).toContain('# Comparison of candidate suppliers');
  });

  it('shows the examples parse cleanly', async () => {
    for (const e of await examples()) expect(parseAssessment(e.raw).success).toBe(true);
  });
});
