import { describe, expect, it } from 'vitest';
import type { PageBudget } from '../../scripts/budgets.config.ts';
import { BUDGETS } from '../../scripts/budgets.config.ts';
import {
  checkIndexChunks,
  checkPage,
  INDEX_CHUNK_MEDIAN_LIMIT,
  isImmutable,
  sumKb,
  typeOf,
  type Measured,
} from '../../scripts/budgets-check.ts';
import { INDEX_CHUNK_ENV, INDEX_CHUNK_SIZE, useSmallIndexChunks } from '../../src/lib/search-index.mjs';

const entry = (path: string, type: Measured['type'], kb: number, chart = false): Measured => ({
  path,
  type,
  gzip: kb * 1000,
  chart,
});

describe('size budgets (scripts/budgets-check.ts)', () => {
  it('types responses by what the browser asked for, then by content type', () => {
    expect(typeOf('document', 'text/html')).toBe('html');
    expect(typeOf('stylesheet', '')).toBe('css');
    expect(typeOf('script', 'text/javascript')).toBe('js');
    expect(typeOf('fetch', 'application/json')).toBe('data');
    expect(typeOf('fetch', 'text/javascript')).toBe('js');
    expect(typeOf('image', 'image/svg+xml')).toBe('other');
  });

  it('sums by type and in total, leaving chart.js out on request', () => {
    const entries = [entry('/a/', 'html', 10), entry('/_astro/a.js', 'js', 5), entry('/_astro/c.js', 'js', 50, true)];
    expect(sumKb(entries)).toMatchObject({ html: 10, js: 55, total: 65 });
    expect(sumKb(entries, { charts: false })).toMatchObject({ js: 5, total: 15 });
  });

  it('counts only what is not a hashed build asset on a repeat visit', () => {
    expect(isImmutable('/_astro/index.B1x.css')).toBe(true);
    expect(isImmutable('/gbt28827/_astro/x.js')).toBe(true);
    expect(isImmutable('/5-2/')).toBe(false);
    expect(isImmutable('/catalog.zh-CN.json')).toBe(false);
  });

  const page: PageBudget = { name: 'p', path: '/p/', goal: { total: 40, js: 10 }, repeatGoal: 12 };

  it('passes a page within every limit, fails one over its goal without a ceiling', () => {
    expect(checkPage(page, [entry('/p/', 'html', 10), entry('/_astro/a.js', 'js', 10)])).toEqual([]);
    const breaches = checkPage(page, [entry('/p/', 'html', 11), entry('/_astro/a.js', 'js', 30)]);
    expect(breaches.map((b) => [b.what, b.fails])).toEqual([
      ['total', true],
      ['js', true],
    ]);
  });

  it('reports a page between goal and ceiling without failing, and fails it above the ceiling', () => {
    const capped: PageBudget = { ...page, ceiling: { total: 50, repeat: 20, until: 'later' } };
    const between = checkPage(capped, [
      entry('/p/', 'html', 15),
      entry('/_astro/a.js', 'js', 5),
      entry('/_astro/b.css', 'css', 25),
    ]);
    expect(between.map((b) => [b.what, b.fails])).toEqual([
      ['total', false],
      ['repeat visit', false],
    ]);
    const above = checkPage(capped, [
      entry('/p/', 'html', 21),
      entry('/_astro/a.js', 'js', 5),
      entry('/_astro/b.css', 'css', 25),
    ]);
    expect(above.every((b) => b.fails)).toBe(true);
    // js had no ceiling: over its goal fails at once.
    expect(checkPage(capped, [entry('/_astro/a.js', 'js', 11)]).map((b) => [b.what, b.fails])).toEqual([['js', true]]);
  });

  it('checks a chart page before chart.js against its goal and with chart.js against its own limit', () => {
    const report: PageBudget = { name: 'r', path: '/r/', goal: { total: 120 }, withCharts: 180 };
    const entries = [entry('/r/', 'html', 100), entry('/_astro/chart.js', 'js', 60, true)];
    expect(checkPage(report, entries)).toEqual([]);
    const heavy = [entry('/r/', 'html', 125), entry('/_astro/chart.js', 'js', 60, true)];
    expect(checkPage(report, heavy).map((b) => b.what)).toEqual(['total before chart.js', 'total with chart.js']);
    const capped = { ...report, ceiling: { total: 130, withCharts: 190, until: 'later' } };
    expect(checkPage(capped, heavy).map((b) => b.fails)).toEqual([false, false]);
    expect(checkPage(capped, [...heavy, entry('/_astro/more.js', 'js', 6, true)]).map((b) => b.fails)).toEqual([
      false,
      true,
    ]);
  });

  it('keeps every ceiling above its goal and says what is left to do', () => {
    for (const budget of BUDGETS) {
      if (!budget.ceiling) continue;
      expect(budget.ceiling.until.trim(), budget.name).not.toBe('');
      for (const key of ['total', 'html', 'css', 'js', 'data'] as const) {
        const ceiling = budget.ceiling[key];
        if (ceiling !== undefined) expect(ceiling, `${budget.name} ${key}`).toBeGreaterThan(budget.goal[key] ?? 0);
      }
    }
  });
});

describe('search index chunks (scripts/budgets-check.ts, src/lib/search-index.mjs)', () => {
  it('passes small chunks and fails chunks of the default size, or no index at all', () => {
    // Sizes as built: at the portal's chunk size most are about 4 KB and one frequent word's is 12 KB.
    expect(checkIndexChunks([2420, 3700, 3797, 4100, 12288])).toEqual({ count: 5, median: 3797, fails: false });
    // At Pagefind's default: about 32 KB each.
    expect(checkIndexChunks([29000, 31963, 35660]).fails).toBe(true);
    expect(checkIndexChunks([]).fails).toBe(true);
    // An even count: the mean of the middle two; the limit itself passes.
    expect(checkIndexChunks([1000, 3000]).median).toBe(2000);
    expect(checkIndexChunks([INDEX_CHUNK_MEDIAN_LIMIT]).fails).toBe(false);
  });

  it("sets Pagefind's chunk size for the build, and keeps one already given", () => {
    const env: Record<string, string | undefined> = {};
    useSmallIndexChunks(env);
    expect(env[INDEX_CHUNK_ENV]).toBe(String(INDEX_CHUNK_SIZE));
    const given: Record<string, string | undefined> = { [INDEX_CHUNK_ENV]: '5000' };
    useSmallIndexChunks(given);
    expect(given[INDEX_CHUNK_ENV]).toBe('5000');
  });
});
