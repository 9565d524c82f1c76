/**
 * The radar overlay of the candidates' clause scores on the common scope, in a <figure> with its caption and a
 * table of the same numbers (what screen readers read and what prints reliably). The chart and chart.js are
 * only loaded once the figure scrolls into view.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { scoreRows, type Comparison } from '../../engine/compare.ts';
import type { ChartTheme } from '../../app/chart-config.ts';
import { toCompareRadarConfig } from '../../app/compare-chart-config.ts';
import { useCompare } from './context.ts';
import { CandidateHeads, ScoreCell } from './ScoreTables.tsx';
import TableScroll from './TableScroll.tsx';
import Chart from '../report/Chart.tsx';

/** Whether the element has come into view (once true, stays true). */
function useShown<T extends Element>() {
  const ref = useRef<T>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || shown) return;
    if (typeof IntersectionObserver === 'undefined') {
      setShown(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown(true);
    });
    observer.observe(el);
    // Printing must not wait for a scroll.
    const beforePrint = () => setShown(true);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [shown]);
  return [ref, shown] as const;
}

export default function RadarFigure({ comparison, labels }: { comparison: Comparison; labels: string[] }) {
  const { t, clauseTitle, clauseColumn } = useCompare();
  // Clauses outside the common scope have no score for anyone: they are left off the radar and its table.
  const rows = scoreRows(comparison, 'common').clauses.filter((r) => r.scores.some((s) => s !== null));
  const key = JSON.stringify([labels, rows]);
  const axes = useMemo(() => rows.map((r) => ({ label: r.number, title: clauseTitle(r.number) })), [key]);
  const series = useMemo(
    () => labels.map((label, i) => ({ label, scores: rows.map((r) => r.scores[i] ?? null) })),
    [key],
  );
  const build = useCallback(
    (theme: ChartTheme) => toCompareRadarConfig(axes, series, { naSuffix: t('cmp.chart.naSuffix') }, theme),
    [axes, series, t],
  );
  const [ref, shown] = useShown<HTMLDivElement>();
  const caption = t('cmp.chart.caption');
  return (
    <section class="compare-section" aria-labelledby="compare-chart-heading">
      <h2 id="compare-chart-heading">{t('cmp.chart.heading')}</h2>
      <figure class="report-figure compare-figure" data-testid="compare-radar">
        <figcaption>{caption}</figcaption>
        <div class="report-chart compare-chart" ref={ref} data-shown={shown ? 'true' : 'false'}>
          {shown ? (
            <Chart build={build} label={t('cmp.chart.alt')} testId="compare-radar-canvas" />
          ) : (
            <p class="compare-hint">{t('cmp.chart.loading')}</p>
          )}
        </div>
        <TableScroll caption={caption}>
          <table class="report-table compare-table table-cards" data-testid="compare-radar-table">
            <thead>
              <tr>
                <th scope="col">{clauseColumn}</th>
                <CandidateHeads labels={labels} />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.number}>
                  <th scope="row" class="compare-table__rowhead">
                    {row.number} <span class="compare-muted">{clauseTitle(row.number)}</span>
                  </th>
                  {labels.map((label, i) => (
                    <ScoreCell key={i} row={row} index={i} label={label} testId={`compare-radar-${row.number}-${i}`} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </figure>
    </section>
  );
}
