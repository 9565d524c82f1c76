/**
 * The one file-name sanitizer for downloads (reports, assessment exports, template documents). Pure, so the models
 * of both the assessment app and the templates use it.
 */

/** Characters that file systems refuse: control characters (which also break downloads) and `\ / : * ? " < > |`. */
// eslint-disable-next-line no-control-regex
const REFUSED = /[\u0000-\u001f\\/:*?"<>|]/g;

/** How a title becomes a file name. Each download keeps the style its users already know. */
export interface FileNameRule {
  /** What replaces each refused character. */
  refused: '-' | ' ';
  /** What a run of white space becomes. With `-`, runs of hyphens collapse and hyphens and dots at the ends go. */
  space: '-' | ' ';
  /** The longest name, in characters (code points, so a character outside the BMP is never cut in half). */
  maxLength: number;
  /** The name when nothing is left of the title. */
  fallback: string;
}

/** A title as a file name (without extension), by the given rule. */
export function safeFileName(title: string, rule: FileNameRule): string {
  let name = title.replace(REFUSED, rule.refused).replace(/\s+/g, rule.space);
  name = rule.space === '-' ? name.replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '') : name.trim();
  return [...name].slice(0, rule.maxLength).join('').trim() || rule.fallback;
}
