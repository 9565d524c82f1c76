/**
 * The arithmetic of `npm run budgets`, apart from the browser so it is unit-tested: what each response weighs by
 * type, and how a page's sums compare with its budget (scripts/budgets.config.ts).
 */
import type { Limits, PageBudget } from './budgets.config.ts';

export const TYPES = ['html', 'css', 'js', 'data', 'other'] as const;
export type ResourceType = (typeof TYPES)[number];

/** One response of a page visit, as measured: its path, its type, its gzip -9 size in bytes. */
export interface Measured {
  path: string;
  type: ResourceType;
  gzip: number;
  /** The file holds chart.js (counted apart on the report). */
  chart: boolean;
}

/** What a response counts as, from the browser's resource type and the response's content type. */
export function typeOf(resourceType: string, contentType: string): ResourceType {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  if (contentType.includes('json')) return 'data';
  return 'other';
}

/** Hashed build assets: a host caches them for good, so a repeat visit does not fetch them again. */
export const isImmutable = (path: string) => /\/_astro\/[^/]+$/.test(path);

export type Sums = Record<ResourceType | 'total', number>;

/** Sums by type, in KB (1,000 bytes). Without `charts`, chart.js chunks are left out. */
export function sumKb(entries: readonly Measured[], { charts = true } = {}): Sums {
  const sums: Sums = { html: 0, css: 0, js: 0, data: 0, other: 0, total: 0 };
  for (const e of entries) {
    if (e.chart && !charts) continue;
    sums[e.type] += e.gzip / 1000;
    sums.total += e.gzip / 1000;
  }
  return sums;
}

/** A limit a page passed: what, by how much, and whether that fails the check. */
export interface Breach {
  what: string;
  kb: number;
  limit: number;
  /** False when the page is between its goal and its ceiling: reported, not failed. */
  fails: boolean;
}

const limitNames: (keyof Limits)[] = ['total', 'html', 'css', 'js', 'data'];

/** Compares one page's measure with its budget. */
export function checkPage(budget: PageBudget, entries: readonly Measured[]): Breach[] {
  const first = sumKb(entries, { charts: budget.withCharts === undefined });
  const breaches: Breach[] = [];
  for (const what of limitNames) {
    const goal = budget.goal[what];
    if (goal === undefined || first[what] <= goal) continue;
    const ceiling = budget.ceiling?.[what];
    breaches.push({
      what: budget.withCharts !== undefined && what === 'total' ? 'total before chart.js' : what,
      kb: first[what],
      limit: goal,
      fails: ceiling === undefined || first[what] > ceiling,
    });
  }
  if (budget.withCharts !== undefined) {
    const all = sumKb(entries).total;
    if (all > budget.withCharts) {
      const ceiling = budget.ceiling?.withCharts;
      breaches.push({
        what: 'total with chart.js',
        kb: all,
        limit: budget.withCharts,
        fails: ceiling === undefined || all > ceiling,
      });
    }
  }
  if (budget.repeatGoal !== undefined) {
    const repeat = sumKb(entries.filter((e) => !isImmutable(e.path))).total;
    if (repeat > budget.repeatGoal) {
      const ceiling = budget.ceiling?.repeat;
      breaches.push({
        what: 'repeat visit',
        kb: repeat,
        limit: budget.repeatGoal,
        fails: ceiling === undefined || repeat > ceiling,
      });
    }
  }
  return breaches;
}

/**
 * The search index's chunk files (`dist/pagefind/index/*.pf_index`, gzip already): the median size a built index may
 * have, in bytes. At the portal's chunk size (src/lib/search-index.mjs) the median is about 4 KB; at Pagefind's
 * default it is about 32 KB, and every query fetches that much more.
 */
export const INDEX_CHUNK_MEDIAN_LIMIT = 6000;

/** The median size of the index's chunk files, and whether the check fails (no chunks, or chunks of the default size). */
export function checkIndexChunks(sizes: readonly number[]): { count: number; median: number; fails: boolean } {
  const sorted = [...sizes].sort((a, b) => a - b);
  const at = (i: number) => sorted[i] ?? 0;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return { count: sorted.length, median, fails: sorted.length === 0 || median > INDEX_CHUNK_MEDIAN_LIMIT };
}
