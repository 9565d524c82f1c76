/**
 * The Markdown writers of every export: the reports, reviews, comparisons and calibrations, and the templates'
 * documents through their outlines. User text is escaped one way (`mdEscape`) so it cannot break the layout. Pure: no DOM, no Node.
 */

/** A line break as any system writes it: CR LF, LF, or a lone CR (which CommonMark also ends a line with). */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Inline text as Markdown, the one escaping of every export (reports, reviews, comparisons, calibrations and the
 * templates): a line break and the whitespace around it become one space, and every character that could start
 * formatting, a link, a table cell or raw HTML (backslash, backtick, `*`, `_`, `[`, `]`, `<`, `>`, `#`, `|`, `~`) is
 * escaped with a backslash, so it shows as written. Kept as it is around the edges (see `mdText`).
 */
export const mdEscape = (value: string): string =>
  value.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);

/** Inline text: one line, trimmed, Markdown punctuation escaped (`mdEscape`). */
export const mdText = (value: string): string => mdEscape(value).trim();

/** Multi-line text as paragraphs: one per non-blank line, each escaped as inline text. */
export const mdParagraphs = (value: string) =>
  value
    .split(LINE_BREAK)
    .map((line) => mdText(line))
    .filter(Boolean)
    .join('\n\n');

/**
 * A GitHub-flavoured Markdown table. Cells are inline text; an empty cell shows `empty` (a dash unless given) so the
 * table stays readable.
 */
export function mdTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  { empty = '—' }: { empty?: string } = {},
): string {
  const cell = (value: string) => mdText(value) || empty;
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
