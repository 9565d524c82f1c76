/**
 * URL scheme of the portal, in one pure module (no Node, no DOM) so pages, islands and exports agree:
 * zh-CN at `/`, English under `/en/`; a clause page is `/5-2/`, an element its anchor `/5-2/#DM-PLAN-01`.
 */
import type { Locale } from '../catalog/schema.ts';

/** Prefix of a locale's pages. */
export const localePrefix = (locale: Locale) => (locale === 'en' ? '/en/' : '/');

/** Slug of a clause page: `5.2` → `5-2`. */
export const clauseSlug = (clause: string) => clause.replace('.', '-');

export const clauseHref = (clause: string, locale: Locale) => `${localePrefix(locale)}${clauseSlug(clause)}/`;

/** An element's card on its clause page. */
export const elementAnchorHref = (id: string, clause: string, locale: Locale) => `${clauseHref(clause, locale)}#${id}`;

export const termHref = (id: string, locale: Locale) => `${localePrefix(locale)}glossary/#term-${id}`;
export const chapterHref = (chapter: string, locale: Locale) => `${localePrefix(locale)}chapter-${chapter}/`;
export const pageHref = (slug: string, locale: Locale) => `${localePrefix(locale)}${slug}/`;
