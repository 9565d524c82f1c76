/**
 * The one message formatter for every UI, report and export string. It lives in the engine because the engine
 * (pure TypeScript, importing no other layer) formats its own export strings with it; `src/i18n/format.ts` re-exports it
 * for everything else.
 *
 * Syntax, a small subset of ICU MessageFormat:
 * - `{name}` is replaced by `params.name`. A placeholder without a value stays as written, so a missing value is
 *   seen rather than silently dropped.
 * - `{count, plural, one {# day} other {# days}}` picks the form by `Intl.PluralRules` of the locale; `#` inside a
 *   form is the number. `=0`-style exact forms are accepted too. A locale with one form (zh-CN) writes only `other`,
 *   and `other` is the fallback for any category a message does not list.
 *
 * Values are inserted as they are and never read again, so a value that contains `{x}` is not expanded.
 */
import { itemAt, valueAt } from './invariant.ts';

/** Values for a message's placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A translator: a message key and its placeholder values to the finished text. */
export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

const PLACEHOLDER = /^\{([\w-]+)\}/;
const PLURAL_HEAD = /^\{([\w-]+)\s*,\s*plural\s*,/;
const pluralRules = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** The index just after the `}` that closes the `{` at `open`, or -1 when it is not closed. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** `one {…} other {…}` to its forms, or undefined when the text is not in that shape. */
function pluralForms(body: string): Map<string, string> | undefined {
  const forms = new Map<string, string>();
  let rest = body.trim();
  while (rest) {
    const head = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
    if (!head) return undefined;
    const open = head[0].length - 1;
    const end = closingBrace(rest, open);
    if (end < 0) return undefined;
    forms.set(itemAt(head, 1), rest.slice(open + 1, end - 1));
    rest = rest.slice(end).trim();
  }
  return forms.has('other') ? forms : undefined;
}

/** Fills a message template; see the module comment for the syntax. `locale` chooses the plural forms. */
export function formatMessage(template: string, params: MessageParams = {}, locale = 'en'): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const rest = template.slice(open);
    const simple = PLACEHOLDER.exec(rest);
    if (simple) {
      const name = itemAt(simple, 1);
      const value = Object.hasOwn(params, name) ? params[name] : undefined;
      out += value === undefined ? simple[0] : String(value);
      i = open + simple[0].length;
      continue;
    }
    const plural = PLURAL_HEAD.exec(rest);
    const end = plural ? closingBrace(template, open) : -1;
    const forms = plural && end > 0 ? pluralForms(template.slice(open + plural[0].length, end - 1)) : undefined;
    const pluralName = plural ? itemAt(plural, 1) : '';
    const value = plural && Object.hasOwn(params, pluralName) ? params[pluralName] : undefined;
    if (!plural || !forms || value === undefined) {
      out += '{';
      i = open + 1;
      continue;
    }
    const n = Number(value);
    const form = forms.get(`=${n}`) ?? forms.get(rulesFor(locale).select(n)) ?? valueAt(forms, 'other');
    out += form
      .split('#')
      .map((part) => formatMessage(part, params, locale))
      .join(String(value));
    i = end;
  }
  return out + template.slice(i);
}

/** A translator over one dictionary: its keys are the only ones accepted, so a misspelt key fails typecheck. */
export function translatorOf<K extends string>(dict: Readonly<Record<K, string>>, locale = 'en'): Translate<K> {
  return (key, params) => formatMessage(dict[key], params, locale);
}

/**
 * A translator that also names its language. The engine's exports take one of these for their words: they need
 * the language too, for the catalog's own texts (element titles), so a caller passes one value and no locale.
 */
export interface LocaleTranslator<K extends string, L extends string = string> extends Translate<K> {
  readonly locale: L;
}

/** The translator of one language of a set of dictionaries (one per language, with the same keys). */
export function localeTranslator<K extends string, L extends string>(
  dictionaries: Readonly<Record<L, Readonly<Record<K, string>>>>,
  locale: L,
): LocaleTranslator<K, L> {
  return Object.assign(translatorOf(dictionaries[locale], locale), { locale });
}

/**
 * The names of the values a message takes, plural ones included (`{n}`, `{count, plural, …}` and the placeholders
 * inside its forms), sorted and each once: two translations of a message must take the same ones.
 */
export const placeholderNames = (template: string): string[] =>
  [...new Set(Array.from(template.matchAll(/\{([\w-]+)(?:\}|\s*,\s*plural\s*,)/g), (m) => itemAt(m, 1)))].sort();
