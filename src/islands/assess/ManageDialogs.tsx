/**
 * Dialogs for managing saved assessments: edit the details (supplier, assessor, perspective, date), duplicate
 * as a blank assessment for another supplier, and settle an import that is an assessment already saved here.
 * Checking lives in `assessment-manage.ts` and `assessment-checks.ts` (loaded with the schema when an assessment
 * was read, so `import()` finds it at hand); these only collect input and show its problems next to the field.
 */
import { useId, useRef, useState } from 'preact/hooks';
import {
  blankCopyTitle,
  detailsOf,
  type AssessmentDetails,
  type DetailsProblems,
  type ImportChoice,
} from '../../app/assessment-manage.ts';
import type { Assessment } from '../../engine/assessment-schema.ts';
import { useAssess, type Translate } from './context.ts';
import { Modal } from './Dialogs.tsx';
import { PerspectiveFields, TextField } from './Fields.tsx';

interface DetailsProps {
  assessment: Assessment;
  /** Strings in the words of the assessment's catalog. */
  t: Translate;
  onSave: (details: AssessmentDetails) => void;
  onCancel: () => void;
}

/** Edits the supplier, assessor, perspective and date of an assessment. */
export function DetailsDialog({ assessment, t, onSave, onCancel }: DetailsProps) {
  const { t: plainT } = useAssess();
  const id = useId();
  const [details, setDetails] = useState<AssessmentDetails>(() => detailsOf(assessment));
  const [problems, setProblems] = useState<DetailsProblems>({});
  const refs = { subject: useRef<HTMLInputElement>(null), date: useRef<HTMLInputElement>(null) };
  const set = (patch: Partial<AssessmentDetails>) => setDetails({ ...details, ...patch });
  const submit = async (event: Event) => {
    event.preventDefault();
    const { checkDetails } = await import('../../app/assessment-checks.ts');
    const checked = checkDetails(details);
    if ('problems' in checked) {
      setProblems(checked.problems);
      (checked.problems.subject ? refs.subject : refs.date).current?.focus();
      return;
    }
    onSave(checked.details);
  };
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-intro`} onClose={onCancel} testId="details-dialog">
      <h2 id={`${id}-title`} class="assess-dialog__title">
        {t('details.title')}
      </h2>
      <p id={`${id}-intro`}>{t('details.intro', { title: assessment.title })}</p>
      <form onSubmit={submit} noValidate class="assess-dialog__form">
        <TextField
          id={`${id}-subject`}
          label={t('details.subject')}
          value={details.subject}
          onInput={(subject) => set({ subject })}
          error={problems.subject && t('details.errorSubject')}
          required
          inputRef={refs.subject}
          testId="details-subject"
        />
        <TextField
          id={`${id}-assessor`}
          label={t('details.assessor')}
          value={details.assessor}
          onInput={(assessor) => set({ assessor })}
          testId="details-assessor"
        />
        <PerspectiveFields
          name={`${id}-perspective`}
          legend={t('details.perspective')}
          value={details.perspective}
          onChange={(perspective) => set({ perspective })}
          t={t}
        />
        <TextField
          id={`${id}-date`}
          label={t('details.date')}
          hint={t('details.dateHint')}
          type="date"
          value={details.date}
          onInput={(date) => set({ date })}
          error={problems.date && t('details.errorDate')}
          inputRef={refs.date}
          testId="details-date"
        />
        <div class="assess-actions">
          <button type="submit" class="assess-button assess-button--primary">
            {t('details.save')}
          </button>
          <button type="button" class="assess-button" onClick={onCancel}>
            {plainT('dialog.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

interface BlankProps {
  assessment: Assessment;
  t: Translate;
  onCreate: (fields: { title: string; subject: string }) => void;
  onCancel: () => void;
}

/** Asks for the new supplier (and the new name, suggested from it) of a blank copy. */
export function BlankCopyDialog({ assessment, t, onCreate, onCancel }: BlankProps) {
  const { t: plainT } = useAssess();
  const id = useId();
  const [subject, setSubject] = useState('');
  /** The name, once the user has typed one; until then it follows the supplier. */
  const [ownTitle, setOwnTitle] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ subject?: boolean; title?: boolean }>({});
  const refs = { subject: useRef<HTMLInputElement>(null), title: useRef<HTMLInputElement>(null) };
  const title = ownTitle ?? blankCopyTitle(assessment.title, assessment.subject, subject, t('blank.join'));
  const submit = (event: Event) => {
    event.preventDefault();
    const found = {
      subject: subject.trim() === '',
      title: title.trim() === '',
    };
    if (found.subject || found.title) {
      setProblems(found);
      (found.subject ? refs.subject : refs.title).current?.focus();
      return;
    }
    onCreate({ title, subject });
  };
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-intro`} onClose={onCancel} testId="blank-dialog">
      <h2 id={`${id}-title`} class="assess-dialog__title">
        {t('blank.title')}
      </h2>
      <p id={`${id}-intro`}>{t('blank.intro', { title: assessment.title })}</p>
      <form onSubmit={submit} noValidate class="assess-dialog__form">
        <TextField
          id={`${id}-subject`}
          label={t('blank.subject')}
          value={subject}
          onInput={(v) => {
            setSubject(v);
            if (problems.subject && v.trim() !== '') setProblems({ ...problems, subject: false });
          }}
          error={problems.subject ? t('blank.errorSubject') : undefined}
          required
          inputRef={refs.subject}
          testId="blank-subject"
        />
        <TextField
          id={`${id}-name`}
          label={t('blank.name')}
          value={title}
          onInput={(v) => {
            setOwnTitle(v);
            if (problems.title && v.trim() !== '') setProblems({ ...problems, title: false });
          }}
          error={problems.title ? t('blank.errorName') : undefined}
          required
          inputRef={refs.title}
          testId="blank-name"
        />
        <div class="assess-actions">
          <button type="submit" class="assess-button assess-button--primary">
            {t('blank.create')}
          </button>
          <button type="button" class="assess-button" onClick={onCancel}>
            {plainT('dialog.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

interface ConflictProps {
  /** The file's name, or empty for a shipped example. */
  file: string;
  existing: string;
  /** Whether "replace" can be offered (it needs the trash, so it can be undone). */
  canReplace: boolean;
  onChoose: (choice: ImportChoice) => void;
}

/** Replace, keep both or cancel: asked when an imported file is an assessment already saved here. */
export function ImportConflictDialog({ file, existing, canReplace, onChoose }: ConflictProps) {
  const { t } = useAssess();
  const id = useId();
  const what = file ? `“${file}”` : t('conflict.example');
  return (
    <Modal
      labelledBy={`${id}-title`}
      describedBy={`${id}-body`}
      onClose={() => onChoose('cancel')}
      testId="conflict-dialog"
    >
      <h2 id={`${id}-title`} class="assess-dialog__title">
        {t('conflict.title')}
      </h2>
      <p id={`${id}-body`}>{t('conflict.body', { file: what, existing })}</p>
      <ul class="assess-choices" role="list">
        {canReplace && (
          <li>
            <button
              type="button"
              class="assess-button assess-button--danger"
              aria-describedby={`${id}-replace`}
              onClick={() => onChoose('replace')}
            >
              {t('conflict.replace')}
            </button>
            <p id={`${id}-replace`} class="assess-hint">
              {t('conflict.replaceHint')}
            </p>
          </li>
        )}
        <li>
          <button
            type="button"
            class="assess-button"
            aria-describedby={`${id}-keep`}
            onClick={() => onChoose('keep-both')}
          >
            {t('conflict.keepBoth')}
          </button>
          <p id={`${id}-keep`} class="assess-hint">
            {t('conflict.keepBothHint')}
          </p>
        </li>
        <li>
          <button type="button" class="assess-button" autoFocus onClick={() => onChoose('cancel')}>
            {t('conflict.cancel')}
          </button>
        </li>
      </ul>
    </Modal>
  );
}
