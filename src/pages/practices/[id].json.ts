/**
 * `/practices/<id>.json`: one related-practice catalog (both languages) for the assessment and report islands,
 * served like `/catalog.json`. These catalogs are not part of GB/T 28827.2.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { practices } from '../../lib/practices.ts';

export const getStaticPaths = (() =>
  practices().map(({ structure, elements }) => ({
    params: { id: structure.practice.id },
    props: { structure, elements },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
