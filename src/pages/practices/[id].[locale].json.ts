/**
 * `/practices/<id>.zh-CN.json` and `/practices/<id>.en.json`: one related-practice catalog in one language, served
 * like `/catalog.<locale>.json` and fetched only when that practice is assessed or reported. These catalogs are not
 * part of GB/T 28827.2.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES } from '../../catalog/schema.ts';
import { localizeTexts } from '../../catalog/localize.ts';
import { practices } from '../../lib/practices.ts';

export const getStaticPaths = (() =>
  practices().flatMap(({ structure, elements }) =>
    LOCALES.map((locale) => ({
      params: { id: structure.practice.id, locale },
      props: localizeTexts({ structure, elements }, locale),
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
