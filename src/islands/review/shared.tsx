/**
 * Pieces the review and history islands share: reading the address, the page's links for one assessment, the
 * empty states, the save status and "open an assessment file".
 */
import { SCHEMA_VERSION } from '../../engine/assessment-constants.ts';
import type { ReportModel } from '../../app/report-model.ts';
import type { ReportState } from '../../app/report-model.ts';
import type { EditStatus } from '../../app/record-editor.ts';
import type { Translate } from '../../app/report-format.ts';
import type { ReviewTranslate } from '../../i18n/review.ts';
import IssueList from '../report/IssueList.tsx';
import { ConflictDialog } from '../report/OpenFile.tsx';
import type { ImportChoice } from '../../app/assessment-manage.ts';

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
  const [first, ...rest] = raw.split('/');
  let id = first!;
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

/**
 * "Open an assessment file": the model checks it (migrating older versions) and saves a valid one as a new
 * assessment, whose ID `onOpened` puts in the address. Problems are listed field by field; nothing stored changes.
 */
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
  const status = model.fileStatus.value;
  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    const id = await model.openFile(file.name, text);
    if (id) onOpened(id);
  };
  // The file is an assessment already saved here: replace, keep both or cancel, as on the report page.
  const resolve = async (choice: ImportChoice) => {
    const id = await model.resolveConflict(choice, r('conflict.copyTitle'));
    if (id) onOpened(id);
  };
  return (
    <div class="report-open">
      <input
        id={`${idPrefix}-open-file`}
        class="report-open__input"
        type="file"
        accept=".json,application/json"
        data-testid={`${idPrefix}-open-file`}
        aria-describedby={`${idPrefix}-open-hint`}
        onChange={onChange}
      />
      <label for={`${idPrefix}-open-file`} class="report-button report-open__label">
        {t('open.label')}
      </label>
      <p id={`${idPrefix}-open-hint`} class="report-open__hint">
        {t('open.hint')}
      </p>
      <div role="status" class="report-open__status">
        {status.state === 'opened' && (
          <>
            <p>
              {status.replaced !== undefined
                ? r('open.replaced', { file: status.fileName, title: status.replaced })
                : status.keptBoth
                  ? r('open.keptBoth', { file: status.fileName })
                  : t('open.opened', { file: status.fileName })}
            </p>
            {status.migratedFrom !== undefined && (
              <p>{t('open.migrated', { from: status.migratedFrom, to: SCHEMA_VERSION })}</p>
            )}
          </>
        )}
      </div>
      {status.state === 'conflict' && (
        <ConflictDialog
          file={status.fileName}
          existing={status.existing.title}
          canReplace={model.canReplace}
          t={r}
          onChoose={(choice) => void resolve(choice)}
        />
      )}
      <div role="alert" class="report-open__alert">
        {status.state === 'failed' && (
          <div class="report-error" data-testid={`${idPrefix}-open-error`}>
            <p>{t('open.failed', { file: status.fileName, count: status.issues.length })}</p>
            <IssueList issues={status.issues} t={r} />
          </div>
        )}
        {status.state === 'not-saved' && (
          <div class="report-error" data-testid={`${idPrefix}-open-error`}>
            <p>{t('open.notSaved', { file: status.fileName, reason: status.reason })}</p>
          </div>
        )}
      </div>
    </div>
  );
}

/** A stored time in the reader's own time zone, e.g. `2025-03-18 15:00`. */
export function localTime(stamp: string, locale: string, style: 'medium' | 'short' = 'medium'): string {
  const date = new Date(stamp);
  if (Number.isNaN(date.getTime())) return stamp;
  // A bare date has no time of day to convert.
  if (/^\d{4}-\d{2}-\d{2}$/.test(stamp)) return stamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: 'short' }).format(date);
}
