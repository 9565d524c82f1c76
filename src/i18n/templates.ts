/**
 * Strings of the templates (pages, islands, Markdown exports and import messages), flat dotted keys grouped by
 * part, one file per template or shared part in `templates/`. zh-CN is the reference; English must have exactly the
 * same keys (each file's type enforces it, a unit test checks that none is empty and that no key is in two files).
 * Islands get the keys they need already resolved (`pickStrings`), never the dictionary.
 */
import type { Locale } from '../catalog/schema.ts';
import { formatMessage } from './format.ts';
import catalogue from './templates/catalogue.ts';
import checklist from './templates/checklist.ts';
import common from './templates/common.ts';
import issues from './templates/issues.ts';
import markdown from './templates/markdown.ts';
import plans from './templates/plans.ts';
import priority from './templates/priority.ts';
import sla from './templates/sla.ts';
import toolbar from './templates/toolbar.ts';

/** The parts in the order their keys are listed (and so picked for an island). */
const PARTS = [common, toolbar, issues, priority, checklist, markdown, sla, catalogue, plans] as const;

type KeysOf<T> = T extends unknown ? keyof T : never;
export type TemplateKey = KeysOf<(typeof PARTS)[number]['zh-CN']>;
export type TemplateStrings = Record<TemplateKey, string>;

// Each part's type holds its own keys; the unit test checks that the parts do not overlap, so the union is whole.
const merged = (locale: Locale) => Object.assign({}, ...PARTS.map((part) => part[locale])) as TemplateStrings;

export const templateDictionaries: Record<Locale, TemplateStrings> = { 'zh-CN': merged('zh-CN'), en: merged('en') };

/** A function that fills a template string's `{name}` placeholders from `vars`; unknown ones stay visible. */
export function templateTranslator(locale: Locale) {
  const dict = templateDictionaries[locale];
  return (key: TemplateKey, vars: Record<string, string | number> = {}) => formatMessage(dict[key], vars, locale);
}

/** Keys that start with one of the prefixes. */
export type KeysWithPrefix<P extends string> = Extract<TemplateKey, `${P}${string}`>;

/** The strings of one language whose keys start with one of `prefixes`, for an island's props. */
export function pickStrings<P extends string>(
  locale: Locale,
  prefixes: readonly P[],
): Record<KeysWithPrefix<P>, string> {
  const dict = templateDictionaries[locale];
  return Object.fromEntries(Object.entries(dict).filter(([key]) => prefixes.some((p) => key.startsWith(p)))) as Record<
    KeysWithPrefix<P>,
    string
  >;
}

/** The key prefixes of every template's Markdown and Word exports (`/template-strings.<locale>.json` holds these). */
const EXPORT_PREFIXES = ['common.', 'md.', 'sla.', 'catalogue.', 'priority.', 'checklist.', 'plans.'] as const;

/** One language's words of every template's exports. */
export type TemplateExportStrings = Record<KeysWithPrefix<(typeof EXPORT_PREFIXES)[number]>, string>;

/** The words of every template's exports in one language, as `/template-strings.<locale>.json` serves them. */
export const templateExportStrings = (locale: Locale): TemplateExportStrings => pickStrings(locale, EXPORT_PREFIXES);

/**
 * Toolbar words shown only when something went wrong or changed elsewhere (a storage problem, records repaired or
 * moved, another tab's overwrite, a file that could not be imported, unreadable or conflicting documents): they come
 * with the problem words (`/template-issues.<locale>.json`) when the toolbar first shows one. The frame of a failed
 * save (`toolbar.status.error`), the messages for a failed fetch and the buttons stay with the island.
 */
const TOOLBAR_NOTICES = [
  'toolbar.errorDetail',
  'toolbar.storage.repaired',
  'toolbar.storage.repairedForeign',
  'toolbar.storage.fallback.localstorage',
  'toolbar.storage.fallback.memory',
  'toolbar.storage.adopted',
  'toolbar.storage.adoptedCopies',
  'toolbar.changedElsewhere',
  'toolbar.fieldInRow',
  'toolbar.field.other',
  'toolbar.fieldSeparator',
  'toolbar.importFailed',
  'toolbar.unreadable',
  'toolbar.restoreConflict',
] as const satisfies readonly TemplateKey[];

/** A toolbar word fetched with the problem words: the storage problems (`toolbar.problem.*`) and the notices. */
export type ToolbarNoticeKey = KeysWithPrefix<'toolbar.problem.'> | (typeof TOOLBAR_NOTICES)[number];

const isToolbarNotice = (key: string) =>
  key.startsWith('toolbar.problem.') || (TOOLBAR_NOTICES as readonly string[]).includes(key);

/** The toolbar's words that a template island carries: all but the notices fetched when needed. */
export type ToolbarStrings = Record<Exclude<KeysWithPrefix<'toolbar.' | 'common.privacy'>, ToolbarNoticeKey>, string>;

export const toolbarStrings = (locale: Locale): ToolbarStrings =>
  Object.fromEntries(
    Object.entries(pickStrings(locale, ['toolbar.', 'common.privacy'])).filter(([key]) => !isToolbarNotice(key)),
  ) as ToolbarStrings;

/**
 * The words of the problems a template page reports in one language, as `/template-issues.<locale>.json` serves
 * them: a document's or file's (`issue.*` and the value types they name, `type.*`) and the toolbar's notices.
 */
export const templateIssueMessages = (locale: Locale): Record<string, string> => ({
  ...pickStrings(locale, ['issue.', 'type.']),
  ...Object.fromEntries(Object.entries(pickStrings(locale, ['toolbar.'])).filter(([key]) => isToolbarNotice(key))),
});

/** What a template island carries for its problems: the sentences shown until their words are fetched. */
export const issueWording = (locale: Locale) => {
  const dict = templateDictionaries[locale];
  return { locale, pending: dict['issue.pending'], unavailable: dict['issue.unavailable'] };
};
