/**
 * `/training/quiz-bank.zh-CN.json` and `/training/quiz-bank.en.json`: the quiz's item bank in one language,
 * generated from the catalog at build time, fetched by the quiz page instead of being serialized into its HTML.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../catalog/schema.ts';
import { quizBank } from '../../lib/quiz.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(quizBank(params.locale as Locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
