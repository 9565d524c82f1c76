/**
 * chart.js configurations of the report, built by pure functions from domain data so they are unit-tested
 * without a canvas. Only types come from chart.js here; the library itself is loaded by the chart wrapper.
 *
 * Scores are rounded as the CLI and the tables round them, so chart, table and export show one number. A set
 * with no applicable element has a null score: the chart leaves a gap and its label says "not applicable".
 */
import type { ChartConfiguration } from 'chart.js';
import { roundScore } from '../engine/score-summary.ts';

/** One point of a chart: what the axis says and the score (null when nothing is applicable). */
export interface ScorePoint {
  label: string;
  /** A longer name shown in the tooltip after the label (e.g. the clause title when the axis shows its number). */
  title?: string;
  score: number | null;
}

/** Colours read from the page's theme (light or dark), so the chart keeps the contrast of the text around it. */
export interface ChartTheme {
  /** Tick and label text. */
  text: string;
  /** Grid and angle lines. */
  grid: string;
  /** Line, point and bar colour. */
  accent: string;
  /** Translucent fill under the radar line. */
  fill: string;
  /** Font family of the page. */
  font: string;
}

export interface ChartText {
  /** Name of the data set, e.g. "Supplier score" (tooltip). */
  dataset: string;
  /** Appended to the label of a point without a score, e.g. " (not applicable)". */
  naSuffix: string;
}

const labelsOf = (points: readonly ScorePoint[], text: ChartText) =>
  points.map((p) => (p.score === null ? `${p.label}${text.naSuffix}` : p.label));
const dataOf = (points: readonly ScorePoint[]) => points.map((p) => roundScore(p.score));

/** The tooltip heading of a point: its label, with its title when the axis leaves it out. */
const tooltipTitle = (points: readonly ScorePoint[]) => (items: { dataIndex: number }[]) => {
  const point = points[items[0]?.dataIndex ?? -1];
  if (!point) return '';
  return point.title ? `${point.label} ${point.title}` : point.label;
};

/** Scores run from 0 to 100 in steps of 20 on every chart. */
const SCORE_AXIS = { min: 0, max: 100, ticks: { stepSize: 20 } } as const;

/** A radar of scores (chapters or clauses): one axis per point, a gap where a score is null. */
export function toRadarConfig(
  points: readonly ScorePoint[],
  text: ChartText,
  theme: ChartTheme,
): ChartConfiguration<'radar', (number | null)[], string> {
  return {
    type: 'radar',
    data: {
      labels: labelsOf(points, text),
      datasets: [
        {
          label: text.dataset,
          data: dataOf(points),
          borderColor: theme.accent,
          backgroundColor: theme.fill,
          pointBackgroundColor: theme.accent,
          pointRadius: 3,
          borderWidth: 2,
          fill: true,
          spanGaps: false,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      font: { family: theme.font },
      scales: {
        r: {
          ...SCORE_AXIS,
          ticks: { ...SCORE_AXIS.ticks, color: theme.text, backdropColor: 'transparent', font: { family: theme.font } },
          grid: { color: theme.grid },
          angleLines: { color: theme.grid },
          pointLabels: { color: theme.text, font: { family: theme.font, size: 12 } },
        },
      },
      plugins: { legend: { display: false }, tooltip: { enabled: true, callbacks: { title: tooltipTitle(points) } } },
    },
  };
}

/** Horizontal bars, one per point (clause), on a 0–100 axis; a null score draws no bar. */
export function toBarConfig(
  points: readonly ScorePoint[],
  text: ChartText,
  theme: ChartTheme,
): ChartConfiguration<'bar', (number | null)[], string> {
  return {
    type: 'bar',
    data: {
      labels: labelsOf(points, text),
      datasets: [
        {
          label: text.dataset,
          data: dataOf(points),
          backgroundColor: theme.accent,
          borderColor: theme.accent,
          barPercentage: 0.8,
          categoryPercentage: 0.9,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      font: { family: theme.font },
      scales: {
        x: {
          ...SCORE_AXIS,
          ticks: { ...SCORE_AXIS.ticks, color: theme.text, font: { family: theme.font } },
          grid: { color: theme.grid },
        },
        y: {
          ticks: { color: theme.text, autoSkip: false, font: { family: theme.font } },
          grid: { display: false },
        },
      },
      plugins: { legend: { display: false }, tooltip: { enabled: true, callbacks: { title: tooltipTitle(points) } } },
    },
  };
}
