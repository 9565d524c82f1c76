import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GAP_VIEW,
  compareClauses,
  gapClauses,
  gapSizes,
  gapTableRows,
  gapTotal,
  type GapRow,
} from '../../src/app/gap-table.ts';

const row = (id: string, clause: string, key: boolean, gap: number) =>
  ({ id, clause, key, gap, party: 'supplier' }) as GapRow;
const rows = [
  row('A', '5.2', false, 3),
  row('B', '5.10', true, 2),
  row('C', '5.9', false, 6),
  row('D', '6.2', true, 2),
];
const ids = (list: GapRow[]) => list.map((r) => r.id).join('');

describe('gapTableRows', () => {
  it.each([
    ['catalog', 'ABCD'],
    ['gap', 'CABD'],
    ['key', 'BDCA'],
    ['clause', 'ACBD'],
  ] as const)('sorts by %s', (sort, order) =>
    expect(ids(gapTableRows(rows, { ...DEFAULT_GAP_VIEW, sort }))).toBe(order),
  );

  it('filters by key, clause and least gap', () => {
    expect(ids(gapTableRows(rows, { ...DEFAULT_GAP_VIEW, key: 'key' }))).toBe('BD');
    expect(ids(gapTableRows(rows, { ...DEFAULT_GAP_VIEW, key: 'other' }))).toBe('AC');
    expect(ids(gapTableRows(rows, { ...DEFAULT_GAP_VIEW, clause: '5.9' }))).toBe('C');
    expect(ids(gapTableRows(rows, { ...DEFAULT_GAP_VIEW, minGap: 3 }))).toBe('AC');
  });

  it('offers clauses in numeric order and the distinct gap sizes', () => {
    expect(gapClauses(rows)).toEqual(['5.2', '5.9', '5.10', '6.2']);
    expect(gapSizes(rows)).toEqual([2, 3, 6]);
    expect(gapTotal(rows)).toBe(13);
    expect(compareClauses('5.10', '5.9')).toBeGreaterThan(0);
  });
});
