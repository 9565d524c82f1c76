/**
 * `/report-strings.zh-CN.json` and `/report-strings.en.json`: the report island's words in one language (the
 * report's with the exports', and the review note's), fetched when a report is shown in another language than its
 * page's (src/app/report-strings-client.ts). The page's own language comes in the island's props.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../catalog/locales.ts';
import { reportStrings } from '../i18n/report.ts';
import { reviewStrings } from '../i18n/review.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale as Locale;
  return new Response(JSON.stringify({ report: reportStrings(locale), review: reviewStrings(locale) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
