/**
 * `/training/keys/<case>.<locale>.json`: a training case's instructor key as a file to download (and for the
 * calibration page to open), exactly as kept in `assessments/training/keys/`. Checked against its case first.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES } from '../../../catalog/schema.ts';
import { caseKey, trainingCases } from '../../../lib/training.ts';

export const getStaticPaths = (() =>
  trainingCases().flatMap((c) =>
    LOCALES.map((locale) => ({ params: { file: `${c.id}.${locale}` }, props: { text: caseKey(c.id, locale).text } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.text as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
