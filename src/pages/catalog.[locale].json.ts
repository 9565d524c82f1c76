/**
 * `/catalog.zh-CN.json` and `/catalog.en.json`: the GB/T 28827.2 catalog (structure and elements) in one language,
 * for the questionnaire, report and other islands. A page fetches its own language; the report fetches the other
 * one only when it is shown in that language (src/app/catalog-client.ts). The catalog was checked at build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../catalog/schema.ts';
import { localizeTexts } from '../catalog/localize.ts';
import { catalog } from '../lib/catalog.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { structure, elements } = catalog();
  return new Response(JSON.stringify(localizeTexts({ structure, elements }, params.locale as Locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
