/**
 * `/template-issues.zh-CN.json` and `/template-issues.en.json`: the words of the template pages' problems (`issue.*`
 * and the value types they name, `type.*`) in one language, fetched when a template page first shows a problem
 * (src/templates/issue-words.ts). The islands carry only the sentences shown until they arrive (`issueWording`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../catalog/locales.ts';
import { templateIssueMessages } from '../i18n/templates.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify({ messages: templateIssueMessages(params.locale as Locale) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
