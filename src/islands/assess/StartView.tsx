/**
 * The start view: the assessments saved in this browser (open, rename, duplicate, export, delete), records
 * that cannot be read, the form for a new assessment, the examples and the import.
 */
import { useMemo, useState } from 'preact/hooks';
import { progressOf } from '../../app/assessment-progress.ts';
import { cardSummaryOf } from '../../app/assessment-manage.ts';
import type { SavedAssessment } from '../../storage/storage.ts';
import { routeHash } from '../../app/hash-route.ts';
import { practiceOf } from '../../engine/catalog-index.ts';
import { formatPercent, formatTimestamp } from '../../app/report-format.ts';
import { useAssess } from './context.ts';
import CreateForm from './CreateForm.tsx';
import { ConfirmDialog, RenameDialog } from './Dialogs.tsx';
import { downloadText } from '../download.ts';
import { ExamplesPanel, ImportPanel, type OnReplaced } from './ImportPanel.tsx';
import { BlankCopyDialog, DetailsDialog } from './ManageDialogs.tsx';
import ViewHeading, { focusViewHeading } from './ViewHeading.tsx';
import type { DataModel } from '../../app/data-model.ts';
import type { DataPanelProps } from '../../lib/data-panel.ts';
import { dataTranslator } from '../../i18n/data.ts';
import DataPanel from '../data/DataPanel.tsx';
import UndoNotice from '../data/UndoNotice.tsx';

/** The "backup and trash" panel's model and build-time props. */
export interface StartData {
  model: DataModel;
  props: DataPanelProps;
}

type Pending =
  | { kind: 'rename'; id: string }
  | { kind: 'details'; id: string }
  | { kind: 'blank'; id: string }
  | { kind: 'delete'; id: string }
  | { kind: 'delete-unreadable'; id: string }
  | null;

const START_HASH = routeHash({ view: 'start' });

function SavedCard({ saved, onAction }: { saved: SavedAssessment; onAction: (p: Pending) => void }) {
  const { model, t: plainT, tOf, locale, notice } = useAssess();
  const { id, assessment: a } = saved;
  const catalog = model.catalogOf(a);
  const t = catalog ? tOf(catalog) : plainT;
  const practice = catalog && practiceOf(catalog);
  const progress = useMemo(() => catalog && progressOf(catalog, a), [catalog, a]);
  // The same engine and rounding as the report.
  const summary = useMemo(() => catalog && cardSummaryOf(catalog, a), [catalog, a]);
  const titleId = `saved-${id}`;
  const exportJson = () => {
    const file = model.exportFile(id, locale);
    if (!file) return;
    downloadText(file.name, file.text);
    notice.value = { text: t('start.exported', { file: file.name }), hash: START_HASH };
  };
  const duplicate = async () => {
    const title = t('start.copyTitle', { title: a.title });
    if (await model.duplicate(id, title)) notice.value = { text: t('start.duplicated', { title }), hash: START_HASH };
  };
  const href = routeHash({ view: 'overview', id });
  return (
    <li class="assess-card" data-testid="saved-assessment" data-id={id}>
      <h3 id={titleId} class="assess-card__title">
        <a href={href}>{a.title}</a>
      </h3>
      {summary && (
        <dl class="assess-card__result" data-testid="saved-result">
          <div>
            <dt>{t('start.score')}</dt>
            <dd class="assess-card__score" data-testid="saved-score">
              {summary.scoreText ?? t('start.scoreNone')}
            </dd>
          </div>
          {summary.grade && (
            <div>
              <dt>{t('start.grade')}</dt>
              <dd data-testid="saved-grade" data-grade={summary.grade}>
                {t(`start.grade.${summary.grade}`)}
                {summary.provisional && (
                  <>
                    {' '}
                    <span
                      class="assess-tag assess-tag--provisional"
                      title={t('start.provisionalHint')}
                      data-testid="saved-provisional"
                    >
                      {t('start.provisional')}
                    </span>
                  </>
                )}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('start.completeness')}</dt>
            <dd data-testid="saved-completeness">
              {t('start.completenessValue', {
                percent: summary.completenessText,
                answered: summary.answered,
                applicable: summary.applicable,
              })}
            </dd>
          </div>
        </dl>
      )}
      <dl class="assess-card__meta">
        <div>
          <dt>{t('start.catalog')}</dt>
          <dd data-testid="saved-catalog" data-catalog={a.catalog}>
            {practice ? (
              <>
                {practice.title[locale]} <span class="assess-tag assess-tag--related">{t('catalog.related')}</span>
              </>
            ) : (
              t('catalog.standard')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('start.subject')}</dt>
          <dd data-testid="saved-subject">{a.subject}</dd>
        </div>
        {a.assessor && (
          <div>
            <dt>{t('start.assessor')}</dt>
            <dd>{a.assessor}</dd>
          </div>
        )}
        <div>
          <dt>{t('start.perspective')}</dt>
          <dd data-testid="saved-perspective">{t(`perspective.${a.perspective}`)}</dd>
        </div>
        {a.date && (
          <div>
            <dt>{t('start.date')}</dt>
            <dd data-testid="saved-date">
              <time dateTime={a.date}>{a.date}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('start.updated')}</dt>
          <dd>
            <time dateTime={a.updated}>{formatTimestamp(a.updated)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('start.progress')}</dt>
          <dd data-testid="saved-progress">
            {progress
              ? t('start.progressValue', {
                  answered: progress.answered,
                  total: progress.total,
                  percent: formatPercent(progress.completeness),
                })
              : '—'}
          </dd>
        </div>
      </dl>
      <div class="assess-actions">
        <a class="assess-button assess-button--primary" href={href} aria-describedby={titleId}>
          {t('start.open')}
        </a>
        <button
          type="button"
          class="assess-button"
          aria-describedby={titleId}
          onClick={() => onAction({ kind: 'rename', id })}
        >
          {t('start.rename')}
        </button>
        <button
          type="button"
          class="assess-button"
          aria-describedby={titleId}
          onClick={() => onAction({ kind: 'details', id })}
        >
          {t('start.editDetails')}
        </button>
        <button type="button" class="assess-button" aria-describedby={titleId} onClick={duplicate}>
          {t('start.duplicate')}
        </button>
        <button
          type="button"
          class="assess-button"
          aria-describedby={titleId}
          onClick={() => onAction({ kind: 'blank', id })}
        >
          {t('start.duplicateBlank')}
        </button>
        <button type="button" class="assess-button" aria-describedby={titleId} onClick={exportJson}>
          {t('start.export')}
        </button>
        <button
          type="button"
          class="assess-button assess-button--danger"
          aria-describedby={titleId}
          onClick={() => onAction({ kind: 'delete', id })}
        >
          {t('start.delete')}
        </button>
      </div>
    </li>
  );
}

export default function StartView({ focus, data }: { focus: boolean; data: StartData }) {
  const { model, t, tOf, notice, locale } = useAssess();
  const [pending, setPending] = useState<Pending>(null);
  /** The last delete, while it can be undone. */
  const [deleted, setDeleted] = useState<{ entryId: string; title: string } | null>(null);
  const dt = dataTranslator(data.props.strings);
  const undo = async () => {
    if (!deleted) return;
    setDeleted(null);
    const outcome = await model.undoRemove(deleted.entryId);
    say(dt(outcome?.status === 'conflict' ? 'data.undoConflict' : 'data.undone', { title: deleted.title }));
    await data.model.refresh();
  };
  const saved = model.saved.value;
  const unreadable = model.unreadable.value;
  const target = pending && pending.kind !== 'delete-unreadable' ? model.find(pending.id) : undefined;
  const say = (text: string) => (notice.value = { text, hash: START_HASH });
  const targetCatalog = target && model.catalogOf(target);
  const targetT = targetCatalog ? tOf(targetCatalog) : t;
  // An import that replaced a saved assessment can be undone like a delete.
  const onReplaced: OnReplaced = (replaced) => {
    if (replaced.entryId !== undefined) setDeleted({ entryId: replaced.entryId, title: replaced.title });
    void data.model.refresh();
  };
  // After a deletion the button that opened the dialog is gone; the view's heading takes the focus.
  const focusList = () => setTimeout(focusViewHeading, 0);

  return (
    <>
      {deleted && (
        <UndoNotice
          undoLabel={dt('data.undo')}
          dismissLabel={dt('data.dismiss')}
          onUndo={() => void undo()}
          onDismiss={() => setDeleted(null)}
        />
      )}
      <ViewHeading focus={focus} title={t('start.heading')}>
        {t('start.heading')}
      </ViewHeading>
      <div class="assess-saved">
        {saved.length === 0 ? (
          <p data-testid="saved-empty">{t('start.savedEmpty')}</p>
        ) : (
          <ul class="assess-cards" role="list">
            {saved.map((s) => (
              <SavedCard key={s.id} saved={s} onAction={setPending} />
            ))}
          </ul>
        )}
        {unreadable.length > 0 && (
          <div class="assess-unreadable" data-testid="unreadable">
            <h3>{t('start.unreadableHeading')}</h3>
            <p>{t('start.unreadableIntro')}</p>
            <ul role="list">
              {unreadable.map((u) => (
                <li key={u.id} data-id={u.id}>
                  <p id={`unreadable-${u.id}`}>
                    <strong>{t('start.unreadableId', { id: u.id })}</strong>
                  </p>
                  <p class="assess-hint">
                    <code>{u.problem}</code>
                  </p>
                  <div class="assess-actions">
                    <button
                      type="button"
                      class="assess-button"
                      aria-describedby={`unreadable-${u.id}`}
                      onClick={async () => {
                        const file = await model.rawFile(u.id);
                        if (!file) return;
                        downloadText(file.name, file.text);
                        say(t('start.unreadableDownloaded', { id: u.id, file: file.name }));
                      }}
                    >
                      {t('start.unreadableDownload')}
                    </button>
                    <button
                      type="button"
                      class="assess-button assess-button--danger"
                      aria-describedby={`unreadable-${u.id}`}
                      onClick={() => setPending({ kind: 'delete-unreadable', id: u.id })}
                    >
                      {t('start.unreadableDelete')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <CreateForm />
      <ExamplesPanel onReplaced={onReplaced} />
      <ImportPanel onReplaced={onReplaced} />
      <DataPanel
        model={data.model}
        strings={data.props.strings}
        locale={locale}
        templateNames={data.props.templateNames}
        level={3}
      />

      {pending?.kind === 'rename' && target && (
        <RenameDialog
          current={target.title}
          onCancel={() => setPending(null)}
          onSave={async (title) => {
            setPending(null);
            if (await model.rename(pending.id, title)) say(t('start.renamed', { title: title.trim() }));
          }}
        />
      )}
      {pending?.kind === 'details' && target && (
        <DetailsDialog
          assessment={target}
          t={targetT}
          onCancel={() => setPending(null)}
          onSave={async (details) => {
            setPending(null);
            const problems = await model.editDetails(pending.id, details);
            if (!problems) say(t('start.detailsSaved', { title: target.title }));
          }}
        />
      )}
      {pending?.kind === 'blank' && target && (
        <BlankCopyDialog
          assessment={target}
          t={targetT}
          onCancel={() => setPending(null)}
          onCreate={async (fields) => {
            setPending(null);
            if (await model.duplicateBlank(pending.id, fields))
              say(t('start.blankCreated', { title: fields.title.trim(), subject: fields.subject.trim() }));
          }}
        />
      )}
      {pending?.kind === 'delete' && target && (
        <ConfirmDialog
          title={t('delete.title')}
          body={t('delete.body', { title: target.title })}
          confirmLabel={t('delete.confirm')}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            setPending(null);
            const entryId = await model.remove(pending.id);
            say(t('start.deleted', { title: target.title }));
            if (entryId !== undefined) setDeleted({ entryId, title: target.title });
            await data.model.refresh();
            focusList();
          }}
        />
      )}
      {pending?.kind === 'delete-unreadable' && (
        <ConfirmDialog
          title={t('deleteUnreadable.title')}
          body={t('deleteUnreadable.body', { id: pending.id })}
          confirmLabel={t('delete.confirm')}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            setPending(null);
            await model.removeUnreadable(pending.id);
            say(t('start.unreadableDeleted', { id: pending.id }));
            focusList();
          }}
        />
      )}
    </>
  );
}
