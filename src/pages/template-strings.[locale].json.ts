/**
 * `/template-strings.zh-CN.json` and `/template-strings.en.json`: the words of every template's Markdown and Word
 * exports in one language, the catalogue's category names and the plan kinds' words, fetched when a template is exported in another
 * language than its page's (src/templates/template-strings-client.ts). The page's own language comes in the
 * island's props.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../catalog/locales.ts';
import { catalog } from '../lib/catalog.ts';
import { templateExportStrings } from '../i18n/templates.ts';
import { planKindWords } from '../templates/plan-kinds.ts';
import type { TemplateWords } from '../templates/template-strings-client.ts';
import type { CategoryNames } from '../templates/sla.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale as Locale;
  const categories = Object.fromEntries(
    catalog().appendixA.categories.map((c) => [c.id, c.name[locale]]),
  ) as CategoryNames;
  return new Response(
    JSON.stringify({
      strings: templateExportStrings(locale),
      categories,
      planKinds: planKindWords(locale),
    } satisfies TemplateWords),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
