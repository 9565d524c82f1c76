/**
 * `/catalog-report.zh-CN.json` and `/catalog-report.en.json`: the report page's cut of the catalog in one language
 * (src/catalog/report-catalog.ts), built like `/catalog.<locale>.json` from the same catalog.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../catalog/schema.ts';
import { catalogJson } from '../lib/catalog.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(catalogJson(params.locale as Locale, 'report'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
