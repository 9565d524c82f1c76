/**
 * The history page's trend chart: overall and chapter scores across snapshots, one line each, built by a pure
 * function from the engine's history rows so it is unit-tested without a canvas. Scores are the rounded ones
 * the table and `assess history` show; a null score leaves a gap.
 */
import type { ChartConfiguration } from 'chart.js';
import type { HistoryRow } from '../engine/history.ts';
import type { ChartTheme } from './chart-config.ts';

export interface TrendText {
  /** Name of the overall line, e.g. "Overall". */
  overall: string;
  /** Name of a chapter's line, e.g. "Chapter 5". */
  chapter: (n: string) => string;
}

/** Dash patterns tell the chapter lines apart without relying on colour alone. */
const DASHES = [
  [6, 3],
  [2, 3],
  [8, 3, 2, 3],
  [1, 2],
];

/** A line chart with the overall score (solid, thicker) and each chapter's (dashed) per snapshot. */
export function toTrendConfig(
  rows: readonly HistoryRow[],
  text: TrendText,
  theme: ChartTheme,
): ChartConfiguration<'line', (number | null)[], string> {
  const chapters = Object.keys(rows[0]?.chapters ?? {});
  return {
    type: 'line',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        {
          label: text.overall,
          data: rows.map((r) => r.overall.score),
          borderColor: theme.accent,
          backgroundColor: theme.accent,
          borderWidth: 3,
          pointRadius: 4,
          spanGaps: false,
        },
        ...chapters.map((n, i) => ({
          label: text.chapter(n),
          data: rows.map((r) => r.chapters[n]?.score ?? null),
          borderColor: theme.text,
          backgroundColor: theme.text,
          borderWidth: 1.5,
          borderDash: DASHES[i % DASHES.length],
          pointRadius: 3,
          pointStyle: (['circle', 'rect', 'triangle', 'rectRot'] as const)[i % 4],
          spanGaps: false,
        })),
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      font: { family: theme.font },
      scales: {
        y: {
          min: 0,
          max: 100,
          ticks: { stepSize: 20, color: theme.text, font: { family: theme.font } },
          grid: { color: theme.grid },
        },
        x: { ticks: { color: theme.text, font: { family: theme.font } }, grid: { display: false } },
      },
      plugins: {
        legend: { display: true, labels: { color: theme.text, usePointStyle: true, font: { family: theme.font } } },
        tooltip: { enabled: true },
      },
    },
  };
}
