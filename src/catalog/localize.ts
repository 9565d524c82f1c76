/**
 * One language of a catalog. The catalog keeps every text in both languages (`{ "zh-CN": …, en: … }`); the
 * browser fetches only the page's language (`/catalog.zh-CN.json`), and the other one only when it is asked for (a
 * report shown in the other language). Pure functions over parsed JSON: no zod, no DOM, no Node.
 */
import type { Locale } from './schema.ts';

type Json = unknown;

const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text in both languages, as the catalog schemas define it: exactly the keys `zh-CN` and `en`, both strings. */
export function isLocalizedText(v: Json): v is Record<Locale, string> {
  if (!isRecord(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 2 && typeof v['zh-CN'] === 'string' && typeof v.en === 'string';
}

/** A copy of `value` with every two-language text cut down to one language: `{ "zh-CN": "…" }`. */
export function localizeTexts<T>(value: T, locale: Locale): T {
  const walk = (v: Json): Json => {
    if (Array.isArray(v)) return v.map(walk);
    if (!isRecord(v)) return v;
    if (isLocalizedText(v)) return { [locale]: v[locale] };
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
  };
  return walk(value) as T;
}

/**
 * Adds the `locale` texts of `source` (a file cut down by `localizeTexts` from the same catalog) to `target`, in
 * place, so objects the views already hold gain the language. Throws when the two do not have the same shape, which
 * means they come from different builds.
 */
export function mergeLocaleTexts(target: Json, source: Json, locale: Locale, path = '(file)'): void {
  if (Array.isArray(source)) {
    if (!Array.isArray(target) || target.length !== source.length) throw new Error(`${path}: not the same list`);
    source.forEach((s, i) => mergeLocaleTexts(target[i], s, locale, `${path}.${i}`));
    return;
  }
  if (!isRecord(source)) return;
  if (!isRecord(target)) throw new Error(`${path}: not the same shape`);
  const keys = Object.keys(source);
  if (keys.length === 1 && keys[0] === locale && typeof source[locale] === 'string') {
    target[locale] = source[locale];
    return;
  }
  for (const key of keys)
    mergeLocaleTexts(target[key], source[key], locale, path === '(file)' ? key : `${path}.${key}`);
}
