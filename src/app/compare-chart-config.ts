/**
 * The compare page's radar: every candidate's scores overlaid on one radar, built by a pure function from
 * domain data so it is unit-tested without a canvas. Candidates differ by colour and also by line dash and
 * point shape, so they stay apart in greyscale print and for readers who do not tell the colours apart.
 */
import type { ChartConfiguration, PointStyle } from 'chart.js';
import { roundScore } from '../engine/score-summary.ts';
import type { ChartTheme } from './chart-config.ts';
import { itemAt } from '../engine/invariant.ts';

/** One axis: its short label (a clause number) and the title the tooltip adds. */
export interface RadarAxis {
  label: string;
  title?: string;
}

/** One candidate: its name (legend, tooltip) and a score per axis (null where nothing is applicable). */
export interface RadarSeries {
  label: string;
  scores: (number | null)[];
}

/** Colours that stay apart from each other (Okabe–Ito, then Tableau), one per candidate (up to 10). */
export const SERIES_COLOURS = [
  'rgb(0, 114, 178)',
  'rgb(213, 94, 0)',
  'rgb(0, 158, 115)',
  'rgb(204, 121, 167)',
  'rgb(230, 159, 0)',
  'rgb(86, 180, 233)',
  'rgb(140, 86, 75)',
  'rgb(127, 127, 127)',
  'rgb(188, 189, 34)',
  'rgb(23, 190, 207)',
] as const;
const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 5]];
const POINT_STYLES: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded'];

const translucent = (rgb: string, alpha: number) => rgb.replace(/^rgb\((.*)\)$/, `rgba($1, ${alpha})`);

export function toCompareRadarConfig(
  axes: readonly RadarAxis[],
  series: readonly RadarSeries[],
  text: { naSuffix: string },
  theme: ChartTheme,
): ChartConfiguration<'radar', (number | null)[], string> {
  const labels = axes.map((a, i) =>
    series.every((s) => s.scores[i] === null) ? `${a.label}${text.naSuffix}` : a.label,
  );
  return {
    type: 'radar',
    data: {
      labels,
      datasets: series.map((s, i) => {
        const colour = itemAt(SERIES_COLOURS, i % SERIES_COLOURS.length);
        return {
          label: s.label,
          data: s.scores.map(roundScore),
          borderColor: colour,
          backgroundColor: translucent(colour, 0.08),
          pointBackgroundColor: colour,
          pointStyle: POINT_STYLES[i % POINT_STYLES.length],
          pointRadius: 3,
          borderWidth: 2,
          borderDash: DASHES[i % DASHES.length],
          fill: true,
          spanGaps: false,
        };
      }),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      font: { family: theme.font },
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: { stepSize: 20, color: theme.text, backdropColor: 'transparent', font: { family: theme.font } },
          grid: { color: theme.grid },
          angleLines: { color: theme.grid },
          pointLabels: { color: theme.text, font: { family: theme.font, size: 12 } },
        },
      },
      plugins: {
        legend: {
          display: true,
          position: 'bottom',
          labels: { color: theme.text, usePointStyle: true, font: { family: theme.font } },
        },
        tooltip: {
          enabled: true,
          callbacks: {
            title: (items: { dataIndex: number }[]) => {
              const axis = axes[items[0]?.dataIndex ?? -1];
              return axis ? (axis.title ? `${axis.label} ${axis.title}` : axis.label) : '';
            },
          },
        },
      },
    },
  };
}
