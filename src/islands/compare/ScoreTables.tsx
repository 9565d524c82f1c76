/**
 * The candidates side by side in one view (own scope or common scope): the overall result (score, grade,
 * provisional, completeness, key elements), customer readiness apart, then the scores by chapter and by clause,
 * with the best of each row marked by a star and the words "best" for screen readers.
 */
import { scoreRows, type Comparison, type ScopeView, type ScoreRow } from '../../engine/compare.ts';
import type { OverallScore } from '../../engine/score.ts';
import { formatPercent, formatScore } from '../../app/report-format.ts';
import { useCompare } from './context.ts';
import TableScroll from './TableScroll.tsx';

export function CandidateHeads({ labels }: { labels: string[] }) {
  return (
    <>
      {labels.map((label, i) => (
        <th key={i} scope="col" class="compare-table__candidate">
          {label}
        </th>
      ))}
    </>
  );
}

/**
 * A score cell: the number as the CLI rounds it, "not applicable" without one, the star when best. `label` (the
 * candidate) names the value when a narrow screen shows the row as a card.
 */
export function ScoreCell({
  row,
  index,
  label,
  testId,
}: {
  row: ScoreRow;
  index: number;
  label: string;
  testId: string;
}) {
  const { t } = useCompare();
  const shown = formatScore(row.scores[index] ?? null);
  const best = row.best.includes(index);
  return (
    <td
      class={`num${best ? ' compare-best' : ''}`}
      data-label={label}
      data-testid={testId}
      data-best={best ? 'true' : undefined}
    >
      <span class="compare-score">{shown ?? t('cmp.na')}</span>
      {best && (
        <>
          <span aria-hidden="true" class="compare-star">
            {' ★'}
          </span>
          <span class="sr-only">{t('cmp.best')}</span>
        </>
      )}
    </td>
  );
}

function Grade({ overall }: { overall: OverallScore }) {
  const { t } = useCompare();
  return overall.grade ? (
    <span class={`grade grade--${overall.grade}`} data-grade={overall.grade}>
      {t(`grade.${overall.grade}`)}
    </span>
  ) : (
    <span>{t('grade.none')}</span>
  );
}

interface Props {
  comparison: Comparison;
  view: ScopeView;
  labels: string[];
}

function OverallTable({ comparison, view, labels }: Props) {
  const { t } = useCompare();
  const rows = scoreRows(comparison, view);
  const overall = comparison.candidates.map((c) => c[view].result.supplier.overall);
  const customer = comparison.candidates.map((c) => c[view].result.customer.overall);
  const caption = t('compare.overall');
  const id = (what: string, i: number) => `compare-${view}-${what}-${i}`;
  return (
    <TableScroll caption={caption}>
      <table class="report-table compare-table table-cards" data-testid={`compare-${view}-overall`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.measure')}</th>
            <CandidateHeads labels={labels} />
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('compare.score')}</th>
            {labels.map((label, i) => (
              <ScoreCell key={i} row={rows.overall} index={i} label={label} testId={id('score', i)} />
            ))}
          </tr>
          <tr>
            <th scope="row">{t('compare.grade')}</th>
            {overall.map((o, i) => (
              <td key={i} data-label={labels[i]} data-testid={id('grade', i)}>
                <Grade overall={o} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('compare.provisional')}</th>
            {overall.map((o, i) => (
              <td
                key={i}
                data-label={labels[i]}
                data-testid={id('provisional', i)}
                data-provisional={String(o.provisional)}
              >
                {o.provisional ? <span class="provisional">{t('summary.provisional')}</span> : t('no')}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('compare.completeness')}</th>
            {overall.map((o, i) => (
              <td key={i} class="num" data-label={labels[i]}>
                <span data-testid={id('completeness', i)}>{formatPercent(o.completeness)}</span>{' '}
                <span class="compare-muted">
                  ({o.answered} / {o.applicable})
                </span>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('compare.keys')}</th>
            {overall.map((o, i) => (
              <td key={i} class="num" data-label={labels[i]} data-testid={id('keys', i)}>
                {o.keyElements.largelyOrFully} · {o.keyElements.partially} · {o.keyElements.notOrUnanswered}
              </td>
            ))}
          </tr>
        </tbody>
        <tbody class="compare-table__apart">
          <tr>
            <th scope="row">{t('compare.customerReadiness')}</th>
            {labels.map((label, i) => (
              <ScoreCell key={i} row={rows.customerReadiness} index={i} label={label} testId={id('customer', i)} />
            ))}
          </tr>
          <tr>
            <th scope="row">
              {t('compare.customerReadiness')} · {t('compare.completeness')}
            </th>
            {customer.map((o, i) => (
              <td key={i} class="num" data-label={labels[i]}>
                {formatPercent(o.completeness)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}

function SetTable({ comparison, view, labels, kind }: Props & { kind: 'chapter' | 'clause' }) {
  const { t, chapterColumn, clauseColumn, chapterName, chapterTitle, clauseTitle } = useCompare();
  const rows = scoreRows(comparison, view)[kind === 'chapter' ? 'chapters' : 'clauses'];
  const caption = kind === 'chapter' ? t('compare.chapters') : t('compare.clauses');
  return (
    <TableScroll caption={caption}>
      <table class="report-table compare-table table-cards" data-testid={`compare-${view}-${kind}s`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{kind === 'chapter' ? chapterColumn : clauseColumn}</th>
            <CandidateHeads labels={labels} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.number} data-number={row.number}>
              <th scope="row" class="compare-table__rowhead">
                {kind === 'chapter' ? chapterName(row.number) : row.number}{' '}
                <span class="compare-muted">
                  {kind === 'chapter' ? chapterTitle(row.number) : clauseTitle(row.number)}
                </span>
              </th>
              {labels.map((label, i) => (
                <ScoreCell
                  key={i}
                  row={row}
                  index={i}
                  label={label}
                  testId={`compare-${view}-${kind}-${row.number}-${i}`}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** One view: overall, then chapters and clauses. */
export function ScoreView({ comparison, view, labels, heading }: Props & { heading: string }) {
  const { t } = useCompare();
  return (
    <section class="compare-section" aria-labelledby={`compare-${view}-heading`} data-testid={`compare-view-${view}`}>
      <h2 id={`compare-${view}-heading`}>{heading}</h2>
      <OverallTable comparison={comparison} view={view} labels={labels} />
      <p class="compare-hint">{t('cmp.customerApart')}</p>
      <SetTable comparison={comparison} view={view} labels={labels} kind="chapter" />
      <SetTable comparison={comparison} view={view} labels={labels} kind="clause" />
      <p class="compare-hint">{t('compare.bestMark')}</p>
    </section>
  );
}
