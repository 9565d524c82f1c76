/**
 * `/catalog.zh-CN.json` and `/catalog.en.json`: the GB/T 28827.2 catalog (structure and elements) in one language,
 * for the questionnaire and other islands, and for the report's Excel export. A page fetches its own language; the
 * report fetches the other one only when it is shown in that language (src/app/catalog-client.ts), and draws from
 * its own cut, `/catalog-report.<locale>.json` (the sibling route). The catalog was checked at build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../catalog/schema.ts';
import { catalogJson } from '../lib/catalog.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(catalogJson(params.locale as Locale, 'full'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
