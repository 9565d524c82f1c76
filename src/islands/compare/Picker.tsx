/**
 * Choosing what to compare: the assessments saved in this browser (read only), files, and the candidate
 * examples; then the selection with a button to remove each one, and every file that could not be used, named
 * with its problems. Hidden when printing.
 */
import type { AssessmentIssue } from '../../engine/issues.ts';
import type { CatalogId } from '../../engine/assessment-schema.ts';
import { DELIVERY_CATALOG_ID } from '../../engine/assessment-constants.ts';
import type { FileProblem } from '../../app/compare-model.ts';
import { formatTimestamp, formatMegabytes } from '../../app/report-format.ts';
import { useCompare, type Translate } from './context.ts';
import FileInput from '../shared/FileInput.tsx';

const catalogName = (t: Translate, id: CatalogId) =>
  id === DELIVERY_CATALOG_ID ? t('cmp.catalog.delivery') : t('cmp.catalog.practice', { id });

function issueText(t: Translate, issue: AssessmentIssue): string {
  const key = `issue.${issue.code}` as const;
  return t(key, { path: issue.path || '(file)', element: issue.elementId ?? '' });
}

function Problem({ problem }: { problem: FileProblem }) {
  const { t } = useCompare();
  return (
    <li data-testid="compare-file-problem" data-file={problem.fileName}>
      <strong>{t('cmp.file.failed', { file: problem.fileName })}</strong>{' '}
      {problem.reason === 'too-large' && t('cmp.file.tooLarge', { size: formatMegabytes(problem.size) })}
      {problem.reason === 'empty' && t('cmp.file.empty')}
      {problem.reason === 'catalog' && t('cmp.file.catalog')}
      {problem.issues.length > 0 && (
        <ul>
          {problem.issues.slice(0, 5).map((issue, i) => (
            <li key={i}>
              {issueText(t, issue)} <code>{issue.message}</code>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export default function Picker() {
  const { model, t, locale } = useCompare();
  const saved = model.saved.value;
  const sources = model.sources.value;
  const selectedKeys = new Set(sources.map((s) => s.key));
  const full = sources.length >= model.limits.max;

  return (
    <section class="compare-section compare-picker" aria-labelledby="compare-pick-heading">
      <h2 id="compare-pick-heading">{t('cmp.pick.heading')}</h2>
      <p>{t('cmp.pick.intro')}</p>

      <div class="compare-picker__grid">
        <fieldset class="compare-picker__saved" data-testid="compare-saved">
          <legend>{t('cmp.pick.saved')}</legend>
          {saved.status === 'loading' && <p>{t('cmp.pick.savedLoading')}</p>}
          {saved.status === 'failed' && <p role="alert">{t('cmp.pick.savedFailed', { reason: saved.reason })}</p>}
          {saved.status === 'ready' && saved.saved.length === 0 && <p>{t('cmp.pick.savedEmpty')}</p>}
          {saved.status === 'ready' && saved.saved.length > 0 && (
            <ul class="compare-picker__list">
              {saved.saved.map(({ id, assessment }) => {
                const checked = selectedKeys.has(`saved:${id}`);
                return (
                  <li key={id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={!checked && full}
                        data-testid={`compare-saved-${id}`}
                        onChange={() => void model.toggleSaved(id)}
                      />
                      <span>
                        <span class="compare-picker__title">{assessment.title}</span>
                        <span class="compare-picker__meta">
                          {t('cmp.pick.savedMeta', {
                            subject: assessment.subject,
                            catalog: catalogName(t, assessment.catalog),
                            updated: formatTimestamp(assessment.updated),
                          })}
                        </span>
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
          {saved.status === 'ready' && saved.unreadable.length > 0 && (
            <p class="compare-hint">{t('cmp.pick.unreadable', { count: saved.unreadable.length })}</p>
          )}
        </fieldset>

        <div class="compare-picker__more">
          <div class="compare-field">
            <label for="compare-files">{t('cmp.pick.files')}</label>
            <p id="compare-files-hint" class="compare-hint">
              {t('cmp.pick.filesHint')}
            </p>
            <FileInput
              locale={locale}
              id="compare-files"
              multiple
              accept="application/json,.json"
              aria-describedby="compare-files-hint"
              data-testid="compare-files"
              disabled={full}
              onFiles={(files) => void model.addFiles(files)}
            />
          </div>
          <div class="compare-field">
            <button
              type="button"
              class="report-button"
              data-testid="compare-examples"
              aria-describedby="compare-examples-hint"
              onClick={() => void model.loadExamples()}
            >
              {t('cmp.pick.examples')}
            </button>
            <p id="compare-examples-hint" class="compare-hint">
              {t('cmp.pick.examplesHint')}
            </p>
          </div>
        </div>
      </div>

      <div class="compare-picker__status" role="status">
        {model.busy.value && <p>{t('cmp.pick.reading')}</p>}
      </div>
      {model.fileProblems.value.length > 0 && (
        <div class="report-notice" role="alert" data-testid="compare-file-problems">
          <ul>
            {model.fileProblems.value.map((p, i) => (
              <Problem key={i} problem={p} />
            ))}
          </ul>
          {sources.some((s) => s.kind === 'file') && <p>{t('cmp.file.others')}</p>}
        </div>
      )}
      {model.missingIds.value.length > 0 && (
        <p class="report-notice" data-testid="compare-missing">
          {t('cmp.pick.missing', { ids: model.missingIds.value.join(', ') })}
        </p>
      )}

      <h3 class="compare-picker__selected-heading">
        {t('cmp.pick.selected', { count: sources.length, max: model.limits.max })}
      </h3>
      {sources.length === 0 ? (
        <p>{t('cmp.pick.none')}</p>
      ) : (
        <>
          <ol class="compare-chips" data-testid="compare-selection">
            {sources.map((s) => (
              <li key={s.key} class="compare-chip" data-kind={s.kind}>
                <span class="compare-chip__kind">{t(`cmp.pick.kind.${s.kind}`)}</span>
                <span class="compare-chip__label">
                  {s.assessment.subject} <span class="compare-chip__file">({s.label})</span>
                </span>
                <button
                  type="button"
                  class="compare-chip__remove"
                  aria-label={t('cmp.pick.removeLabel', { label: s.label })}
                  onClick={() => void model.remove(s.key)}
                >
                  {t('cmp.pick.remove')}
                </button>
              </li>
            ))}
          </ol>
          <p class="compare-hint">
            {t('cmp.pick.addressNote')}{' '}
            <button type="button" class="report-button" onClick={() => void model.clear()}>
              {t('cmp.pick.clear')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
