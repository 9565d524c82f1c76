/**
 * The template exports' words in another language (`/template-strings.<locale>.json`, fetched when a template is
 * exported in a language other than its page's): the file holds exactly the dictionaries' export strings and the
 * catalog's category names, it is checked and fetched once per language, and every template's Markdown written
 * from it is byte-identical to the Markdown written from the dictionaries the islands used to carry for both
 * languages.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/catalog/locales.ts';
import { outlineToMarkdown } from '../../src/engine/outline.ts';
import { pickStrings, templateDictionaries } from '../../src/i18n/templates.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { GET } from '../../src/pages/template-strings.[locale].json.ts';
import { checklistItems, checklistOutline, newChecklistDocument } from '../../src/templates/checklist.ts';
import { newPlansDocument } from '../../src/templates/plans.ts';
import { plansOutline } from '../../src/templates/plans-outline.ts';
import { PLAN_KINDS, planKindShapes, resolvedPlanKinds } from '../../src/templates/plan-kinds.ts';
import { resolvePlanKinds } from '../../src/templates/plan-structure.ts';
import { newPriorityDocument, priorityDefaults } from '../../src/templates/priority-document.ts';
import { priorityOutline } from '../../src/templates/priority-outline.ts';
import { catalogueOutline, newCatalogueDocument } from '../../src/templates/service-catalogue.ts';
import { emptyService, newSlaDocument, type CategoryNames } from '../../src/templates/sla.ts';
import { slaOutline } from '../../src/templates/sla-outline.ts';
import {
  fetchTemplateWords,
  parseTemplateWords,
  templateStringsUrl,
} from '../../src/templates/template-strings-client.ts';

const catalog = loadCatalog();
const NOW = '2025-03-07T10:30:00.000Z';
const TZ = 'Asia/Shanghai';
const LOCALES: Locale[] = ['zh-CN', 'en'];
/** What the islands carried for each language before (SlaTemplate.astro, CatalogueTemplate.astro). */
const categories = (l: Locale) =>
  Object.fromEntries(catalog.appendixA.categories.map((c) => [c.id, c.name[l]])) as CategoryNames;

/** What the built endpoint serves for a language, parsed as the browser parses it. */
async function served(locale: Locale): Promise<unknown> {
  const res = await GET({ params: { locale } } as unknown as Parameters<typeof GET>[0]);
  return JSON.parse(await res.text()) as unknown;
}

describe('/template-strings.<locale>.json', () => {
  it.each(LOCALES)('serves the dictionary’s export strings and the catalog’s category names (%s)', async (locale) => {
    const file = (await served(locale)) as { strings: Record<string, string>; categories: CategoryNames };
    expect(file.categories).toEqual(categories(locale));
    const dict = templateDictionaries[locale] as Record<string, string>;
    for (const [key, value] of Object.entries(file.strings)) expect(dict[key], key).toBe(value);
    // Every string any island used to carry for its exports is there; the UI-only parts are not.
    for (const prefixes of [
      ['sla.', 'md.', 'common.'],
      ['catalogue.', 'sla.', 'md.', 'common.'],
      ['md.', 'common.', 'priority.'],
      ['md.', 'common.', 'checklist.'],
      ['plans.', 'md.', 'common.'],
    ])
      expect(file.strings).toMatchObject(pickStrings(locale, prefixes));
    expect(Object.keys(file.strings).filter((k) => /^(toolbar|issue|type|hub|element)\./.test(k))).toEqual([]);
    expect(parseTemplateWords(file, locale)).toEqual(file);
  });

  it('is checked, naming the file', () => {
    expect(() => parseTemplateWords({ strings: { a: 1 }, categories: {} }, 'en')).toThrow(
      /^template-strings\.en\.json: strings: not a dictionary of strings$/,
    );
    expect(() => parseTemplateWords({ strings: {} }, 'zh-CN')).toThrow(
      /^template-strings\.zh-CN\.json: categories: not a dictionary of strings$/,
    );
    expect(() => parseTemplateWords(null, 'en')).toThrow(/^template-strings\.en\.json: strings: /);
    expect(templateStringsUrl('en')).toBe('/template-strings.en.json');
  });

  it('is fetched once per language, and again after a failure', async () => {
    const file = await served('en');
    const asked: string[] = [];
    let fail = true;
    const fetcher = async (url: string) => {
      asked.push(url);
      return fail
        ? { ok: false, status: 503, json: async () => null }
        : { ok: true, status: 200, json: async () => file };
    };
    await expect(fetchTemplateWords('en', fetcher)).rejects.toThrow(/^\/template-strings\.en\.json: HTTP 503$/);
    fail = false;
    const words = await fetchTemplateWords('en', fetcher);
    expect(await fetchTemplateWords('en', fetcher)).toBe(words);
    expect(asked).toEqual(['/template-strings.en.json', '/template-strings.en.json']);
  });
});

describe('Markdown in the other language, from the fetched words', () => {
  const targets = catalog.appendixC.example.priorities.map((p) => ({
    priority: p.name['zh-CN'],
    responseMinutes: p.responseMinutes,
    resolutionMinutes: p.resolutionMinutes,
  }));
  const fromFile = async (l: Locale) => parseTemplateWords(await served(l), l);

  it.each(LOCALES)('is byte-identical to the Markdown from the full dictionary, for every template (%s)', async (l) => {
    const w = await fromFile(l);
    const same = (fromDictionary: string, fromWords: string) => {
      expect(fromWords.length).toBeGreaterThan(0);
      expect(fromWords).toBe(fromDictionary);
    };
    const services = [{ ...emptyService(), category: 'hardware' as const, name: 'Servers' }];
    const sla = { ...newSlaDocument('SLA', NOW, targets), supplier: 'A', customer: 'B', services };
    same(
      outlineToMarkdown(slaOutline(sla, pickStrings(l, ['sla.', 'md.', 'common.']), categories(l), TZ)),
      outlineToMarkdown(slaOutline(sla, w.strings, w.categories, TZ)),
    );
    const cat = { ...newCatalogueDocument('Catalogue', NOW), services };
    same(
      outlineToMarkdown(
        catalogueOutline(cat, pickStrings(l, ['catalogue.', 'sla.', 'md.', 'common.']), categories(l), TZ),
      ),
      outlineToMarkdown(catalogueOutline(cat, w.strings, w.categories, TZ)),
    );
    const pr = newPriorityDocument(priorityDefaults(catalog.appendixC.example, 'zh-CN'), 'Priority', NOW);
    same(
      outlineToMarkdown(priorityOutline(pr, pickStrings(l, ['md.', 'common.', 'priority.']), true, TZ)),
      outlineToMarkdown(priorityOutline(pr, w.strings, true, TZ)),
    );
    for (const kind of ['checklist-onsite', 'checklist-remote'] as const) {
      const items = checklistItems(kind, catalog.elements);
      const doc = newChecklistDocument(kind, 'Checklist', NOW);
      same(
        outlineToMarkdown(checklistOutline(doc, items, l, pickStrings(l, ['md.', 'common.', 'checklist.']), TZ)),
        outlineToMarkdown(checklistOutline(doc, items, l, w.strings, TZ)),
      );
    }
    for (const kind of PLAN_KINDS) {
      const doc = newPlansDocument('Plan', NOW, kind.id);
      same(
        outlineToMarkdown(plansOutline(doc, resolvedPlanKinds(l), pickStrings(l, ['plans.', 'md.', 'common.']), TZ)),
        outlineToMarkdown(plansOutline(doc, resolvePlanKinds(planKindShapes(), w.planKinds), w.strings, TZ)),
      );
    }
  });
});
