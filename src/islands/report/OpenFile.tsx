/**
 * "Open an assessment file": reads a JSON file, which the model checks (migrating older versions) and, when
 * valid, saves as a new assessment; its ID then goes into the address, which shows its report. A file with
 * problems is listed here, field by field, and nothing stored changes.
 */
import { SCHEMA_VERSION } from '../../engine/index.ts';
import type { ReportModel } from '../../app/report-model.ts';
import { formatMegabytes, type Translate } from '../../app/report-format.ts';
import IssueList from './IssueList.tsx';

interface Props {
  model: ReportModel;
  t: Translate;
}

export default function OpenFile({ model, t }: Props) {
  const status = model.fileStatus.value;

  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // Cleared so that choosing the same file again (after fixing it) reads it again; the File stays readable.
    input.value = '';
    const id = await model.openSource(file);
    if (id) window.location.hash = encodeURIComponent(id);
  };

  return (
    <div class="report-open">
      <input
        id="report-open-file"
        class="report-open__input"
        type="file"
        accept=".json,application/json"
        data-testid="report-open-file"
        aria-describedby="report-open-hint"
        onChange={onChange}
      />
      <label for="report-open-file" class="report-button report-open__label">
        {t('open.label')}
      </label>
      <p id="report-open-hint" class="report-open__hint">
        {t('open.hint')}
      </p>
      <div role="status" class="report-open__status">
        {status.state === 'reading' && <p>{t('open.reading', { file: status.fileName })}</p>}
        {status.state === 'opened' && (
          <>
            <p>{t('open.opened', { file: status.fileName })}</p>
            {status.migratedFrom !== undefined && (
              <p>{t('open.migrated', { from: status.migratedFrom, to: SCHEMA_VERSION })}</p>
            )}
            {status.warnings.length > 0 && (
              <>
                <p>{t('open.warnings')}</p>
                <IssueList issues={status.warnings} t={t} />
              </>
            )}
          </>
        )}
      </div>
      <div role="alert" class="report-open__alert">
        {status.state === 'failed' && (
          <div class="report-error" data-testid="report-open-error">
            <p>{t('open.failed', { file: status.fileName, count: status.issues.length })}</p>
            <IssueList issues={status.issues} t={t} />
          </div>
        )}
        {status.state === 'too-large' && (
          <div class="report-error" data-testid="report-open-error">
            <p>
              {t('open.tooLarge', {
                file: status.fileName,
                size: formatMegabytes(status.size),
                limit: formatMegabytes(status.limit),
              })}
            </p>
          </div>
        )}
        {status.state === 'read-failed' && (
          <div class="report-error" data-testid="report-open-error">
            <p>{t('open.readFailed', { file: status.fileName, reason: status.reason })}</p>
          </div>
        )}
        {status.state === 'not-saved' && (
          <div class="report-error" data-testid="report-open-error">
            <p>{t('open.notSaved', { file: status.fileName, reason: status.reason })}</p>
          </div>
        )}
      </div>
    </div>
  );
}
