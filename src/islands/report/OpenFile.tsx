/**
 * "Open an assessment file": reads a JSON file, which the model checks (migrating older versions) and, when
 * valid, saves as a new assessment; its ID then goes into the address, which shows its report. A file with
 * problems is listed here, field by field, and nothing stored changes.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { ImportChoice } from '../../app/assessment-manage.ts';
import { SCHEMA_VERSION } from '../../engine/assessment-constants.ts';
import type { ReportModel } from '../../app/report-model.ts';
import { formatMegabytes, type Translate } from '../../app/report-format.ts';
import IssueList from './IssueList.tsx';
import FileInput from '../shared/FileInput.tsx';

interface Props {
  model: ReportModel;
  t: Translate;
  /** Prefix of the control's ids and test ids (`report-open-file`), so that other pages can use it too. */
  idPrefix?: string;
  /** What to do with the ID of the assessment saved from the file; the report puts it in the address. */
  onOpened?: (id: string) => void;
  /** The line under the button, when the page says it in its own words. */
  hint?: string;
}

const showInAddress = (id: string) => void (window.location.hash = encodeURIComponent(id));

/**
 * Replace, keep both or cancel, when the opened file is an assessment already saved here. A native modal
 * `<dialog>`: focus is trapped, Escape cancels.
 */
function ConflictDialog({
  file,
  existing,
  canReplace,
  t,
  onChoose,
}: {
  file: string;
  existing: string;
  canReplace: boolean;
  t: Translate;
  onChoose: (choice: ImportChoice) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const choose = useRef(onChoose);
  choose.current = onChoose;
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onClose = () => choose.current('cancel');
    dialog.addEventListener('close', onClose);
    dialog.showModal();
    return () => {
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="report-dialog report-conflict"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid="report-conflict"
    >
      <h2 id={`${id}-title`}>{t('conflict.title')}</h2>
      <p id={`${id}-body`}>{t('conflict.body', { file, existing })}</p>
      <ul class="report-conflict__choices" role="list">
        {canReplace && (
          <li>
            <button
              type="button"
              class="report-button report-button--danger"
              aria-describedby={`${id}-replace`}
              onClick={() => onChoose('replace')}
            >
              {t('conflict.replace')}
            </button>
            <p id={`${id}-replace`}>{t('conflict.replaceHint')}</p>
          </li>
        )}
        <li>
          <button
            type="button"
            class="report-button"
            aria-describedby={`${id}-keep`}
            onClick={() => onChoose('keep-both')}
          >
            {t('conflict.keepBoth')}
          </button>
          <p id={`${id}-keep`}>{t('conflict.keepBothHint')}</p>
        </li>
        <li>
          <button type="button" class="report-button" autoFocus onClick={() => onChoose('cancel')}>
            {t('conflict.cancel')}
          </button>
        </li>
      </ul>
    </dialog>
  );
}

/** The one "open an assessment file" control: the report, the review and the history pages use it. */
export default function OpenFile({ model, t, idPrefix = 'report', onOpened = showInAddress, hint }: Props) {
  const status = model.fileStatus.value;
  const resolve = async (choice: ImportChoice) => {
    const id = await model.resolveConflict(choice, t('conflict.copyTitle'));
    if (id) onOpened(id);
  };

  const onFile = async (file: File) => {
    const id = await model.openSource(file);
    if (id) onOpened(id);
  };

  return (
    <div class="report-open">
      <FileInput
        button={{ label: t('open.label'), class: 'report-button report-open__label' }}
        id={`${idPrefix}-open-file`}
        accept=".json,application/json"
        data-testid={`${idPrefix}-open-file`}
        aria-describedby={`${idPrefix}-open-hint`}
        onFiles={([file]) => file && void onFile(file)}
      />
      <p id={`${idPrefix}-open-hint`} class="report-open__hint">
        {hint ?? t('open.hint')}
      </p>
      <div role="status" class="report-open__status">
        {status.state === 'reading' && <p>{t('open.reading', { file: status.fileName })}</p>}
        {status.state === 'opened' && (
          <>
            <p>
              {status.replaced !== undefined
                ? t('open.replaced', { file: status.fileName, title: status.replaced })
                : status.keptBoth
                  ? t('open.keptBoth', { file: status.fileName })
                  : t('open.opened', { file: status.fileName })}
            </p>
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
      {status.state === 'conflict' && (
        <ConflictDialog
          file={status.fileName}
          existing={status.existing.title}
          canReplace={model.canReplace}
          t={t}
          onChoose={(choice) => void resolve(choice)}
        />
      )}
      <div role="alert" class="report-open__alert">
        {status.state === 'failed' && (
          <div class="report-error" data-testid={`${idPrefix}-open-error`}>
            <p>{t('open.failed', { file: status.fileName, count: status.issues.length })}</p>
            <IssueList issues={status.issues} t={t} />
          </div>
        )}
        {status.state === 'too-large' && (
          <div class="report-error" data-testid={`${idPrefix}-open-error`}>
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
          <div class="report-error" data-testid={`${idPrefix}-open-error`}>
            <p>{t('open.readFailed', { file: status.fileName, reason: status.reason })}</p>
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
