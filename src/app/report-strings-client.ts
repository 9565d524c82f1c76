/**
 * The report page's words in another language than the page's, fetched when the report is shown in it: the page
 * carries its own language's words in the island's props, and `/report-strings.<locale>.json` (built from the same
 * dictionaries, `src/pages/report-strings.[locale].json.ts`) carries each language's. Fetched once per page and
 * language; a broken file fails here with a message that names it.
 */
import type { ReportStrings } from '../i18n/report.ts';
import type { ReviewStrings } from '../i18n/review.ts';
import { localeWords } from '../lib/locale-words.ts';

/** The report island's words in one language: the report's (with the exports' words) and the review note's. */
export interface ReportWords {
  report: ReportStrings;
  review: ReviewStrings;
}

const words = localeWords<ReportWords>('report-strings', ['report', 'review']);

/** Where one language's words are served, below the site's base path: `/report-strings.en.json`. */
export const reportStringsUrl = words.url;

/** Checks a parsed `/report-strings.<locale>.json`; throws an Error naming the file and what is wrong. */
export const parseReportWords = words.parse;

/** The report's words in `locale`, fetched once per page and language (a failed request is tried again next time). */
export const fetchReportWords = words.fetch;
