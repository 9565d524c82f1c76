/**
 * File sizes as messages show them. Shared by the browser's refusals (questionnaire, report, comparison, data page)
 * and the Office workbook import, so a file just over a limit reads the same everywhere.
 */

/** A file size in megabytes with at most one decimal, rounded up so a file over a limit never shows as equal to it. */
export function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${tenths} MB`;
}
