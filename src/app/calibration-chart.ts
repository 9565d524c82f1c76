/**
 * The calibration page's chart: per trainee, exact agreement and agreement within one level with the key, as
 * grouped horizontal bars on a 0–100 % axis. Built by a pure function from the calibration's numbers so it is
 * unit-tested without a canvas; the two series differ by color and by border, so they stay apart in print.
 */
import type { ChartConfiguration } from 'chart.js';
import { round4 } from '../engine/agreement.ts';
import type { ChartTheme } from './chart-config.ts';
import { SERIES_COLOURS } from './compare-chart-config.ts';

export interface AgreementBars {
  /** One label per trainee. */
  labels: string[];
  /** Exact agreement per trainee, 0–1 (null when nothing was compared). */
  exact: (number | null)[];
  /** Agreement within one level per trainee, 0–1. */
  withinOne: (number | null)[];
}

/** A share 0–1 as the percentage the tables show (2 decimals), or null. */
const percent = (share: number | null) => (share === null ? null : Math.round(round4(share) * 10_000) / 100);

export function toAgreementBarConfig(
  bars: AgreementBars,
  text: { exact: string; withinOne: string },
  theme: ChartTheme,
): ChartConfiguration<'bar', (number | null)[], string> {
  return {
    type: 'bar',
    data: {
      labels: bars.labels,
      datasets: [
        {
          label: text.exact,
          data: bars.exact.map(percent),
          backgroundColor: SERIES_COLOURS[0],
          borderColor: theme.text,
          borderWidth: 0,
        },
        {
          label: text.withinOne,
          data: bars.withinOne.map(percent),
          backgroundColor: SERIES_COLOURS[1],
          borderColor: theme.text,
          borderWidth: 1,
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
          min: 0,
          max: 100,
          ticks: { stepSize: 20, color: theme.text, font: { family: theme.font } },
          grid: { color: theme.grid },
        },
        y: { ticks: { color: theme.text, autoSkip: false, font: { family: theme.font } }, grid: { display: false } },
      },
      plugins: {
        legend: { display: true, position: 'bottom', labels: { color: theme.text, font: { family: theme.font } } },
        tooltip: { enabled: true },
      },
    },
  };
}
