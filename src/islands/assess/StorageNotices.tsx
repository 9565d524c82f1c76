/**
 * What the user must know about where their work is kept: a database that was repaired, records moved back from
 * localStorage, a fallback store and why (never a silent switch), and a change of another tab that overwrote one
 * of this tab's.
 */
import { downloadText } from '../download.ts';
import { useAssess } from './context.ts';

const FIELD_KEYS = ['title', 'subject', 'assessor', 'perspective', 'date', 'scope', 'plan'] as const;

export function StorageNotices() {
  const { model, t } = useAssess();
  const opened = model.storeOpening;
  const kind = model.storageKind;
  const fallback = opened?.fallbackFrom;
  return (
    <>
      {fallback && kind !== 'indexeddb' ? (
        <p class="assess-alert" role="alert" data-testid="storage-fallback" data-problem={fallback.problem}>
          {t(kind === 'memory' ? 'storage.fallback.memory' : 'storage.fallback.localstorage', {
            problem: t(`storage.problem.${fallback.problem}`),
          })}
          {fallback.detail && (
            <small class="assess-status__detail">{t('storage.errorDetail', { detail: fallback.detail })}</small>
          )}
        </p>
      ) : (
        kind === 'memory' && <p class="assess-warning">{t('storage.memoryWarning')}</p>
      )}
      {opened?.repaired && (
        <div class="assess-warning" role="alert" data-testid="storage-repaired">
          <p>{opened.foreign ? t('storage.repairedForeign', { n: opened.foreign }) : t('storage.repaired')}</p>
          {opened.foreign ? (
            <button
              type="button"
              class="assess-button"
              onClick={async () => {
                const file = await model.foreignRecordsFile();
                if (file) downloadText(file.name, file.text, 'application/json');
              }}
            >
              {t('storage.foreignDownload')}
            </button>
          ) : null}
        </div>
      )}
      {opened?.adopted && (
        <p class="assess-warning" data-testid="storage-adopted">
          {t('storage.adopted', { n: opened.adopted })}
          {opened.copies ? ` ${t('storage.adoptedCopies', { copies: opened.copies })}` : ''}
        </p>
      )}
    </>
  );
}

export function ChangedElsewhere() {
  const { model, t, locale } = useAssess();
  const change = model.changedElsewhere.value;
  if (!change) return null;
  const names = change.fields.map((f) =>
    (FIELD_KEYS as readonly string[]).includes(f) ? t(`sync.field.${f as (typeof FIELD_KEYS)[number]}`) : f,
  );
  const fields = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  return (
    <div class="assess-alert" role="alert" data-testid="changed-elsewhere">
      <p>
        {change.removed
          ? t('sync.removed', { title: change.title })
          : t('sync.changed', { title: change.title, fields })}
      </p>
      <button type="button" class="assess-button" onClick={() => model.dismissChangedElsewhere()}>
        {t('sync.dismiss')}
      </button>
    </div>
  );
}
