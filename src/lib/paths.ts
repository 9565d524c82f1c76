/**
 * URL scheme of the portal, in one pure module (no Node, no DOM) so pages, islands and exports agree:
 * zh-CN at `/`, English under `/en/`; a clause page is `/5-2/`, an element its anchor `/5-2/#DM-PLAN-01`.
 * A related-practice catalog has one page, `/practices/handover/`, and its elements are anchors on it.
 * Every link starts with the site's base path (`/` by default; `BASE=/gbt28827/ npm run build` serves the
 * site from `/gbt28827/`, so a clause page is `/gbt28827/5-2/`).
 */
import { practiceOfElementId, type Locale, type PracticeId } from '../catalog/locales.ts';
import { normalizeBase } from './base-links.mjs';

/**
 * The site's base path, as Astro's `base` gives it to every page and island (`import.meta.env.BASE_URL`). Under
 * plain Node (the CLI, which builds no links) there is no `import.meta.env` and the base is `/`.
 */
// The optional chain is for plain Node (the e2e suite imports these helpers), where `import.meta.env` is undefined.
export const BASE: string = normalizeBase(import.meta.env?.BASE_URL ?? '/');

/** A site-root path below a base: (`/gbt28827/`, `/catalog.json`) → `/gbt28827/catalog.json`. */
export const joinBase = (base: string, path: string) => `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;

/** A site-root path below this build's base: `/catalog.json` → `/gbt28827/catalog.json`. */
export const withBase = (path: string) => joinBase(BASE, path);

/** Prefix of a locale's pages: `/` and `/en/` below the base. */
export const localePrefix = (locale: Locale) => withBase(locale === 'en' ? '/en/' : '/');

/** Slug of a clause page: `5.2` → `5-2`. */
const clauseSlug = (clause: string) => clause.replace('.', '-');

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
