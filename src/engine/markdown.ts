/**
 * Small Markdown writers shared by the exports (the templates' documents and their outlines). User text is escaped so
 * it cannot break the layout. Pure: no DOM, no Node.
 */

/** A line break as any system writes it: CR LF, LF, or a lone CR (which CommonMark also ends a line with). */
const LINE_BREAK = /\r\n|\r|\n/;

/** Inline text kept as it is around the edges: line breaks become spaces, Markdown punctuation is escaped. */
export const mdEscape = (value: string): string => value.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>#|~])/g, '\\$1');

/**
 * The report's older inline escaping, kept so its Markdown stays byte for byte what it was: whitespace around a line
 * break becomes one space; `#` and `~` are left as they are. Not trimmed.
 */
export const reportEscape = (value: string): string =>
  value.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);

/** Text safe inside Markdown (and a table cell) in the report's style: one line, no markup, no raw HTML. */
export const escapeMarkdown = (text: string) => reportEscape(text).trim();

/** Inline text: one line, Markdown punctuation that would start formatting escaped. */
export function mdText(value: string, escape: (value: string) => string = mdEscape): string {
  return escape(value).trim();
}

/** Multi-line text as paragraphs: one per non-blank line, each escaped as inline text. */
export const mdParagraphs = (value: string, escape: (value: string) => string = mdEscape) =>
  value
    .split(LINE_BREAK)
    .map((line) => mdText(line, escape))
    .filter(Boolean)
    .join('\n\n');

/**
 * A GitHub-flavoured Markdown table. Cells are inline text; an empty cell shows `empty` (a dash unless given) so the
 * table stays readable.
 */
export function mdTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  { escape = mdEscape, empty = '—' }: { escape?: (value: string) => string; empty?: string } = {},
): string {
  const cell = (value: string) => mdText(value, escape) || empty;
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * A table whose cells are Markdown already (the report, review and comparison exports escape user text where they
 * build each cell, and may put emphasis or links in it): written as given, numbers as `String` writes them.
 */
export const mdRawTable = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** Joins blocks with blank lines and ends the file with one newline. */
export const mdDocument = (blocks: readonly (string | false | undefined)[]) =>
  `${blocks.filter((b): b is string => typeof b === 'string' && b.length > 0).join('\n\n')}\n`;
