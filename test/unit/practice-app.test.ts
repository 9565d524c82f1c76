/**
 * Related practices in the browser apps: the catalog client reads `/practices/<id>.json`, the questionnaire's
 * model creates, answers and imports practice assessments against their own catalog, the report model fetches
 * that catalog and scores exactly as the CLI does, and the strings speak of the practice's parties and sections.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AssessmentModel, type ImportSource } from '../../src/app/assessment-model.ts';
import { progressOf } from '../../src/app/assessment-progress.ts';
import { catalogUrl, parseCatalogResponse } from '../../src/app/catalog-client.ts';
import { rewordForPractice, stringsForPractice } from '../../src/app/practice-wording.ts';
import { createReportModel } from '../../src/app/report-model.ts';
import { AssessmentRepository, memoryStore } from '../../src/storage/storage.ts';
import { loadCatalog, loadPractices } from '../../src/loader/load.ts';
import { FULL_SCOPE, type CatalogId } from '../../src/engine/index.ts';
import { assessStrings } from '../../src/i18n/assess.ts';
import { reportStrings } from '../../src/i18n/report.ts';
import { runCli } from './fixtures/cli.ts';

const delivery = loadCatalog();
const practices = loadPractices(delivery);
const handover = practices.find((p) => p.structure.practice.id === 'handover')!;
const EXAMPLE = 'assessments/practices/handover/examples/partly-ready-project.json';
/** A served catalog file, loosely typed so a test can break it. */
type Raw = { elements: { weight?: unknown }[]; structure: { practice?: unknown } };
const served = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const source = (name: string, text: string): ImportSource => ({ name, size: text.length, text: async () => text });

describe('catalog client', () => {
  it('serves each practice at /practices/<id>.<locale>.json and the standard at /catalog.<locale>.json', () => {
    expect(catalogUrl('gbt28827.2', 'zh-CN')).toBe('/catalog.zh-CN.json');
    expect(catalogUrl('handover', 'en')).toBe('/practices/handover.en.json');
  });
  it.each(practices.map((p) => [p.structure.practice.id, p] as const))('reads %s back unchanged', (id, p) => {
    expect(parseCatalogResponse(served(p), id, 'en')).toEqual(p);
  });
  it.each<[string, CatalogId, (raw: Raw) => unknown, RegExp]>([
    [
      'a list of elements that is not a list',
      'handover',
      (raw) => ((raw as { elements: unknown }).elements = 'none'),
      /^practices\/handover\.zh-CN\.json: elements: not a list$/,
    ],
    [
      'an element without an ID',
      'handover',
      (raw) => delete (raw.elements[2] as { id?: unknown }).id,
      /^practices\/handover\.zh-CN\.json: elements\.2: not an element$/,
    ],
    [
      'a practice without its practice block',
      'handover',
      (raw) => delete raw.structure.practice,
      /^practices\/handover\.zh-CN\.json: structure\.practice\.id: is undefined, not handover$/,
    ],
    [
      'another practice under this name',
      'software',
      () => undefined,
      /^practices\/software\.zh-CN\.json: structure\.practice\.id: is handover, not software$/,
    ],
    [
      'the delivery catalog served as a practice',
      'handover',
      (raw) => Object.assign(raw, served({ structure: delivery.structure, elements: delivery.elements })),
      /^practices\/handover\.zh-CN\.json: structure\.practice\.id: /,
    ],
  ])('names the file and field of %s', (_name, id, breakIt, message) => {
    const raw = served(handover) as Raw;
    breakIt(raw);
    expect(() => parseCatalogResponse(raw, id, 'zh-CN')).toThrow(message);
  });
});

describe('questionnaire model with practices', () => {
  const setup = () => {
    let n = 0;
    const model = new AssessmentModel({
      store: memoryStore(),
      catalog: delivery,
      practices,
      now: () => new Date('2025-05-01T08:00:00Z'),
      newId: () => `id-${++n}`,
    });
    return model;
  };
  const fields = { title: '移交自查', subject: '项目组', perspective: 'supplier-self' as const, scope: FULL_SCOPE };

  it('creates a practice assessment against its own catalog and answers only its elements', async () => {
    const model = setup();
    await model.load();
    const created = await model.create({ ...fields, catalog: 'handover' });
    if (!created.success) throw new Error('not created');
    const a = model.find(created.id)!;
    expect(a).toMatchObject({ catalog: 'handover', catalogVersion: handover.structure.version });
    expect(model.catalogOf(a)).toBe(handover);
    expect(await model.setLevel(created.id, 'HO-APP-05', 'L')).toBe(true);
    expect(await model.setLevel(created.id, 'DM-PLAN-01', 'F')).toBe(false);
    const progress = progressOf(handover, model.find(created.id)!);
    expect(progress).toMatchObject({ answered: 1, total: 17 });
    expect(progress.clauses.every((c) => c.inScope)).toBe(true);
  });
  it('imports a practice file against its catalog and refuses one for a catalog the site lacks', async () => {
    const model = setup();
    const ok = await model.importFile(source('h.json', readFileSync(EXAMPLE, 'utf8')));
    expect(ok).toMatchObject({ success: true, assessment: { catalog: 'handover' }, warnings: [] });
    const only = new AssessmentModel({ store: memoryStore(), catalog: delivery });
    const refused = await only.importFile(source('h.json', readFileSync(EXAMPLE, 'utf8')));
    expect(refused).toMatchObject({
      success: false,
      issues: [
        {
          code: 'catalog-mismatch',
          path: 'catalog',
          message: 'this site has no catalog for related practice "handover"',
        },
      ],
    });
    const mixed = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
    mixed.catalog = 'software';
    const wrong = await model.importFile(source('m.json', JSON.stringify(mixed)));
    expect(wrong).toMatchObject({ success: false, reason: 'invalid' });
    if (!wrong.success)
      expect(wrong.issues[0]!.message).toMatch(
        /HO-PRJ-01 is an element of related practice "handover", not of related practice "software"/,
      );
  });
});

describe('questionnaire model fetching practices when needed', () => {
  const lazy = (store = memoryStore(), failing = false) => {
    const fetched: string[] = [];
    const model = new AssessmentModel({
      store,
      catalog: delivery,
      offered: ['gbt28827.2', ...practices.map((p) => p.structure.practice.id)],
      loadCatalog: async (id) => {
        fetched.push(id);
        if (failing) throw new Error(`/practices/${id}.zh-CN.json: HTTP 503`);
        return practices.find((p) => p.structure.practice.id === id)!;
      },
    });
    return { model, fetched };
  };
  const fields = { title: '移交自查', subject: '项目组', perspective: 'supplier-self' as const, scope: FULL_SCOPE };

  it('fetches no practice until one is used, then each only once', async () => {
    const { model, fetched } = lazy();
    await model.load();
    expect(fetched).toEqual([]);
    expect([...model.catalogs.keys()]).toEqual(['gbt28827.2']);
    expect(model.offered).toContain('handover');
    const created = await model.create({ ...fields, catalog: 'handover' });
    expect(created.success).toBe(true);
    expect(await model.ensureCatalog('handover')).toBe(handover);
    expect(fetched).toEqual(['handover']);
  });
  it('fetches the catalogs of saved assessments when it lists them', async () => {
    const store = memoryStore();
    const first = lazy(store);
    await first.model.importFile(source('h.json', readFileSync(EXAMPLE, 'utf8')));
    const second = lazy(store);
    await second.model.load();
    expect(second.fetched).toEqual(['handover']);
    expect(second.model.catalogOf(second.model.saved.value[0]!.assessment)).toBe(handover);
  });
  it('says why an import for a practice it could not fetch was refused, and stores nothing', async () => {
    const { model } = lazy(memoryStore(), true);
    const refused = await model.importFile(source('h.json', readFileSync(EXAMPLE, 'utf8')));
    expect(refused).toMatchObject({ success: false, reason: 'invalid' });
    if (!refused.success) expect(refused.issues[0]!.message).toMatch(/could not be loaded: .*HTTP 503/);
    await model.load();
    expect(model.saved.value).toEqual([]);
  });
  it('never fetches a catalog the site does not offer', async () => {
    const { model, fetched } = lazy();
    expect(await model.ensureCatalog('no-such-practice' as CatalogId)).toBeUndefined();
    expect(fetched).toEqual([]);
  });
});

describe('report model with practices', { timeout: 60_000 }, () => {
  it('fetches the practice catalog of a saved assessment and shows exactly the CLI numbers', async () => {
    const store = memoryStore();
    const fetched: string[] = [];
    const model = createReportModel({
      catalog: delivery,
      loadCatalog: async (id) => {
        fetched.push(id);
        return practices.find((p) => p.structure.practice.id === id)!;
      },
      repository: new AssessmentRepository(store),
      newId: () => 'opened',
      locale: 'en',
    });
    const id = await model.openFile('h.json', readFileSync(EXAMPLE, 'utf8'));
    expect(id).toBe('opened');
    await model.load(id!);
    expect(fetched).toEqual(['handover', 'handover']);
    const report = model.report.value!;
    expect(report.catalog).toBe(handover);
    expect(report.issues).toEqual([]);
    const cli = runCli('score', EXAMPLE);
    expect(JSON.parse(cli.stdout)).toEqual(report.summary);
    expect((await model.markdownExport())!.text).toContain('Related practice — not part of GB/T 28827.2');
  });
  it('says which catalog could not be loaded', async () => {
    const model = createReportModel({
      catalog: delivery,
      repository: new AssessmentRepository(memoryStore()),
      newId: () => 'x',
      locale: 'zh-CN',
    });
    expect(await model.openFile('h.json', readFileSync(EXAMPLE, 'utf8'))).toBeUndefined();
    expect(model.fileStatus.value).toMatchObject({
      state: 'failed',
      issues: [{ code: 'catalog-mismatch', message: expect.stringMatching(/related practice "handover"/) }],
    });
  });
});

describe('practice wording', () => {
  const zh = { supplier: '移交方', customer: '接收方' };
  const en = { supplier: 'Handing-over party', customer: 'Receiving O&M side' };
  it.each([
    ['zh-CN', '被评估供方', '被评估移交方'],
    ['zh-CN', '需方准备度单独计分，不影响供方的得分', '接收方准备度单独计分，不影响移交方的得分'],
    ['zh-CN', '第 {n} 章 {title}', '第 {n} 部分 {title}'],
    ['zh-CN', '上一条：{clause}', '上一节：{clause}'],
    ['zh-CN', '各条得分', '各节得分'],
    ['en', 'Supplier self-assessment', 'Handing-over party self-assessment'],
    ['en', "the supplier's score", "the handing-over party's score"],
    ['en', 'There is no clause {clause}.', 'There is no section {clause}.'],
    ['en', 'Scores by chapter', 'Scores by part'],
  ] as const)('%s: %s → %s', (locale, from, to) => {
    expect(rewordForPractice(from, locale === 'en' ? en : zh, locale)).toBe(to);
  });
  it.each(['zh-CN', 'en'] as const)('leaves no supplier, customer, chapter or clause in the %s strings', (locale) => {
    const names = locale === 'en' ? en : zh;
    const words = locale === 'en' ? /\b(supplier|customer|chapter|clause)\b(?!\})/i : /供方|需方|条款|各章|各条/;
    const dictionaries: Record<string, string>[] = [assessStrings(locale), reportStrings(locale)];
    for (const strings of dictionaries) {
      const reworded = stringsForPractice(strings, names, locale);
      const left = Object.entries(reworded).filter(
        ([key, text]) =>
          !key.startsWith('scope.') && !key.startsWith('meta.scope') && words.test(text.replace(/\{\w+\}/g, '')),
      );
      expect(left).toEqual([]);
    }
  });
});
