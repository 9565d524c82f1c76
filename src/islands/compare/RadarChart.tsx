/**
 * The compare page's radar: chart.js is loaded with import() when the chart is first drawn, with only what a radar
 * with a legend needs registered. The configuration comes from the pure `toCompareRadarConfig`, rebuilt with
 * the page's colours (light or dark) and with dark-on-white colours for printing.
 */
import type { Chart as ChartJs, ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { ChartTheme } from '../../app/chart-config.ts';
import { PRINT_THEME, screenTheme } from '../report/Chart.tsx';

let chartJs: Promise<typeof ChartJs> | undefined;

function loadRadar(): Promise<typeof ChartJs> {
  chartJs ??= import('chart.js').then(
    ({ Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend }) => {
      Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);
      return Chart;
    },
  );
  return chartJs;
}

interface Props {
  build: (theme: ChartTheme) => ChartConfiguration<'radar', (number | null)[], string>;
  label: string;
}

export default function RadarChart({ build, label }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: ChartJs | undefined;
    let Ctor: typeof ChartJs | undefined;
    let cancelled = false;
    let printing = false;
    const printMedia = window.matchMedia('print');
    const draw = () => {
      if (!Ctor || !canvas.current) return;
      const config = build(printing || printMedia.matches ? PRINT_THEME : screenTheme());
      chart?.destroy();
      chart = new Ctor(canvas.current, {
        ...config,
        options: { ...config.options, devicePixelRatio: Math.max(2, window.devicePixelRatio || 1) },
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
    loadRadar()
      .then((loaded) => {
        if (cancelled) return;
        Ctor = loaded;
        draw();
        themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
        printMedia.addEventListener('change', draw);
        window.addEventListener('beforeprint', beforePrint);
        window.addEventListener('afterprint', afterPrint);
      })
      .catch((err: unknown) => console.warn('chart.js could not be loaded', err));
    return () => {
      cancelled = true;
      themeObserver.disconnect();
      printMedia.removeEventListener('change', draw);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      chart?.destroy();
    };
  }, [build]);
  return <canvas ref={canvas} role="img" aria-label={label} data-testid="compare-radar-canvas" />;
}
