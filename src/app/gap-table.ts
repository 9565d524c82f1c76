/**
 * The report's gap table as a pure model: which supplier elements have a gap (each measured against its own
 * target, F unless the answer names another), filtered by key, clause and size of gap, and sorted by gap, key
 * or clause. No DOM: the view only renders `gapTableRows` and the options it offers.
 */
import type { ApplicableElementScore, AssessmentResult } from '../engine/score.ts';
import { valueAt } from '../engine/invariant.ts';

export const GAP_SORTS = ['catalog', 'gap', 'key', 'clause'] as const;
/** `catalog`: catalog order; `gap`: larger gap first; `key`: key elements first; `clause`: by clause number. */
export type GapSort = (typeof GAP_SORTS)[number];

export const GAP_KEY_FILTERS = ['all', 'key', 'other'] as const;
/** `key`: only key elements; `other`: only the others. */
export type GapKeyFilter = (typeof GAP_KEY_FILTERS)[number];

export interface GapTableView {
  sort: GapSort;
  key: GapKeyFilter;
  /** Only this clause (`5.2`); empty for every clause. */
  clause: string;
  /** Only gaps at least this large; 0 (or 1) for every gap. */
  minGap: number;
}

export const DEFAULT_GAP_VIEW: GapTableView = { sort: 'catalog', key: 'all', clause: '', minGap: 0 };

/** A row of the gap table: a supplier element whose gap (w × (target − p)) is above 0. */
export type GapRow = ApplicableElementScore;

/** Every supplier element with a gap, in catalog order (the engine lists elements in catalog order). */
export function gapRowsOf(result: AssessmentResult): GapRow[] {
  return result.elements.filter((e) => e.applicable).filter((e) => e.party === 'supplier' && e.gap > 0);
}

/** `5.10` after `5.9`: clause numbers compared part by part as numbers. */
export function compareClauses(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The rows shown for a view: filtered, then sorted (ties keep catalog order). */
export function gapTableRows(rows: readonly GapRow[], view: GapTableView): GapRow[] {
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const kept = rows.filter(
    (r) =>
      (view.key === 'all' || (view.key === 'key') === r.key) &&
      (view.clause === '' || r.clause === view.clause) &&
      r.gap >= view.minGap,
  );
  const byCatalog = (a: GapRow, b: GapRow) => valueAt(order, a.id) - valueAt(order, b.id);
  const compare: Record<GapSort, (a: GapRow, b: GapRow) => number> = {
    catalog: byCatalog,
    gap: (a, b) => b.gap - a.gap || byCatalog(a, b),
    key: (a, b) => Number(b.key) - Number(a.key) || b.gap - a.gap || byCatalog(a, b),
    clause: (a, b) => compareClauses(a.clause, b.clause) || byCatalog(a, b),
  };
  return [...kept].sort(compare[view.sort]);
}

/** The clauses that have a gap, in clause order: the clause filter's choices. */
export const gapClauses = (rows: readonly GapRow[]): string[] =>
  [...new Set(rows.map((r) => r.clause))].sort(compareClauses);

/** The distinct gap sizes, smallest first: the "at least" filter's choices. */
export const gapSizes = (rows: readonly GapRow[]): number[] =>
  [...new Set(rows.map((r) => r.gap))].sort((a, b) => a - b);

/** Σ gap of the shown rows. */
export const gapTotal = (rows: readonly GapRow[]) => rows.reduce((sum, r) => sum + r.gap, 0);
