/**
 * The template exports' words in another language than the page's, fetched when the user exports in it: an editor
 * island carries its own language's Markdown/Word words (and the catalogue's category names, or the plan kinds'
 * words) in its props, and `/template-strings.<locale>.json` (built from the same dictionaries and kind files,
 * `src/pages/template-strings.[locale].json.ts`) carries each language's for every template. Fetched once per page
 * and language; a broken file fails here with a message that names it.
 */
import type { TemplateExportStrings } from '../i18n/templates.ts';
import { localeWords } from '../lib/locale-words.ts';
import type { PlanKindWords } from './plan-structure.ts';
import type { CategoryNames } from './sla.ts';

/**
 * One language's words of every template's exports, the names of the catalogue's service categories, and the words
 * of the plan kinds (names, purposes, notes, section titles and hints, column headings).
 */
export interface TemplateWords {
  strings: TemplateExportStrings;
  categories: CategoryNames;
  planKinds: PlanKindWords;
}

const words = localeWords<TemplateWords>('template-strings', ['strings', 'categories', 'planKinds']);

/** Where one language's words are served, below the site's base path: `/template-strings.en.json`. */
export const templateStringsUrl = words.url;

/** Checks a parsed `/template-strings.<locale>.json`; throws an Error naming the file and what is wrong. */
export const parseTemplateWords = words.parse;

/** The exports' words in `locale`, fetched once per page and language (a failed request is tried again next time). */
export const fetchTemplateWords = words.fetch;
