/**
 * `/catalog.json`: the catalog (both languages) for the assessment and report islands, fetched once and cached,
 * instead of being serialised into every page's HTML.
 */
import type { APIRoute } from 'astro';
import { catalog } from '../lib/catalog.ts';

export const GET: APIRoute = () => {
  const { structure, elements, terms } = catalog();
  return new Response(JSON.stringify({ structure, elements, terms }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
