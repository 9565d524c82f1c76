/**
 * The one component that owns chart.js charts: it loads the library when a chart is about to scroll into view (so
 * a page's first load never carries it, and a reader who never scrolls to a chart never downloads it), registers
 * just the pieces the pages draw, creates the chart on its canvas and destroys it when the data, the theme or the
 * component goes away. `printWithCharts` draws every chart before the print dialog opens.
 *
 * The configuration comes from a pure builder (`toRadarConfig`, `toBarConfig`) called with the current theme:
 * the chart is rebuilt when the page switches between light and dark and when it is printed, so paper always
 * gets dark text on white.
 */
import type { Chart as ChartJs, ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { ChartTheme } from '../../app/chart-config.ts';
import { startPrinting } from '../shared/print-mode.ts';

type ReportChartConfig =
  | ChartConfiguration<'radar', (number | null)[], string>
  | ChartConfiguration<'bar', (number | null)[], string>
  | ChartConfiguration<'line', (number | null)[], string>;

let chartJs: Promise<typeof ChartJs> | undefined;

/**
 * chart.js with only what the report and the history trend use registered (the legend is for the trend's several
 * lines; the report's charts switch it off).
 */
function loadChartJs(): Promise<typeof ChartJs> {
  chartJs ??= import('chart.js').then(
    ({
      Chart,
      RadarController,
      BarController,
      LineController,
      RadialLinearScale,
      CategoryScale,
      LinearScale,
      PointElement,
      LineElement,
      BarElement,
      Filler,
      Legend,
      Tooltip,
    }) => {
      Chart.register(
        RadarController,
        BarController,
        LineController,
        RadialLinearScale,
        CategoryScale,
        LinearScale,
        PointElement,
        LineElement,
        BarElement,
        Filler,
        Legend,
        Tooltip,
      );
      return Chart;
    },
  );
  return chartJs;
}

/** Starlight's print colours: paper is white whatever the screen theme is. */
const PRINT_THEME: ChartTheme = {
  text: 'rgb(40, 44, 52)',
  grid: 'rgb(190, 193, 199)',
  accent: 'rgb(61, 81, 245)',
  fill: 'rgba(61, 81, 245, 0.15)',
  font: 'system-ui, sans-serif',
};

/** The page's colours as the canvas needs them (resolved rgb(), not CSS variables). */
function screenTheme(): ChartTheme {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const resolve = (variable: string) => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  };
  const accent = resolve('--sl-color-text-accent');
  const theme = {
    text: resolve('--sl-color-gray-2'),
    grid: resolve('--sl-color-gray-5'),
    accent,
    fill: accent.replace(/^rgb\((.*)\)$/, 'rgba($1, 0.2)'),
    font: getComputedStyle(document.body).fontFamily || PRINT_THEME.font,
  };
  probe.remove();
  return theme;
}

interface Props {
  /** Builds the configuration for a theme; keep it stable (useCallback) so the chart is not rebuilt each render. */
  build: (theme: ChartTheme) => ReportChartConfig;
  /** What the chart shows, for screen readers (the numbers are in the table next to it). */
  label: string;
  /** A `data-testid` for the canvas. */
  testId?: string;
}

/** How far ahead of the viewport a chart starts loading, so it is drawn by the time it is seen. */
const AHEAD = '400px 0px';

/** Charts on the page that have not started loading yet: each entry starts its chart. */
const waiting = new Set<() => void>();

/**
 * Draws every chart on the page (loading chart.js if no chart was scrolled to yet), then opens the print dialog,
 * so the paper has every chart. The print buttons call this instead of `window.print()`.
 */
export async function printWithCharts(): Promise<void> {
  // Parts of the view still waiting for their turn, and those drawn for paper only, are drawn first; charts in
  // them start in effects after a paint.
  startPrinting();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const starts = [...waiting];
  starts.forEach((start) => start());
  if (starts.length > 0) {
    await loadChartJs().catch(() => undefined);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  window.print();
}

export default function Chart({ build, label, testId }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let chart: ChartJs | undefined;
    let Ctor: typeof ChartJs | undefined;
    let printing = false;
    let cancelled = false;
    const printMedia = window.matchMedia('print');

    const draw = () => {
      if (!Ctor || !canvas.current) return;
      const theme = printing || printMedia.matches ? PRINT_THEME : screenTheme();
      const config = build(theme);
      chart?.destroy();
      // A sharper bitmap than the screen needs, so a printed chart is not blurred.
      const devicePixelRatio = Math.max(2, window.devicePixelRatio || 1);
      chart = new Ctor(canvas.current, {
        ...config,
        options: { ...config.options, devicePixelRatio },
      } as ChartConfiguration);
    };
    const beforePrint = () => {
      printing = true;
      draw();
    };
    const afterPrint = () => {
      printing = false;
      draw();
    };
    const themeObserver = new MutationObserver(draw);

    const start = () => {
      waiting.delete(start);
      visible?.disconnect();
      loadChartJs()
        .then((loaded) => {
          if (cancelled) return;
          Ctor = loaded;
          draw();
          themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
          printMedia.addEventListener('change', draw);
          window.addEventListener('beforeprint', beforePrint);
          window.addEventListener('afterprint', afterPrint);
        })
        .catch((err: unknown) => {
          // The table beside the chart still has every number; say why the picture is missing.
          console.warn('chart.js could not be loaded', err);
        });
    };
    // Without IntersectionObserver (old browsers), load at once.
    const visible =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
            rootMargin: AHEAD,
          })
        : undefined;
    waiting.add(start);
    if (visible && canvas.current) visible.observe(canvas.current);
    else start();

    return () => {
      cancelled = true;
      waiting.delete(start);
      visible?.disconnect();
      themeObserver.disconnect();
      printMedia.removeEventListener('change', draw);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      chart?.destroy();
    };
  }, [build]);

  return <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />;
}
