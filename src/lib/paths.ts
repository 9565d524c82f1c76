/**
 * URL scheme of the portal, in one pure module (no Node, no DOM) so pages, islands and exports agree:
 * zh-CN at `/`, English under `/en/`; a clause page is `/5-2/`, an element its anchor `/5-2/#DM-PLAN-01`.
 * A related-practice catalog has one page, `/practices/handover/`, and its elements are anchors on it.
 */
import { PRACTICE_IDS, PRACTICE_PREFIXES, type Locale, type PracticeId } from '../catalog/schema.ts';

/** Prefix of a locale's pages. */
export const localePrefix = (locale: Locale) => (locale === 'en' ? '/en/' : '/');

/** Slug of a clause page: `5.2` → `5-2`. */
export const clauseSlug = (clause: string) => clause.replace('.', '-');

export const clauseHref = (clause: string, locale: Locale) => `${localePrefix(locale)}${clauseSlug(clause)}/`;

/** The practice catalog an element ID belongs to (by its prefix), or undefined for a GB/T 28827.2 element. */
export const practiceOfElementId = (id: string): PracticeId | undefined =>
  PRACTICE_IDS.find((p) => id.startsWith(`${PRACTICE_PREFIXES[p]}-`));

/** Anchor of a section of a related-practice page: `1.2` → `section-1-2`. */
export const sectionAnchor = (number: string) => `section-${number.replace('.', '-')}`;

/** Page of a related-practice catalog. */
export const practiceHref = (practice: PracticeId, locale: Locale) => `${localePrefix(locale)}practices/${practice}/`;

/** An element's card: on its clause page, or on its practice's page for a related-practice element. */
export function elementAnchorHref(id: string, clause: string, locale: Locale): string {
  const practice = practiceOfElementId(id);
  return `${practice ? practiceHref(practice, locale) : clauseHref(clause, locale)}#${id}`;
}

export const termHref = (id: string, locale: Locale) => `${localePrefix(locale)}glossary/#term-${id}`;
export const chapterHref = (chapter: string, locale: Locale) => `${localePrefix(locale)}chapter-${chapter}/`;
export const pageHref = (slug: string, locale: Locale) => `${localePrefix(locale)}${slug}/`;
