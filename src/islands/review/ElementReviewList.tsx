/**
 * Element by element: the supplier's claim (level, notes, evidence; read-only) beside the customer's verdict.
 * The customer edits the verified level, verdict and comment; the supplier reads them and edits a reply.
 */
import { ANSWER_LEVELS, REVIEW_STATUSES } from '../../engine/assessment-constants.ts';
import type { ElementReview } from '../../engine/review.ts';
import type { ReviewFilter } from '../../app/review-model.ts';
import { elementHref } from '../../app/report-format.ts';
import { useReview } from './context.ts';
import { LevelText } from './ReviewScores.tsx';

const FILTERS: ReviewFilter[] = ['all', 'disputed', 'unreviewed', 'changed'];

export default function ElementReviewList() {
  const { model, t, clauseTitle } = useReview();
  const visible = model.visible.value;
  const clauses = [...new Set(visible.map((e) => e.clause))];
  return (
    <section class="report-section" aria-labelledby="review-elements-heading">
      <h3 id="review-elements-heading">{t('elements.heading')}</h3>
      <p class="review-filter">
        <label for="review-filter">{t('filter.label')}</label>{' '}
        <select
          id="review-filter"
          value={model.filter.value}
          onChange={(e) => model.setFilter((e.currentTarget as HTMLSelectElement).value as ReviewFilter)}
        >
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`filter.${f}`)}
            </option>
          ))}
        </select>{' '}
        <span role="status">{t('filter.count', { n: visible.length })}</span>
      </p>
      {visible.length === 0 && <p>{t('filter.empty')}</p>}
      {clauses.map((clause) => (
        <section key={clause} class="review-clause" aria-labelledby={`review-clause-${clause}`}>
          <h4 id={`review-clause-${clause}`}>
            {clause} {clauseTitle(clause)}
          </h4>
          {visible
            .filter((e) => e.clause === clause)
            .map((e) => (
              <ElementCard key={e.id} review={e} />
            ))}
        </section>
      ))}
    </section>
  );
}

function ElementCard({ review }: { review: ElementReview }) {
  const { model, t, r, element, locale } = useReview();
  const state = model.state.value;
  if (state.status !== 'ready') return null;
  const el = element(review.id);
  const answer = Object.hasOwn(state.assessment.answers, review.id) ? state.assessment.answers[review.id] : undefined;
  const role = model.role.value;
  const base = `review-${review.id}`;
  const headingId = `${base}-title`;
  return (
    <article
      class={`review-element review-element--${review.state}${review.disputed ? ' review-element--disputed' : ''}`}
      data-element={review.id}
      data-state={review.state}
      aria-labelledby={headingId}
    >
      <h5 id={headingId}>
        <a href={elementHref(review.id, review.clause, locale)}>
          <code>{review.id}</code>
        </a>{' '}
        {el?.title[locale]}
        {el?.key && <span class="badge review-key">{t('element.key')}</span>}
      </h5>
      <div class="review-columns">
        <div class="review-claim">
          <p class="review-label">{t('element.claimed')}</p>
          <p data-testid="claimed-level">
            <LevelText level={review.claimed} />
          </p>
          {answer?.justification && (
            <p>
              {t('element.justification')}
              {r('punct.colon')}
              {answer.justification}
            </p>
          )}
          {answer?.notes && (
            <p>
              {t('element.notes')}
              {r('punct.colon')}
              {answer.notes}
            </p>
          )}
          {answer && answer.evidence.length > 0 ? (
            <ul class="review-evidence" aria-label={t('element.evidence')}>
              {answer.evidence.map((ev, i) => (
                <li key={i}>
                  {ev.url ? (
                    <a href={ev.url} rel="noopener noreferrer">
                      {ev.title}
                    </a>
                  ) : (
                    ev.title
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p class="review-hint">{t('element.noEvidence')}</p>
          )}
        </div>
        <div class="review-verdict">
          {review.state === 'changed-since-review' && (
            <p class="report-notice review-changed" data-testid="changed-since-review">
              {t('state.changed')}
            </p>
          )}
          {role === 'reviewer' ? (
            <>
              <p>
                <label for={`${base}-verified`}>{t('element.verified')}</label>
                <select
                  id={`${base}-verified`}
                  data-testid="verified-level"
                  value={review.verified ?? ''}
                  onChange={(e) => {
                    const value = (e.currentTarget as HTMLSelectElement).value;
                    void model.setVerdict(review.id, {
                      verified: value === '' ? null : (value as ElementReview['claimed']),
                    });
                  }}
                >
                  <option value="">{t('level.unreviewed')}</option>
                  {ANSWER_LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {l} {r(`level.${l}`)}
                    </option>
                  ))}
                </select>
              </p>
              <p>
                <label for={`${base}-status`}>{t('element.status')}</label>
                <select
                  id={`${base}-status`}
                  data-testid="review-status"
                  value={review.status ?? ''}
                  onChange={(e) => {
                    const value = (e.currentTarget as HTMLSelectElement).value;
                    void model.setVerdict(review.id, {
                      status: value === '' ? null : (value as (typeof REVIEW_STATUSES)[number]),
                    });
                  }}
                >
                  <option value="">{t('status.none')}</option>
                  {REVIEW_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`status.${s}`)}
                    </option>
                  ))}
                </select>
              </p>
              <p>
                <label for={`${base}-comment`}>{t('element.comment')}</label>
                <textarea
                  id={`${base}-comment`}
                  data-testid="review-comment"
                  rows={2}
                  value={review.comment ?? ''}
                  onChange={(e) =>
                    void model.setVerdict(review.id, { comment: (e.currentTarget as HTMLTextAreaElement).value })
                  }
                />
              </p>
              <p class="review-reply-shown" data-testid="review-reply">
                <span class="review-label">{t('element.reply')}</span> {review.reply ?? t('element.noReply')}
              </p>
            </>
          ) : (
            <>
              <p data-testid="verified-shown">
                <span class="review-label">{t('element.verified')}</span>{' '}
                <LevelText level={review.verified} unreviewed />
              </p>
              <p data-testid="status-shown">
                <span class="review-label">{t('element.status')}</span>{' '}
                {review.state === 'changed-since-review'
                  ? t('status.changed-since-review')
                  : t(`status.${review.status ?? 'none'}`)}
              </p>
              <p data-testid="comment-shown">
                <span class="review-label">{t('element.comment')}</span> {review.comment ?? t('element.noComment')}
              </p>
              <p>
                <label for={`${base}-reply`}>{t('element.reply')}</label>
                <textarea
                  id={`${base}-reply`}
                  data-testid="reply-input"
                  rows={2}
                  aria-describedby={`${base}-reply-hint`}
                  value={review.reply ?? ''}
                  onChange={(e) => void model.setReply(review.id, (e.currentTarget as HTMLTextAreaElement).value)}
                />
                <span id={`${base}-reply-hint`} class="review-hint">
                  {t('element.replyHint')}
                </span>
              </p>
            </>
          )}
        </div>
      </div>
    </article>
  );
}
