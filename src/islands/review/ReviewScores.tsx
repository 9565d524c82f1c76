/**
 * Claimed and verified scores side by side (overall, grade, chapters with over- or under-statement, clauses), and
 * the disputed elements. Every number comes from the engine's review analysis.
 */
import type { AnswerLevel } from '../../engine/assessment-schema.ts';
import type { Grade } from '../../engine/score.ts';
import type { ReviewResult, Statement } from '../../engine/review.ts';
import { elementHref, formatScore } from '../../app/report-format.ts';
import { useReview } from './context.ts';

const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${n.toFixed(2)}`);

function Finding({ s }: { s: Statement }) {
  const { t } = useReview();
  if (!s.direction) return <>—</>;
  return <span class={`review-finding review-finding--${s.direction}`}>{t(`scores.${s.direction}`)}</span>;
}

export function ReviewScores({ review }: { review: ReviewResult }) {
  const { t, r, chapterTitle, clauseTitle } = useReview();
  const grade = (g: Grade | null) => (g ? r(`grade.${g}`) : r('grade.none'));
  const clauses = Object.entries(review.claimed.supplier.clauses).filter(([, s]) => s.applicable > 0);
  // Each cell names its column, so that a narrow screen can show each row as a card (report.css, .table-cards).
  const label = {
    claimed: t('scores.claimed'),
    verified: t('scores.verified'),
    difference: t('scores.difference'),
    finding: t('scores.finding'),
  };
  const header = (
    <thead>
      <tr>
        <th scope="col">{t('scores.row')}</th>
        <th scope="col" class="num">
          {t('scores.claimed')}
        </th>
        <th scope="col" class="num">
          {t('scores.verified')}
        </th>
        <th scope="col" class="num">
          {t('scores.difference')}
        </th>
        <th scope="col">{t('scores.finding')}</th>
      </tr>
    </thead>
  );
  return (
    <section class="report-section" aria-labelledby="review-scores-heading">
      <h3 id="review-scores-heading">{t('scores.heading')}</h3>
      <p>{t('scores.intro')}</p>
      <p data-testid="review-counts">{t('scores.counts', review.counts)}</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('scores.caption')}>
        <table class="report-table table-cards" data-testid="review-scores">
          <caption>{t('scores.caption')}</caption>
          {header}
          <tbody>
            <tr data-row="overall">
              <th scope="row">{t('scores.overall')}</th>
              <td class="num" data-label={label.claimed} data-testid="claimed-overall">
                {formatScore(review.claimed.supplier.overall.score) ?? '—'}
              </td>
              <td class="num" data-label={label.verified} data-testid="verified-overall">
                {formatScore(review.verified.supplier.overall.score) ?? '—'}
              </td>
              <td class="num" data-label={label.difference}>
                {signed(review.overall.difference)}
              </td>
              <td data-label={label.finding}>
                <Finding s={review.overall} />
              </td>
            </tr>
            <tr data-row="grade">
              <th scope="row">{t('scores.grade')}</th>
              <td class="num" data-label={label.claimed} data-testid="claimed-grade">
                {grade(review.claimed.supplier.overall.grade)}
              </td>
              <td class="num" data-label={label.verified} data-testid="verified-grade">
                {grade(review.verified.supplier.overall.grade)}
              </td>
              <td class="table-cards__empty" />
              <td class="table-cards__empty" />
            </tr>
            {Object.entries(review.chapters).map(([n, s]) => (
              <tr key={n} data-row={`chapter-${n}`}>
                <th scope="row">{t('scores.chapter', { n, title: chapterTitle(n) })}</th>
                <td class="num" data-label={label.claimed}>
                  {formatScore(s.claimed) ?? '—'}
                </td>
                <td class="num" data-label={label.verified}>
                  {formatScore(s.verified) ?? '—'}
                </td>
                <td class="num" data-label={label.difference}>
                  {signed(s.difference)}
                </td>
                <td data-label={label.finding}>
                  <Finding s={s} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details class="review-clauses">
        <summary>{t('scores.clausesCaption')}</summary>
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t('scores.clausesCaption')}>
          <table class="report-table table-cards" data-testid="review-clause-scores">
            <caption>{t('scores.clausesCaption')}</caption>
            {header}
            <tbody>
              {clauses.map(([n, s]) => {
                const claimed = s.score;
                const verified = review.verified.supplier.clauses[n]?.score ?? null;
                const c = claimed === null ? null : Math.round(claimed * 100) / 100;
                const v = verified === null ? null : Math.round(verified * 100) / 100;
                const difference = c === null || v === null ? null : Math.round((c - v) * 100) / 100;
                const direction =
                  difference === null ? null : difference > 0 ? 'over' : difference < 0 ? 'under' : 'same';
                return (
                  <tr key={n}>
                    <th scope="row">
                      {n} {clauseTitle(n)}
                    </th>
                    <td class="num" data-label={label.claimed}>
                      {formatScore(claimed) ?? '—'}
                    </td>
                    <td class="num" data-label={label.verified}>
                      {formatScore(verified) ?? '—'}
                    </td>
                    <td class="num" data-label={label.difference}>
                      {signed(difference)}
                    </td>
                    <td data-label={label.finding}>
                      <Finding s={{ claimed: c, verified: v, difference, direction }} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

export function LevelText({ level, unreviewed }: { level: AnswerLevel | null; unreviewed?: boolean }) {
  const { t, r } = useReview();
  if (level === null) return <>{unreviewed ? t('level.unreviewed') : r('level.none')}</>;
  return (
    <>
      <span class="level-cell">{level}</span> {r(`level.${level}`)}
    </>
  );
}

export function DisputedTable({ review }: { review: ReviewResult }) {
  const { t, element, locale } = useReview();
  const disputed = review.elements.filter((e) => e.disputed);
  return (
    <section class="report-section" aria-labelledby="review-disputed-heading">
      <h3 id="review-disputed-heading">{t('disputed.heading')}</h3>
      {disputed.length === 0 ? (
        <p data-testid="review-disputed-none">{t('disputed.none')}</p>
      ) : (
        <>
          <p>{t('disputed.intro')}</p>
          <div class="table-scroll" tabIndex={0} role="region" aria-label={t('disputed.heading')}>
            <table class="report-table table-cards" data-testid="review-disputed">
              <thead>
                <tr>
                  <th scope="col">{t('col.element')}</th>
                  <th scope="col">{t('col.claimed')}</th>
                  <th scope="col">{t('col.verified')}</th>
                  <th scope="col">{t('col.status')}</th>
                  <th scope="col">{t('col.comment')}</th>
                  <th scope="col">{t('col.reply')}</th>
                </tr>
              </thead>
              <tbody>
                {disputed.map((e) => (
                  <tr key={e.id} data-element={e.id}>
                    <th scope="row">
                      <a href={elementHref(e.id, e.clause, locale)}>
                        <code>{e.id}</code>
                      </a>{' '}
                      {element(e.id)?.title[locale]}
                    </th>
                    <td data-label={t('col.claimed')}>
                      <LevelText level={e.claimed} />
                    </td>
                    <td data-label={t('col.verified')}>
                      <LevelText level={e.verified} unreviewed />
                    </td>
                    <td data-label={t('col.status')}>
                      {e.state === 'changed-since-review'
                        ? t('status.changed-since-review')
                        : t(`status.${e.status ?? 'none'}`)}
                    </td>
                    <td data-label={t('col.comment')}>{e.comment ?? ''}</td>
                    <td data-label={t('col.reply')}>{e.reply ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
