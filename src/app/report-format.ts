/**
 * Small pure helpers of the report page: translating with resolved strings, formatting numbers the way the CLI
 * rounds them, links to element pages and names of downloaded files. No DOM, so they are unit-tested directly.
 */
import { formatLocalTime, localTimeZone } from '../engine/time.ts';
import { roundScore } from '../engine/score-summary.ts';
import type { ReportStringKey, ReportStrings } from '../i18n/report.ts';
import { formatMessage } from '../i18n/format.ts';
import { safeFileName } from '../engine/file-name.ts';

export type Translate = (key: ReportStringKey, params?: Record<string, string | number>) => string;

/** A translator over resolved strings; `{name}` placeholders are filled from params and unknown ones stay. */
export function translator(strings: ReportStrings): Translate {
  return (key, params = {}) => formatMessage(strings[key], params);
}

/** A score as the CLI gives it (rounded to 2 decimals), with both decimals shown; null stays null. */
export function formatScore(score: number | null): string | null {
  const rounded = roundScore(score);
  return rounded === null ? null : rounded.toFixed(2);
}

/** A ratio as a percentage with at most one decimal (0.948… → `94.8%`), as in the Markdown report. */
export const formatPercent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/** The element's card on its clause page: `DM-PLAN-01` of 5.2 → `/5-2/#DM-PLAN-01`. */
export { elementAnchorHref as elementHref } from '../lib/paths.ts';

/**
 * A stored timestamp in the reader's time zone (the browser's unless one is given):
 * `2025-03-05T08:20:00Z` in Asia/Shanghai → `2025-03-05 16:20 (UTC+8)`; a bare date stays as it is.
 */
export const formatTimestamp = (stamp: string, timeZone: string = localTimeZone()) => formatLocalTime(stamp, timeZone);

/**
 * A file name built from the assessment title: characters that file systems refuse become hyphens, the length
 * is capped, and an empty result falls back to `assessment`.
 */
export const fileBaseName = (title: string) =>
  safeFileName(title, { refused: '-', space: '-', maxLength: 60, fallback: 'assessment' });

/** A file size as messages show it (`5.1 MB`, rounded up); the Office import uses the same one. */
export { formatMegabytes } from '../engine/file-size.ts';
