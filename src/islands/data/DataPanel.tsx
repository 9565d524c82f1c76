/**
 * "Backup and trash": export everything, restore from a backup (each conflicting record asks replace / keep
 * both / skip), and the trash with restore, delete permanently and empty. Renders a `DataModel`; used by the
 * questionnaire's start view and by the templates page. Dialogs are the questionnaire's native `<dialog>`s.
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { BackupProblem, RestoreCandidate, UnreadableReason } from '../../app/backup.ts';
import { BACKUP_VERSION } from '../../app/backup-format.ts';
import type { DataModel } from '../../app/data-model.ts';
import { CONFLICT_CHOICES, type ConflictChoice, type TrashItem } from '../../storage/trash.ts';
import type { Locale } from '../../catalog/schema.ts';
import { dataTranslator, type DataStrings, type DataTranslate } from '../../i18n/data.ts';
import { Modal } from '../assess/Dialogs.tsx';
import { downloadText } from '../download.ts';
import FileInput from '../shared/FileInput.tsx';
import { formatMegabytes } from '../../app/report-format.ts';

export interface DataPanelViewProps {
  model: DataModel;
  strings: DataStrings;
  locale: Locale;
  templateNames: Record<string, string>;
  /** Level of the panel's heading (its parts use the next one). */
  level: 2 | 3;
}

const formatTime = (iso: string, locale: Locale) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
};

function Heading({ level, id, children }: { level: number; id?: string; children: ComponentChildren }) {
  const Tag = `h${Math.min(level, 6)}` as 'h2';
  return <Tag id={id}>{children}</Tag>;
}

function problemText(t: DataTranslate, problem: BackupProblem): string {
  switch (problem.code) {
    case 'too-large':
      return t('data.problem.too-large', { size: formatMegabytes(problem.size) });
    case 'empty':
      return t('data.problem.empty');
    case 'not-json':
      return t('data.problem.not-json', { detail: problem.detail });
    case 'not-a-backup':
      return t('data.problem.not-a-backup');
    case 'version-newer':
      return t('data.problem.version-newer', { found: problem.found, supported: BACKUP_VERSION });
    case 'invalid':
      return t('data.problem.invalid', { detail: problem.detail });
  }
}

function reasonText(t: DataTranslate, reason: UnreadableReason): string {
  if (reason.code === 'invalid') return reason.detail;
  if (reason.code === 'duplicate') return t('data.plan.reason.duplicate');
  return t('data.plan.reason.unknown-template', { template: reason.template });
}

/** What kind of record a trash entry or a backup record is, in words. */
const kindOf = (t: DataTranslate, names: Record<string, string>, collection: string, key: string) =>
  collection === 'assessments'
    ? t('data.trash.assessment')
    : (names[/^doc:([^:]+):/.exec(key)?.[1] ?? ''] ?? /^doc:([^:]+):/.exec(key)?.[1] ?? '');

type Pending =
  | { kind: 'forever'; item: TrashItem }
  | { kind: 'empty'; count: number }
  | { kind: 'conflict'; item: TrashItem; current: string }
  | null;

export default function DataPanel({ model, strings, locale, templateNames, level }: DataPanelViewProps) {
  const t = dataTranslator(strings);
  const id = useId();
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [reading, setReading] = useState<string | null>(null);
  const items = model.items.value;
  const plan = model.plan.value;
  const outcome = model.outcome.value;

  const exportAll = async () => {
    const file = await model.exportAll(new Date());
    if (!file) return;
    downloadText(file.name, file.text);
    const done = t('data.exported', { file: file.name, assessments: file.assessments, templates: file.templates });
    setMessage(
      file.skipped.length > 0
        ? `${done} ${t('data.exportSkipped', { n: file.skipped.length, keys: file.skipped.join(', ') })}`
        : done,
    );
  };

  const onFile = async (file: File) => {
    setMessage('');
    setReading(file.name);
    await model.openBackup(file);
    setReading(null);
  };

  const restore = async (item: TrashItem, choice?: ConflictChoice) => {
    setPending(null);
    const result = await model.restore(item.entryId, choice);
    if (result?.status === 'conflict') setPending({ kind: 'conflict', item, current: result.currentTitle });
    else if (result?.status === 'restored') setMessage(t('data.trash.restored', { title: item.title }));
    else if (result?.status === 'skipped') setMessage(t('data.trash.skipped', { title: item.title }));
  };

  return (
    <section class="data-panel" aria-labelledby={`${id}-heading`} data-testid="data-panel">
      <Heading level={level} id={`${id}-heading`}>
        {t('data.heading')}
      </Heading>
      <p>{t('data.intro')}</p>
      {model.error.value && (
        <p class="assess-alert" role="alert">
          {t('data.error', { reason: model.error.value })}
        </p>
      )}
      <div class="assess-actions">
        <button type="button" class="assess-button" aria-describedby={`${id}-export-hint`} onClick={exportAll}>
          {t('data.export')}
        </button>
      </div>
      <p id={`${id}-export-hint`} class="assess-hint">
        {t('data.exportHint')}
      </p>
      <div class="assess-field">
        <label for={`${id}-restore`}>{t('data.restore.label')}</label>
        <p id={`${id}-restore-hint`} class="assess-hint">
          {t('data.restore.hint')}
        </p>
        <FileInput
          locale={locale}
          id={`${id}-restore`}
          accept="application/json,.json"
          aria-describedby={`${id}-restore-hint`}
          data-testid="backup-file"
          onFiles={([file]) => file && void onFile(file)}
        />
      </div>
      <p class="data-message" role="status" data-testid="data-message">
        {reading ? t('data.restore.reading', { file: reading }) : message}
        {outcome?.kind === 'restored' && !reading && t('data.restored', { ...outcome.summary })}
      </p>
      {outcome?.kind === 'refused' && (
        <div class="assess-alert" role="alert" data-testid="backup-refused">
          <p>{t('data.restore.refused', { file: outcome.file })}</p>
          <p>{problemText(t, outcome.problem)}</p>
        </div>
      )}
      {plan && (
        <PlanView model={model} plan={plan} t={t} locale={locale} templateNames={templateNames} level={level + 1} />
      )}

      <TrashView
        model={model}
        t={t}
        locale={locale}
        templateNames={templateNames}
        level={level + 1}
        onRestore={(item) => void restore(item)}
        onForever={(item) => setPending({ kind: 'forever', item })}
        onEmpty={() => setPending({ kind: 'empty', count: items.length + model.unreadableItems.value.length })}
      />

      {pending?.kind === 'forever' && (
        <Confirm
          t={t}
          title={t('data.confirm.forever.title')}
          body={t('data.confirm.forever.body', { title: pending.item.title })}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            setPending(null);
            await model.deleteForever(pending.item.entryId);
            setMessage(t('data.trash.deletedForever', { title: pending.item.title }));
          }}
        />
      )}
      {pending?.kind === 'empty' && (
        <Confirm
          t={t}
          title={t('data.confirm.empty.title')}
          body={t('data.confirm.empty.body', { n: pending.count })}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            setPending(null);
            const n = await model.emptyTrash();
            if (n !== undefined) setMessage(t('data.trash.emptied', { n }));
          }}
        />
      )}
      {pending?.kind === 'conflict' && (
        <ConflictDialog
          t={t}
          title={pending.item.title}
          current={pending.current}
          onCancel={() => setPending(null)}
          onChoose={(choice) => void restore(pending.item, choice)}
        />
      )}
    </section>
  );
}

function TrashView({
  model,
  t,
  locale,
  templateNames,
  level,
  onRestore,
  onForever,
  onEmpty,
}: {
  model: DataModel;
  t: DataTranslate;
  locale: Locale;
  templateNames: Record<string, string>;
  level: number;
  onRestore: (item: TrashItem) => void;
  onForever: (item: TrashItem) => void;
  onEmpty: () => void;
}) {
  const items = model.items.value;
  const unreadable = model.unreadableItems.value;
  const id = useId();
  return (
    <div class="data-trash" id="trash" data-testid="trash">
      <Heading level={level} id={`${id}-trash`}>
        {t('data.trash.heading', { n: items.length })}
      </Heading>
      <p>{t('data.trash.intro')}</p>
      {items.length === 0 && unreadable.length === 0 ? (
        <p data-testid="trash-empty">{t('data.trash.empty')}</p>
      ) : (
        <>
          <ul class="data-list" role="list">
            {items.map((item) => (
              <li key={item.entryId} class="data-item" data-testid="trash-item" data-key={item.key}>
                <p class="data-item__title" id={`${id}-${item.entryId}`}>
                  <strong>{item.title}</strong>{' '}
                  <span class="assess-tag">{kindOf(t, templateNames, item.collection, item.key)}</span>
                </p>
                <p class="assess-hint">
                  <time dateTime={item.deletedAt}>
                    {t('data.trash.deleted', { time: formatTime(item.deletedAt, locale) })}
                  </time>
                  {' · '}
                  <time dateTime={item.expires}>
                    {t('data.trash.expires', { time: formatTime(item.expires, locale) })}
                  </time>
                </p>
                <div class="assess-actions">
                  <button
                    type="button"
                    class="assess-button assess-button--small"
                    aria-describedby={`${id}-${item.entryId}`}
                    onClick={() => onRestore(item)}
                  >
                    {t('data.trash.restore')}
                  </button>
                  <button
                    type="button"
                    class="assess-button assess-button--small assess-button--danger"
                    aria-describedby={`${id}-${item.entryId}`}
                    onClick={() => onForever(item)}
                  >
                    {t('data.trash.deleteForever')}
                  </button>
                </div>
              </li>
            ))}
            {unreadable.map((u) => (
              <li key={u.entryId} class="data-item">
                <p class="assess-hint">
                  <code>{t('data.trash.unreadable', { id: u.entryId, problem: u.problem })}</code>
                </p>
              </li>
            ))}
          </ul>
          <div class="assess-actions">
            <button type="button" class="assess-button assess-button--danger" onClick={onEmpty}>
              {t('data.trash.emptyAll')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function PlanView({
  model,
  plan,
  t,
  locale,
  templateNames,
  level,
}: {
  model: DataModel;
  /** The restore plan being shown (the model's, while it has one). */
  plan: NonNullable<DataModel['plan']['value']>;
  t: DataTranslate;
  locale: Locale;
  templateNames: Record<string, string>;
  level: number;
}) {
  const choices = model.choices.value;
  const undecided = model.undecided.value;
  const id = useId();
  const conflicts = plan.candidates.filter((c) => c.state === 'conflict');
  const count = (state: RestoreCandidate['state']) => plan.candidates.filter((c) => c.state === state).length;
  return (
    <div class="data-plan" data-testid="restore-plan" role="group" aria-labelledby={`${id}-plan`}>
      <Heading level={level} id={`${id}-plan`}>
        {t('data.plan.heading', { file: plan.file })}
      </Heading>
      <p class="assess-hint">{t('data.plan.exported', { time: formatTime(plan.exported, locale) })}</p>
      <p data-testid="restore-summary">
        {t('data.plan.summary', {
          new: count('new'),
          same: count('same'),
          conflicts: conflicts.length,
          unreadable: plan.unreadable.length,
        })}
      </p>
      {plan.unreadable.length > 0 && (
        <div class="assess-warning" data-testid="restore-unreadable">
          <p>{t('data.plan.unreadableHeading')}</p>
          <ul>
            {plan.unreadable.map((u, i) => (
              <li key={i}>
                <strong>{u.name}</strong> ({kindOf(t, templateNames, u.collection, `doc:${u.template ?? ''}:`)}){' '}
                <code>{reasonText(t, u.reason)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {conflicts.length > 0 && (
        <>
          <p>
            <strong>{t('data.plan.conflictsHeading')}</strong>
          </p>
          <div class="assess-actions">
            <span>{t('data.plan.all')}</span>
            {CONFLICT_CHOICES.map((choice) => (
              <button
                key={choice}
                type="button"
                class="assess-button assess-button--small"
                onClick={() => model.chooseAll(choice)}
              >
                {t(`data.choice.${choice}`)}
              </button>
            ))}
          </div>
          <ul class="data-list" role="list">
            {conflicts.map((c, i) => (
              <li key={c.ref} class="data-item" data-testid="restore-conflict" data-key={c.key}>
                <fieldset
                  class={undecided.includes(c.ref) ? 'data-choice data-choice--missing' : 'data-choice'}
                  aria-invalid={undecided.includes(c.ref) ? 'true' : undefined}
                >
                  <legend>
                    {t('data.plan.conflict', { title: c.title, current: c.currentTitle ?? c.key })}{' '}
                    <span class="assess-tag">{kindOf(t, templateNames, c.collection, c.key)}</span>
                  </legend>
                  {CONFLICT_CHOICES.map((choice) => (
                    <label key={choice} class="data-choice__option">
                      <input
                        type="radio"
                        name={`${id}-choice-${i}`}
                        value={choice}
                        checked={choices[c.ref] === choice}
                        onChange={() => model.choose(c.ref, choice)}
                      />{' '}
                      {t(`data.choice.${choice}`)}
                    </label>
                  ))}
                </fieldset>
              </li>
            ))}
          </ul>
        </>
      )}
      {undecided.length > 0 && (
        <p class="assess-alert" role="alert">
          {t('data.plan.undecided', { n: undecided.length })}
        </p>
      )}
      {plan.candidates.length === 0 && <p>{t('data.plan.nothing')}</p>}
      <div class="assess-actions">
        <button
          type="button"
          class="assess-button assess-button--primary"
          data-testid="restore-apply"
          onClick={() => void model.applyBackup()}
        >
          {t('data.plan.apply')}
        </button>
        <button type="button" class="assess-button" onClick={() => model.cancelBackup()}>
          {t('data.cancel')}
        </button>
      </div>
    </div>
  );
}

function Confirm({
  t,
  title,
  body,
  onConfirm,
  onCancel,
}: {
  t: DataTranslate;
  title: string;
  body: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-body`} onClose={onCancel} testId="data-confirm">
      <h2 id={`${id}-title`} class="assess-dialog__title">
        {title}
      </h2>
      <p id={`${id}-body`}>{body}</p>
      <div class="assess-actions">
        <button type="button" class="assess-button assess-button--danger" onClick={onConfirm}>
          {t('data.confirm.yes')}
        </button>
        <button type="button" class="assess-button" onClick={onCancel} autoFocus>
          {t('data.cancel')}
        </button>
      </div>
    </Modal>
  );
}

function ConflictDialog({
  t,
  title,
  current,
  onChoose,
  onCancel,
}: {
  t: DataTranslate;
  title: string;
  current: string;
  onChoose: (choice: ConflictChoice) => void;
  onCancel: () => void;
}) {
  const id = useId();
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-body`} onClose={onCancel} testId="conflict-dialog">
      <h2 id={`${id}-title`} class="assess-dialog__title">
        {t('data.conflict.title')}
      </h2>
      <p id={`${id}-body`}>{t('data.conflict.body', { title, current })}</p>
      <div class="assess-actions">
        {CONFLICT_CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            class={choice === 'replace' ? 'assess-button assess-button--danger' : 'assess-button'}
            onClick={() => onChoose(choice)}
          >
            {t(`data.choice.${choice}`)}
          </button>
        ))}
        <button type="button" class="assess-button" onClick={onCancel} autoFocus>
          {t('data.cancel')}
        </button>
      </div>
    </Modal>
  );
}
