/**
 * A related practice speaks of its own parties (移交方 and 接收方, not 供方 and 需方) and of parts and sections,
 * not chapters and clauses. Rather than a second copy of every questionnaire and report string, the strings of the
 * delivery standard are reworded for a practice here, once, so each view keeps using its usual keys. Pure.
 */
import type { Locale } from '../catalog/schema.ts';

/** The short names of a practice's two parties, in one language (`移交方`, `接收方`). */
export interface PartyNames {
  supplier: string;
  /** Empty when the practice has no customer-side party. */
  customer: string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** Same case as the word replaced: `Supplier` → `Handing-over party`, `supplier` → `handing-over party`. */
const like = (word: string, name: string) => (/^[A-Z]/.test(word) ? capitalise(name) : lowerFirst(name));

const ZH: [RegExp, (p: PartyNames) => string][] = [
  [/供方/g, (p) => p.supplier],
  [/需方/g, (p) => p.customer || '需方'],
  [/第 \{n\} 章/g, () => '第 {n} 部分'],
  [/各章/g, () => '各部分'],
  [/(?<![0-9])章(?!程)/g, () => '部分'],
  [/条款/g, () => '节'],
  [/各条/g, () => '各节'],
  [/(本|上一|下一|第 \{clause\} )条/g, () => '$1节'],
  [/按标准顺序/g, () => '按目录顺序'],
];

const EN: [RegExp, (p: PartyNames, word: string) => string][] = [
  [/(?<!\{)\b[Ss]upplier's\b/g, (p, w) => `${like(w, p.supplier)}'s`],
  [/(?<!\{)\b[Ss]upplier\b/g, (p, w) => like(w, p.supplier)],
  [/(?<!\{)\b[Cc]ustomer's\b/g, (p, w) => `${like(w, p.customer || 'customer')}'s`],
  [/(?<!\{)\b[Cc]ustomer\b/g, (p, w) => like(w, p.customer || 'customer')],
  [/(?<!\{)\b[Cc]hapters\b/g, (_p, w) => like(w, 'parts')],
  [/(?<!\{)\b[Cc]hapter\b/g, (_p, w) => like(w, 'part')],
  [/(?<!\{)\b[Cc]lauses\b/g, (_p, w) => like(w, 'sections')],
  [/(?<!\{)\b[Cc]lause\b/g, (_p, w) => like(w, 'section')],
  [/(?<!\{)\bthe order of the standard\b/g, () => 'the order of the catalog'],
];

/** One string in a practice's words. `{placeholders}` are left alone. */
export function rewordForPractice(text: string, parties: PartyNames, locale: Locale): string {
  if (locale === 'zh-CN') {
    return ZH.reduce((s, [pattern, to]) => {
      const replacement = to(parties);
      return s.replace(pattern, (...m: string[]) => replacement.replace('$1', m[1] ?? ''));
    }, text);
  }
  return EN.reduce((s, [pattern, to]) => s.replace(pattern, (word) => to(parties, word)), text);
}

/** Every string of a dictionary in a practice's words; the keys stay the same. */
export function stringsForPractice<K extends string>(
  strings: Readonly<Record<K, string>>,
  parties: PartyNames,
  locale: Locale,
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(strings) as K[]) out[key] = rewordForPractice(strings[key], parties, locale);
  return out;
}
