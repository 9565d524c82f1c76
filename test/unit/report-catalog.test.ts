/**
 * The report's cut of the catalog (`/catalog-report.<locale>.json`, src/catalog/report-catalog.ts): it carries every
 * field the report reads while it is drawn and exported, and the report and its exports come out the same from it
 * as from the whole catalog, for every example in both languages.
 */
import { readFileSync } from 'node:fs';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/catalog/schema.ts';
import { LOCALES } from '../../src/catalog/locales.ts';
import { REPORT_ELEMENT_FIELDS, reportCatalog } from '../../src/catalog/report-catalog.ts';
import { catalogJson } from '../../src/lib/catalog.ts';
import { assessmentFromJson } from '../../src/engine/assessment-file.ts';
import type { EngineCatalog } from '../../src/engine/catalog-index.ts';
import { createReportModel } from '../../src/app/report-model.ts';
import { translator } from '../../src/app/report-format.ts';
import { reportStrings } from '../../src/i18n/report.ts';
import { reviewStrings } from '../../src/i18n/review.ts';
import { ReportPage } from '../../src/islands/ReportApp.tsx';
import { AssessmentRepository, memoryStore } from '../../src/storage/storage.ts';
import { loadCatalog } from '../../src/loader/load.ts';

const EXAMPLES = ['weak-supplier', 'strong-supplier', 'reviewed-self-assessment'];
const exampleText = (name: string) =>
  readFileSync(new URL(`../../assessments/examples/${name}.json`, import.meta.url), 'utf8');
function example(name: string) {
  const parsed = assessmentFromJson(exampleText(name));
  if (!parsed.success) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return parsed.assessment;
}
/** What each file serves, as the browser parses it. */
const served = (locale: Locale, variant: 'full' | 'report') =>
  JSON.parse(catalogJson(locale, variant)) as EngineCatalog;

/**
 * A deep view of `value` that notes the path of every field of its own that is read (`.elements.*.title`, array items
 * as `*`); array methods and lengths are not fields.
 */
function recording<T extends object>(value: T, read: Set<string>, path = ''): T {
  return new Proxy(value, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      if (typeof key !== 'string' || !Object.hasOwn(target, key)) return v;
      const array = Array.isArray(target);
      if (array && key === 'length') return v;
      const here = array ? `${path}.*` : `${path}.${key}`;
      read.add(here);
      return typeof v === 'object' && v !== null ? recording(v, read, here) : v;
    },
  });
}

/** The paths of every field `value` has, written as `recording` notes them. */
function fieldsOf(value: unknown, path = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((x) => fieldsOf(x, (into.add(`${path}.*`), `${path}.*`), into));
  else if (typeof value === 'object' && value !== null)
    for (const [k, x] of Object.entries(value)) fieldsOf(x, (into.add(`${path}.${k}`), `${path}.${k}`), into);
  return into;
}

const STRINGS = { 'zh-CN': reportStrings('zh-CN'), en: reportStrings('en') };
const REVIEW = { 'zh-CN': reviewStrings('zh-CN'), en: reviewStrings('en') };
const HREF = { 'zh-CN': '/scoring/', en: '/en/scoring/' };

/** The report model over `catalog`, with `name` loaded; the Excel export gets `whole` from loadWholeCatalog. */
async function loaded(catalog: EngineCatalog, name: string, locale: Locale) {
  const repository = new AssessmentRepository(memoryStore());
  await repository.save('a', example(name));
  const model = createReportModel({
    catalog,
    repository,
    newId: () => 'b',
    locale,
    now: () => new Date('2025-04-01T08:00:00Z'),
    timeZone: 'Asia/Shanghai',
  });
  await model.load('a');
  return model;
}

/** The report page as it is drawn, and every export whose text comes from the catalog. */
async function drawnAndExported(catalog: EngineCatalog, name: string, locale: Locale) {
  const model = await loaded(catalog, name, locale);
  const html = renderToString(
    h(ReportPage, {
      model,
      t: translator(STRINGS[locale]),
      uiLocale: locale,
      strings: STRINGS[locale],
      assessHref: '/assess/',
      scoringHref: HREF,
      reviewStrings: REVIEW[locale],
      reviewHref: '/review/',
    }),
  );
  const word = await model.wordExport();
  return {
    html,
    markdown: (await model.markdownExport())?.text,
    word: JSON.stringify(word),
    planCsv: (await model.exportFile('plan-csv'))?.text,
    elementsCsv: (await model.exportFile('elements-csv'))?.text,
  };
}

describe('the report catalog', () => {
  it('is the catalog with fewer fields: the same elements and clause tree, each kept field unchanged', () => {
    const { structure, elements } = loadCatalog();
    const cut = reportCatalog({ structure, elements });
    expect(cut.elements.map((e) => e.id)).toEqual(elements.map((e) => e.id));
    cut.elements.forEach((e, i) => {
      for (const [key, value] of Object.entries(e)) expect(value).toEqual(elements[i]![key as keyof typeof e]);
      expect(Object.keys(e).every((k) => (REPORT_ELEMENT_FIELDS as readonly string[]).includes(k))).toBe(true);
    });
    expect(cut.structure.version).toBe(structure.version);
    expect(cut.structure.chapters.map((c) => c.clauses.map((cl) => cl.elements))).toEqual(
      structure.chapters.map((c) => c.clauses.map((cl) => cl.elements)),
    );
  });

  it('is less than half the size of the whole catalog in each language', () => {
    for (const locale of LOCALES)
      expect(catalogJson(locale, 'report').length).toBeLessThan(catalogJson(locale, 'full').length / 2);
  });

  it.each(EXAMPLES.flatMap((name) => LOCALES.map((locale) => [name, locale] as const)))(
    '%s (%s): carries every field the report reads while drawn and exported',
    async (name, locale) => {
      const read = new Set<string>();
      await drawnAndExported(recording(served(locale, 'full'), read), name, locale);
      const kept = fieldsOf(served(locale, 'report'));
      expect([...read].filter((p) => !kept.has(p))).toEqual([]);
      // The recorder sees what the views and the engine read.
      for (const field of ['.elements.*.title', '.elements.*.guidance', '.structure.chapters.*.clauses.*.title'])
        expect(read).toContain(field);
      expect(read).not.toContain('.elements.*.requirement');
    },
  );

  it.each(EXAMPLES.flatMap((name) => LOCALES.map((locale) => [name, locale] as const)))(
    '%s (%s): the report and its exports are the same from the cut as from the whole catalog',
    async (name, locale) => {
      const whole = await drawnAndExported(served(locale, 'full'), name, locale);
      const cut = await drawnAndExported(served(locale, 'report'), name, locale);
      expect(whole.html).toContain('data-testid="report"');
      expect(cut).toEqual(whole);
    },
  );

  it('hands the Excel export the whole catalog in the report language, fetched when asked for', async () => {
    const whole = served('en', 'full');
    const asked: unknown[] = [];
    const model = createReportModel({
      catalog: served('zh-CN', 'report'),
      repository: new AssessmentRepository(memoryStore()),
      newId: () => 'a',
      locale: 'zh-CN',
      loadLocale: async () => undefined,
      loadWholeCatalog: async (id, locale) => (asked.push(`${id} ${locale}`), whole),
      loadOffice: async () =>
        ({
          assessmentToXlsx: async (catalog: EngineCatalog) => (asked.push(catalog), new Uint8Array([1])),
        }) as never,
    });
    expect(await model.openFile('weak.json', exampleText('weak-supplier'))).toBe('a');
    await model.load('a');
    await model.setReportLocale('en');
    expect(asked).toEqual([]);
    const file = await model.exportXlsx();
    expect(file?.name).toMatch(/\.en\.xlsx$/);
    expect(asked).toEqual(['gbt28827.2 en', whole]);
  });
});
