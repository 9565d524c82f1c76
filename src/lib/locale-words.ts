/**
 * A page's words in another language than its own, served as `/<name>.<locale>.json` (one file per language, built
 * from the same dictionaries as the page) and fetched when the reader asks for that language: the report's words
 * (src/app/report-strings-client.ts) and the template exports' (src/templates/template-strings-client.ts). Each
 * file is an object of string dictionaries, checked on arrival; a broken file fails with a message naming it.
 */
import type { Locale } from '../catalog/locales.ts';
import { withBase } from './paths.ts';

type Fetcher = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

const isDictionary = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** One kind of words file: where each language's is served, how it is checked, and its fetch. */
export interface LocaleWords<T> {
  /** Where one language's file is served, below the site's base path: `/<name>.en.json`. */
  url: (locale: Locale) => string;
  /** Checks a parsed file; throws an Error naming the file and the part that is not a dictionary of strings. */
  parse: (raw: unknown, locale: Locale) => T;
  /** The words in `locale`, fetched once per page and language (a failed request is tried again next time). */
  fetch: (locale: Locale, fetcher?: Fetcher) => Promise<T>;
}

/** The words file `/<name>.<locale>.json`, an object whose `parts` are each a dictionary of strings. */
export function localeWords<T>(name: string, parts: readonly (keyof T & string)[]): LocaleWords<T> {
  const url = (locale: Locale) => withBase(`${name}.${locale}.json`);
  const parse = (raw: unknown, locale: Locale): T => {
    const file = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    for (const part of parts)
      if (!isDictionary(file[part])) throw new Error(`${name}.${locale}.json: ${part}: not a dictionary of strings`);
    return Object.fromEntries(parts.map((part) => [part, file[part]])) as T;
  };
  const fetched = new Map<Locale, Promise<T>>();
  const fetchWords = (locale: Locale, fetcher: Fetcher = (u) => fetch(u)): Promise<T> => {
    const known = fetched.get(locale);
    if (known) return known;
    const request = fetcher(url(locale))
      .then(async (res) => {
        if (!res.ok) throw new Error(`${url(locale)}: HTTP ${res.status}`);
        return parse(await res.json(), locale);
      })
      .catch((err: unknown) => {
        fetched.delete(locale);
        throw err;
      });
    fetched.set(locale, request);
    return request;
  };
  return { url, parse, fetch: fetchWords };
}
