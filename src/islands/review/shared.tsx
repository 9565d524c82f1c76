/**
 * Pieces the review and history islands share: reading the address, the page's links for one assessment, the
 * empty states, the save status and "open an assessment file".
 */
import type { ReportModel } from '../../app/report-model.ts';
import type { ReportState } from '../../app/report-model.ts';
import type { EditStatus } from '../../app/record-editor.ts';
import type { Translate } from '../../app/report-format.ts';
import type { ReviewTranslate } from '../../i18n/review.ts';
import OpenFile from '../report/OpenFile.tsx';

/** The pages of one assessment, each built by the Astro host from the paths helpers (no hard-coded root). */
export interface AssessmentLinks {
  /** The questionnaire; the assessment's overview is `#/a/<id>` on it. */
  assess: string;
  /** The report; the assessment is `#<id>` on it. */
  report: string;
  review: string;
  history: string;
}

/** `#<id>` or `#<id>/<suffix>` (a leading slash is tolerated). */
export function parseHash(hash: string): { id: string | null; suffix: string } {
  const raw = hash.replace(/^#\/?/, '');
  if (!raw) return { id: null, suffix: '' };
  const [first = '', ...rest] = raw.split('/');
  let id = first;
  try {
    id = decodeURIComponent(id);
  } catch {
    // An undecodable ID is looked up as written (and not found).
  }
  return { id: id || null, suffix: rest.join('/') };
}

export function PageLinks({
  links,
  id,
  t,
  current,
}: {
  links: AssessmentLinks;
  id: string;
  t: ReviewTranslate;
  current: 'review' | 'history';
}) {
  const hash = encodeURIComponent(id);
  return (
    <nav class="review-links" aria-label={t('links.label')}>
      <a href={`${links.assess}#/a/${hash}`}>{t('links.assess')}</a>
      <a href={`${links.report}#${hash}`}>{t('links.report')}</a>
      {current === 'review' ? (
        <a href={`${links.history}#${hash}`}>{t('links.history')}</a>
      ) : (
        <a href={`${links.review}#${hash}`}>{t('links.review')}</a>
      )}
    </nav>
  );
}

export function EmptyView({ state, t }: { state: Exclude<ReportState, { status: 'ready' }>; t: ReviewTranslate }) {
  if (state.status === 'loading') return <p class="report-loading">{t('app.loading')}</p>;
  return (
    <div class="report-empty" data-testid="review-empty">
      <h2>{t('empty.heading')}</h2>
      <p>
        {state.status === 'no-id'
          ? t('empty.noId')
          : state.status === 'not-found'
            ? t('empty.notFound', { id: state.id })
            : t('empty.unreadable', { id: state.id, problem: state.problem })}
      </p>
    </div>
  );
}

export function SaveLine({ status, t }: { status: EditStatus; t: ReviewTranslate }) {
  return (
    <p role="status" class="review-save" data-testid="review-save">
      {status.state === 'saving' && t('save.saving')}
      {status.state === 'saved' && t('save.saved')}
      {status.state === 'failed' && (
        <span class="review-save__failed">{t('save.failed', { reason: status.reason })}</span>
      )}
    </p>
  );
}

/** "Open an assessment file", as on the report page, with this page's hint. */
export function OpenFileControl({
  model,
  t,
  r,
  onOpened,
  idPrefix,
}: {
  model: ReportModel;
  t: ReviewTranslate;
  r: Translate;
  onOpened: (id: string) => void;
  idPrefix: string;
}) {
  return <OpenFile model={model} t={r} idPrefix={idPrefix} onOpened={onOpened} hint={t('open.hint')} />;
}

/** A stored time in the reader's own time zone, e.g. `2025-03-18 15:00`. */
export function localTime(stamp: string, locale: string, style: 'medium' | 'short' = 'medium'): string {
  const date = new Date(stamp);
  if (Number.isNaN(date.getTime())) return stamp;
  // A bare date has no time of day to convert.
  if (/^\d{4}-\d{2}-\d{2}$/.test(stamp)) return stamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: 'short' }).format(date);
}
