/**
 * URL scheme of the portal, in one pure module (no Node, no DOM) so pages, islands and exports agree:
 * zh-CN at `/`, English under `/en/`; a clause page is `/5-2/`, an element its anchor `/5-2/#DM-PLAN-01`.
 * A related-practice catalog has one page, `/practices/handover/`, and its elements are anchors on it.
 */
import { practiceOfElementId, type Locale, type PracticeId } from '../catalog/schema.ts';

/** Prefix of a locale's pages. */
export const localePrefix = (locale: Locale) => (locale === 'en' ? '/en/' : '/');

/** Slug of a clause page: `5.2` → `5-2`. */
export const clauseSlug = (clause: string) => clause.replace('.', '-');

export const clauseHref = (clause: string, locale: Locale) => `${localePrefix(locale)}${clauseSlug(clause)}/`;

export { practiceOfElementId };

/** Anchor of a section of a related-practice page: `1.2` → `section-1-2`. */
export const sectionAnchor = (number: string) => `section-${number.replace('.', '-')}`;

/** Page of a related-practice catalog. */
export const practiceHref = (practice: PracticeId, locale: Locale) => `${localePrefix(locale)}practices/${practice}/`;

/** The questionnaire with a new assessment of a related practice preselected. */
export const practiceAssessHref = (practice: PracticeId, locale: Locale) =>
  `${localePrefix(locale)}assess/?catalog=${practice}`;

/**
 * Where an element's card is, below a locale's prefix: on its clause page (`5-2/#DM-PLAN-01`), or on its
 * practice's page for a related-practice element (`practices/handover/#HO-APP-01`).
 */
export function elementPath(id: string, clause: string): string {
  const practice = practiceOfElementId(id);
  return `${practice ? `practices/${practice}` : clauseSlug(clause)}/#${id}`;
}

/** An element's card in a language. */
export const elementAnchorHref = (id: string, clause: string, locale: Locale) =>
  `${localePrefix(locale)}${elementPath(id, clause)}`;

export const termHref = (id: string, locale: Locale) => `${localePrefix(locale)}glossary/#term-${id}`;
export const chapterHref = (chapter: string, locale: Locale) => `${localePrefix(locale)}chapter-${chapter}/`;
export const pageHref = (slug: string, locale: Locale) => `${localePrefix(locale)}${slug}/`;
