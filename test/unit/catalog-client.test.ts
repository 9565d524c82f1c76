import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { isLocalizedText, localizeTexts, mergeLocaleTexts } from '../../src/catalog/localize.ts';
import { catalogUrl, fetchCatalog, fetchReportCatalog, parseCatalogResponse } from '../../src/app/catalog-client.ts';
import { reportCatalog } from '../../src/catalog/report-catalog.ts';
import type { Locale } from '../../src/catalog/schema.ts';

const { structure, elements } = loadCatalog();
const full = { structure, elements };
const whole = JSON.parse(JSON.stringify(full)) as typeof full;
/** What `/catalog.<locale>.json` serves. */
const served = (locale: Locale) => JSON.parse(JSON.stringify(localizeTexts(full, locale))) as unknown;

describe('one language of the catalog', () => {
  it('keeps only the asked language of every text, and nothing else changes', () => {
    const zh = localizeTexts(full, 'zh-CN');
    expect(zh.elements[0]!.title).toEqual({ 'zh-CN': elements[0]!.title['zh-CN'] });
    expect(zh.elements[0]!.id).toBe(elements[0]!.id);
    expect(JSON.stringify(zh)).not.toContain(elements[0]!.requirement.en);
    expect(JSON.stringify(localizeTexts(full, 'en'))).not.toContain(elements[0]!.requirement['zh-CN']);
  });
  it('is smaller than the catalog in both languages', () => {
    const size = (v: unknown) => JSON.stringify(v).length;
    expect(size(localizeTexts(full, 'zh-CN'))).toBeLessThan(size(full) * 0.6);
  });
  it('merges two languages back into the whole catalog', () => {
    const target = served('zh-CN');
    mergeLocaleTexts(target, served('en'), 'en');
    expect(target).toEqual(whole);
  });
  it('refuses files of different shapes (different builds)', () => {
    const other = served('en') as { elements: unknown[] };
    other.elements.pop();
    expect(() => mergeLocaleTexts(served('zh-CN'), other, 'en')).toThrow(/^elements: not the same list$/);
  });
  it('round-trips any tree of two-language texts (property)', () => {
    const text = fc.record({ 'zh-CN': fc.string(), en: fc.string() });
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.string(),
        fc.integer(),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'title'), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        const target = structuredClone(localizeTexts(value, 'en'));
        mergeLocaleTexts(target, localizeTexts(value, 'zh-CN'), 'zh-CN');
        expect(target).toEqual(value);
      }),
    );
  });
  it('recognises a text in both languages only by its two keys', () => {
    expect(isLocalizedText({ 'zh-CN': 'a', en: 'b' })).toBe(true);
    expect(isLocalizedText({ 'zh-CN': 'a' })).toBe(false);
    expect(isLocalizedText({ 'zh-CN': 'a', en: 'b', x: 'c' })).toBe(false);
    expect(isLocalizedText({ 'zh-CN': 'a', en: 1 })).toBe(false);
  });
});

describe('parseCatalogResponse', () => {
  it('reads what /catalog.<locale>.json serves', () => {
    expect(parseCatalogResponse(served('en'), 'gbt28827.2', 'en')).toEqual(localizeTexts(full, 'en'));
  });
  it('names the file and what is wrong', () => {
    const broken = served('zh-CN') as { structure: { chapters?: unknown } };
    delete broken.structure.chapters;
    expect(() => parseCatalogResponse(broken, 'gbt28827.2', 'zh-CN')).toThrow(
      /^catalog\.zh-CN\.json: structure\.chapters: not a list$/,
    );
    expect(() => parseCatalogResponse(null, 'gbt28827.2', 'en')).toThrow(/^catalog\.en\.json: \(file\): /);
  });
});

describe('fetchCatalog', () => {
  /** A fetcher serving the two language files, counting requests; `failing` answers 503 for those URLs. */
  const server = (failing = new Set<string>()) => {
    const asked: string[] = [];
    const fetcher = async (url: string) => {
      asked.push(url);
      const locale = url.includes('.en.') ? 'en' : 'zh-CN';
      const body = url.startsWith('/catalog-report.')
        ? (JSON.parse(JSON.stringify(localizeTexts(reportCatalog(full), locale))) as unknown)
        : served(locale);
      return failing.has(url)
        ? { ok: false, status: 503, json: async () => null }
        : { ok: true, status: 200, json: async () => body };
    };
    return { asked, fetcher };
  };

  it('fetches a language once and adds another to the same object', async () => {
    const { asked, fetcher } = server();
    // Each test uses its own catalog ID's cache entry through a fresh module state: the delivery catalog here.
    const zh = await fetchCatalog('gbt28827.2', 'zh-CN', fetcher);
    expect(zh.elements[0]!.title.en).toBeUndefined();
    expect(await fetchCatalog('gbt28827.2', 'zh-CN', fetcher)).toBe(zh);
    const en = await fetchCatalog('gbt28827.2', 'en', fetcher);
    expect(en).toBe(zh);
    expect(zh).toEqual(whole);
    expect(asked).toEqual(['/catalog.zh-CN.json', '/catalog.en.json']);
  });

  it("fetches the report's cut of the delivery catalog into its own object, a language at a time", async () => {
    const { asked, fetcher } = server();
    const whole = await fetchCatalog('gbt28827.2', 'zh-CN', fetcher);
    const cut = await fetchReportCatalog('gbt28827.2', 'zh-CN', fetcher);
    expect(cut).not.toBe(whole);
    expect(cut.elements[0]!.requirement).toBeUndefined();
    expect(cut.elements[0]!.title['zh-CN']).toBe(elements[0]!.title['zh-CN']);
    expect(await fetchReportCatalog('gbt28827.2', 'en', fetcher)).toBe(cut);
    expect(cut.elements[0]!.title.en).toBe(elements[0]!.title.en);
    expect(asked.filter((u) => u.startsWith('/catalog-report.'))).toEqual([
      '/catalog-report.zh-CN.json',
      '/catalog-report.en.json',
    ]);
  });

  it('serves a related practice from one file, whole, to the report and the other pages alike', () => {
    expect(catalogUrl('handover', 'en', 'report')).toBe('/practices/handover.en.json');
    expect(catalogUrl('gbt28827.2', 'en', 'report')).toBe('/catalog-report.en.json');
  });

  it('forgets a failed request, so the next call tries again', async () => {
    const { asked, fetcher } = server(new Set(['/practices/handover.en.json']));
    await expect(fetchCatalog('handover', 'en', fetcher)).rejects.toThrow(
      /^\/practices\/handover\.en\.json: HTTP 503$/,
    );
    await expect(fetchCatalog('handover', 'en', fetcher)).rejects.toThrow(/HTTP 503/);
    expect(asked).toHaveLength(2);
  });
});
