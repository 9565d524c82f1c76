/**
 * The template exports' words in another language than the page's, fetched when the user exports in it: an editor
 * island carries its own language's Markdown/Word words (and the catalogue's category names) in its props, and
 * `/template-strings.<locale>.json` (built from the same dictionaries, `src/pages/template-strings.[locale].json.ts`)
 * carries each language's for every template. Fetched once per page and language; a broken file fails here with a
 * message that names it.
 */
import type { Locale } from '../catalog/locales.ts';
import type { TemplateExportStrings } from '../i18n/templates.ts';
import { withBase } from '../lib/paths.ts';
import type { CategoryNames } from './sla.ts';

/** One language's words of every template's exports, and the names of the catalogue's service categories. */
export interface TemplateWords {
  strings: TemplateExportStrings;
  categories: CategoryNames;
}

/** Where one language's words are served, below the site's base path: `/template-strings.en.json`. */
export const templateStringsUrl = (locale: Locale) => withBase(`template-strings.${locale}.json`);

const isDictionary = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** Checks a parsed `/template-strings.<locale>.json`; throws an Error naming the file and what is wrong. */
export function parseTemplateWords(raw: unknown, locale: Locale): TemplateWords {
  const file = `template-strings.${locale}.json`;
  const { strings, categories } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (!isDictionary(strings)) throw new Error(`${file}: strings: not a dictionary of strings`);
  if (!isDictionary(categories)) throw new Error(`${file}: categories: not a dictionary of strings`);
  return { strings, categories } as TemplateWords;
}

type Fetcher = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

const fetched = new Map<Locale, Promise<TemplateWords>>();

/** The exports' words in `locale`, fetched once per page and language (a failed request is tried again next time). */
export function fetchTemplateWords(locale: Locale, fetcher: Fetcher = (url) => fetch(url)): Promise<TemplateWords> {
  const known = fetched.get(locale);
  if (known) return known;
  const url = templateStringsUrl(locale);
  const request = fetcher(url)
    .then(async (res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return parseTemplateWords(await res.json(), locale);
    })
    .catch((err: unknown) => {
      fetched.delete(locale);
      throw err;
    });
  fetched.set(locale, request);
  return request;
}
