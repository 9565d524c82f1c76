import { describe, expect, it } from 'vitest';
import { toTrendConfig } from '../../src/app/history-chart.ts';
import type { ChartTheme } from '../../src/app/chart-config.ts';
import { withAnswer } from '../../src/engine/assessment.ts';
import { historyOf, withSnapshot } from '../../src/engine/history.ts';
import { buildAssessment, mini } from './fixtures/engine-catalog.ts';

const theme: ChartTheme = { text: 'black', grid: 'grey', accent: 'blue', fill: 'lightblue', font: 'serif' };

describe('the history trend', () => {
  it('has one point per snapshot on the overall line and on each chapter line, the table numbers', () => {
    let a = buildAssessment({ 'DM-PLAN-01': 'P' });
    const when = (d: number) => new Date(Date.UTC(2025, 0, d));
    a = withSnapshot(a, 'One', { now: when(1) }).assessment;
    a = withAnswer(a, 'DM-PLAN-01', { level: 'F' }, when(2));
    a = withSnapshot(a, 'Two', { now: when(2) }).assessment;
    a = withSnapshot(a, 'Three', { now: when(3) }).assessment;
    const rows = historyOf(mini, a);
    const config = toTrendConfig(rows, { overall: 'Overall', chapter: (n) => `Chapter ${n}` }, theme);
    expect(config.data.labels).toEqual(['One', 'Two', 'Three']);
    expect(config.data.datasets.map((d) => d.label)).toEqual([
      'Overall',
      'Chapter 5',
      'Chapter 6',
      'Chapter 7',
      'Chapter 8',
    ]);
    for (const d of config.data.datasets) expect(d.data).toHaveLength(3);
    expect(config.data.datasets[0]!.data).toEqual(rows.map((r) => r.overall.score));
    expect(config.data.datasets[1]!.data).toEqual(rows.map((r) => r.chapters['5']!.score));
    expect(config.options?.animation).toBe(false);
  });
  it('is empty without snapshots', () => {
    const config = toTrendConfig([], { overall: 'Overall', chapter: (n) => n }, theme);
    expect(config.data.labels).toEqual([]);
    expect(config.data.datasets).toHaveLength(1);
  });
});
