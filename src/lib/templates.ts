/**
 * Which templates have a page, and how pages and element cards refer to them. The catalog names every template
 * (`TEMPLATE_IDS`); only the ones listed here are built, so element cards link to these alone.
 *
 * Adding a template: a document schema built on `documentHeader` with a `TemplateDefinition` and a Markdown writer
 * in `src/templates/`; its strings in a file of `src/i18n/templates/`, listed in `src/i18n/templates.ts`; an island
 * that renders a `DocumentModel` with `TemplateToolbar` and the fields of `src/islands/templates/fields.tsx`, plus a
 * `.template-print` layout; a component and an MDX page per language; then its slug and name keys here, `templates:`
 * on its elements and an entry in the sidebar (`src/lib/sidebar.mjs`).
 */
import type { Locale, TemplateId } from '../catalog/schema.ts';
import { templateDictionaries, type TemplateKey } from '../i18n/templates.ts';
import { pageHref } from './catalog.ts';

/** Template ID → page slug, for the templates that have a page, in the order the hub lists them. */
export const TEMPLATE_PAGES: Partial<Record<TemplateId, string>> = {
  priority: 'priority',
  'checklist-onsite': 'checklist-onsite',
  'checklist-remote': 'checklist-remote',
  sla: 'sla',
  'service-catalogue': 'service-catalogue',
  plans: 'plans',
  // A related-practice catalog rather than a document: its page is a checklist, its questionnaire the fill-in form.
  handover: 'practices/handover',
};

const NAME_KEYS: Partial<Record<TemplateId, { name: TemplateKey; description: TemplateKey }>> = {
  priority: { name: 'priority.name', description: 'priority.description' },
  'checklist-onsite': { name: 'checklist.onsite.name', description: 'checklist.onsite.description' },
  'checklist-remote': { name: 'checklist.remote.name', description: 'checklist.remote.description' },
  sla: { name: 'sla.name', description: 'sla.description' },
  'service-catalogue': { name: 'catalogue.name', description: 'catalogue.description' },
  plans: { name: 'plans.name', description: 'plans.description' },
  handover: { name: 'handover.name', description: 'handover.description' },
};

export interface TemplateLink {
  id: TemplateId;
  href: string;
  name: string;
  description: string;
}

/** The templates with a page, in hub order. */
export const builtTemplates = () => Object.keys(TEMPLATE_PAGES) as TemplateId[];

/** Links to the given templates that have a page; the others are left out. */
export function templateLinks(ids: readonly TemplateId[], locale: Locale): TemplateLink[] {
  const dict = templateDictionaries[locale];
  return ids.flatMap((id) => {
    const slug = TEMPLATE_PAGES[id];
    const keys = NAME_KEYS[id];
    if (!slug || !keys) return [];
    return [{ id, href: pageHref(slug, locale), name: dict[keys.name], description: dict[keys.description] }];
  });
}

/** Name of each language in its own script, for language pickers. */
export const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };
