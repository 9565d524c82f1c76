/**
 * The report page's words in another language than the page's, fetched when the report is shown in it: the page
 * carries its own language's words in the island's props, and `/report-strings.<locale>.json` (built from the same
 * dictionaries, `src/pages/report-strings.[locale].json.ts`) carries each language's. Fetched once per page and
 * language; a broken file fails here with a message that names it.
 */
import type { Locale } from '../catalog/locales.ts';
import type { ReportStrings } from '../i18n/report.ts';
import type { ReviewStrings } from '../i18n/review.ts';
import { withBase } from '../lib/paths.ts';

/** The report island's words in one language: the report's (with the exports' words) and the review note's. */
export interface ReportWords {
  report: ReportStrings;
  review: ReviewStrings;
}

/** Where one language's words are served, below the site's base path: `/report-strings.en.json`. */
export const reportStringsUrl = (locale: Locale) => withBase(`report-strings.${locale}.json`);

const isDictionary = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** Checks a parsed `/report-strings.<locale>.json`; throws an Error naming the file and what is wrong. */
export function parseReportWords(raw: unknown, locale: Locale): ReportWords {
  const file = `report-strings.${locale}.json`;
  const { report, review } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (!isDictionary(report)) throw new Error(`${file}: report: not a dictionary of strings`);
  if (!isDictionary(review)) throw new Error(`${file}: review: not a dictionary of strings`);
  return { report, review } as ReportWords;
}

type Fetcher = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

const fetched = new Map<Locale, Promise<ReportWords>>();

/** The report's words in `locale`, fetched once per page and language (a failed request is tried again next time). */
export function fetchReportWords(locale: Locale, fetcher: Fetcher = (url) => fetch(url)): Promise<ReportWords> {
  const known = fetched.get(locale);
  if (known) return known;
  const url = reportStringsUrl(locale);
  const request = fetcher(url)
    .then(async (res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return parseReportWords(await res.json(), locale);
    })
    .catch((err: unknown) => {
      fetched.delete(locale);
      throw err;
    });
  fetched.set(locale, request);
  return request;
}
