/**
 * The catalog as the site sees it: loaded once per build from `assessments/`, plus the paths and lookups
 * pages need. An invalid catalog throws here, which fails the build with the loader's message.
 */
import { loadCatalog } from '../loader/load.ts';
import type { Catalog, Element, Locale } from '../catalog/schema.ts';
import { localizeTexts } from '../catalog/localize.ts';
import { reportCatalog } from '../catalog/report-catalog.ts';

let cached: Catalog | undefined;
export function catalog(): Catalog {
  cached ??= loadCatalog();
  return cached;
}

/**
 * The text of a catalog file the browser fetches, in one language: `full` is `/catalog.<locale>.json` (structure and
 * elements), `report` is `/catalog-report.<locale>.json`, the report's cut of the same catalog.
 */
export function catalogJson(locale: Locale, variant: 'full' | 'report'): string {
  const { structure, elements } = catalog();
  const whole = { structure, elements };
  return JSON.stringify(localizeTexts(variant === 'report' ? reportCatalog(whole) : whole, locale));
}

/** `zh-CN` for Starlight's root locale, `en` otherwise. */
export function toLocale(lang: string | undefined): Locale {
  return lang === 'en' ? 'en' : 'zh-CN';
}

export { chapterHref, clauseHref, localePrefix, pageHref, termHref } from './paths.ts';

export function clauseByNumber(number: string) {
  for (const chapter of catalog().structure.chapters) {
    const clause = chapter.clauses.find((c) => c.number === number);
    if (clause) return { chapter, clause };
  }
  throw new Error(`Unknown clause "${number}" referenced from a page`);
}

export function chapterByNumber(number: string) {
  const chapter = catalog().structure.chapters.find((c) => c.number === number);
  if (!chapter) throw new Error(`Unknown chapter "${number}" referenced from a page`);
  return chapter;
}

export function termById(id: string) {
  const term = catalog().terms.find((t) => t.id === id);
  if (!term) throw new Error(`Unknown term "${id}" referenced from a page`);
  return term;
}

/** Elements of a clause in catalog order. */
export const elementsOfClause = (clause: string) => catalog().elements.filter((e) => e.clause === clause);

/** Counts shown in overviews: scored requirements in all, by party, and key ones. */
export function requirementCounts(elements: readonly Element[]) {
  const req = elements.filter((e) => e.kind === 'requirement');
  return {
    total: req.length,
    supplier: req.filter((e) => e.party === 'supplier').length,
    customer: req.filter((e) => e.party === 'customer').length,
    key: req.filter((e) => e.key).length,
  };
}

/** Counts of one clause's requirements. */
export const clauseCounts = (clause: string) => requirementCounts(elementsOfClause(clause));
