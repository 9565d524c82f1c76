/**
 * Scores by chapter (radar) and by clause (bars), each chart in a <figure> with its caption and a table of the
 * same numbers: the table is what screen readers read and what prints reliably. Every score opens its explanation.
 */
import { useCallback, useMemo } from 'preact/hooks';
import { MAX_POINTS, type AssessmentResult, type AssessedParty, type SetScore } from '../../engine/score.ts';
import { toBarConfig, toRadarConfig, type ChartTheme, type ScorePoint } from '../../app/chart-config.ts';
import { useReport } from './context.ts';
import Chart from './Chart.tsx';
import ScoreButton from './ScoreButton.tsx';

/** The chart points, the same object as long as the numbers and labels are the same (plan edits keep charts). */
function useStablePoints(points: ScorePoint[]): ScorePoint[] {
  const key = JSON.stringify(points);
  return useMemo(() => points, [key]);
}

const formula = (s: SetScore) => (s.weightTotal === 0 ? '—' : `${s.weightedPoints} / ${MAX_POINTS * s.weightTotal}`);

interface ScoreTableProps {
  kind: 'chapter' | 'clause';
  entries: [string, SetScore][];
  party?: AssessedParty;
  testIdPrefix: string;
}

/** Chapter or clause scores: number, title, score (a button), answered / applicable and the totals. */
export function ScoreTable({ kind, entries, party, testIdPrefix }: ScoreTableProps) {
  const { r, chapterTitle, clauseTitle } = useReport();
  return (
    <div class="table-scroll">
      <table class="report-table score-table table-cards" data-testid={`${testIdPrefix}-table`}>
        <thead>
          <tr>
            <th scope="col">{kind === 'chapter' ? r('col.chapter') : r('col.clause')}</th>
            <th scope="col">{r('col.title')}</th>
            <th scope="col" class="num">
              {r('col.score')}
            </th>
            <th scope="col" class="num">
              {r('col.answered')}
            </th>
            <th scope="col" class="num">
              {r('col.formula')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([n, s]) => (
            <tr key={n} data-number={n}>
              <th scope="row">{n}</th>
              <td>{kind === 'chapter' ? chapterTitle(n) : clauseTitle(n)}</td>
              <td class="num" data-label={r('col.score')}>
                <ScoreButton
                  score={s.score}
                  target={party ? { kind, number: n, party } : { kind, number: n }}
                  testId={`${testIdPrefix}-${n}`}
                />
              </td>
              <td class="num" data-label={r('col.answered')}>
                {s.answered} / {s.applicable}
              </td>
              <td class="num" data-label={r('col.formula')}>
                {formula(s)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ChapterScores({ result }: { result: AssessmentResult }) {
  const { r, chapterTitle } = useReport();
  const entries = Object.entries(result.supplier.chapters);
  const points = useStablePoints(entries.map(([n, s]) => ({ label: `${n} ${chapterTitle(n)}`, score: s.score })));
  // A radar needs three axes; a related practice may have only two parts, shown as bars instead.
  const radar = points.length >= 3;
  const build = useCallback(
    (theme: ChartTheme) =>
      (radar ? toRadarConfig : toBarConfig)(
        points,
        { dataset: r('charts.dataset'), naSuffix: r('charts.naSuffix') },
        theme,
      ),
    [points, r, radar],
  );
  return (
    <section class="report-section" aria-labelledby="report-chapters">
      <h3 id="report-chapters">{r('chapters.heading')}</h3>
      <figure class="report-figure" data-testid="chapter-figure">
        <figcaption>{r('charts.chaptersCaption')}</figcaption>
        {radar ? (
          <div class="report-chart report-chart--radar">
            <Chart build={build} label={r('charts.chaptersAlt')} />
          </div>
        ) : (
          <div class="report-chart report-chart--bar" style={`--bars: ${points.length}`}>
            <Chart build={build} label={r('charts.chaptersAltBar')} />
          </div>
        )}
        <ScoreTable kind="chapter" entries={entries} testIdPrefix="chapter-score" />
      </figure>
    </section>
  );
}

export function ClauseScores({ result }: { result: AssessmentResult }) {
  const { r, clauseTitle } = useReport();
  const entries = Object.entries(result.supplier.clauses);
  // The axis shows clause numbers only, so long titles never crowd out the bars on a phone; the table and the
  // tooltip give the titles.
  const points = useStablePoints(entries.map(([n, s]) => ({ label: n, title: clauseTitle(n), score: s.score })));
  const build = useCallback(
    (theme: ChartTheme) => toBarConfig(points, { dataset: r('charts.dataset'), naSuffix: r('charts.naSuffix') }, theme),
    [points, r],
  );
  return (
    <section class="report-section" aria-labelledby="report-clauses">
      <h3 id="report-clauses">{r('clauses.heading')}</h3>
      <figure class="report-figure" data-testid="clause-figure">
        <figcaption>{r('charts.clausesCaption')}</figcaption>
        <div class="report-chart report-chart--bar" style={`--bars: ${points.length}`}>
          <Chart build={build} label={r('charts.clausesAlt')} />
        </div>
        <ScoreTable kind="clause" entries={entries} testIdPrefix="clause-score" />
      </figure>
    </section>
  );
}
