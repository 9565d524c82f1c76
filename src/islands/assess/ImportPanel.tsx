/**
 * Import of an assessment file and the two shipped examples. A file that cannot be used gets an alert that
 * lists every problem with its field and element; nothing stored changes. A good file becomes a new
 * assessment. The examples are loaded on demand (a separate chunk), through the same checks.
 */
import { useState } from 'preact/hooks';
import type { ImportResult, PendingImport } from '../../app/assessment-model.ts';
import type { ImportChoice } from '../../app/assessment-manage.ts';
import { ImportConflictDialog } from './ManageDialogs.tsx';
import { routeHash } from '../../app/hash-route.ts';
import type { Locale } from '../../catalog/schema.ts';
import { fieldProblemOf, type AssessmentIssue } from '../../engine/issues.ts';
import { useAssess, type Translate } from './context.ts';
import FileInput from '../shared/FileInput.tsx';
import LazyXlsxImport from './LazyXlsxImport.tsx';
import { formatMegabytes } from '../../app/report-format.ts';

const ANSWER_FIELDS = ['level', 'justification', 'target', 'notes', 'evidence', 'flagged'] as const;

/**
 * Where an issue is, in words: `answers.DM-PLAN-01.level` → "要素 DM-PLAN-01 的实施程度" / "the level of element
 * DM-PLAN-01"; other paths stay as the file names them.
 */
function issueWhere(t: Translate, path: string): string {
  const m = /^answers\.(?<element>[^.]+)(?:\.(?<field>[^.]+))?/.exec(path);
  const element = m?.groups?.['element'];
  if (element === undefined) return path;
  const field = m?.groups?.['field'];
  if (!field) return t('import.where.answerWhole', { element });
  const known = ANSWER_FIELDS.find((f) => f === field);
  return known ? t('import.where.answer', { element, field: t(`import.where.field.${known}`) }) : path;
}

/** One issue in the page's language: the field path, and what is wrong with it. */
export function issueText(t: Translate, issue: AssessmentIssue): { path: string; message: string } {
  // A field problem has its own sentence in each language (not the schema's English message).
  const field = fieldProblemOf(issue);
  if (field) {
    const expected = field.type ? t(`import.type.${field.type}`) : (issue.params?.expected ?? '');
    return { path: issue.path, message: t(`import.field.${field.problem}`, { ...issue.params, expected }) };
  }
  const detail = issue.code === 'not-json' ? (issue.message.match(/\((.*)\)$/)?.[1] ?? issue.message) : issue.message;
  return {
    path: issue.path,
    message: t(`import.code.${issue.code}`, { element: issue.elementId ?? '', detail, ...issue.params }),
  };
}

function IssueList({ issues }: { issues: readonly AssessmentIssue[] }) {
  const { t } = useAssess();
  return (
    <ul class="assess-issues">
      {issues.map((issue, i) => {
        const { path, message } = issueText(t, issue);
        // The template places the path; it is set in <code> so the field name stands out.
        const [before = '', after = ''] = t('import.issue', { message }).split('{path}');
        return (
          <li key={i} data-path={path} data-element={issue.elementId}>
            {path ? (
              <>
                {before}
                {issueWhere(t, path) === path ? <code>{path}</code> : issueWhere(t, path)}
                {after}
              </>
            ) : (
              t('import.issue.whole', { message })
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface Outcome {
  /** File name; empty for an example. */
  file: string;
  size: number;
  result: ImportResult;
}

function OutcomeMessage({ outcome: { file, size, result } }: { outcome: Outcome }) {
  const { t } = useAssess();
  if (!result.success && result.reason === 'conflict') return null;
  if (!result.success) {
    return (
      <div class="assess-alert" role="alert" data-testid="import-error">
        <p class="assess-alert__title">{t('import.failed', { file })}</p>
        {result.reason === 'too-large' && <p>{t('import.tooLarge', { size: formatMegabytes(size) })}</p>}
        {result.reason === 'empty' && <p>{t('import.empty')}</p>}
        {result.issues.length > 0 && <IssueList issues={result.issues} />}
      </div>
    );
  }
  const title = result.assessment.title;
  return (
    <div class="assess-success" role="status" data-testid="import-success">
      <p>
        {result.replaced
          ? t('conflict.replaced', { title: result.replaced.title })
          : result.keptBoth
            ? t('conflict.keptBoth', { title })
            : file
              ? t('import.success', { file, title })
              : t('examples.loaded', { title })}
      </p>
      {result.migratedFrom !== undefined && <p>{t('import.migrated', { from: result.migratedFrom })}</p>}
      {result.warnings.length > 0 && (
        <>
          <p>{t('import.warnings')}</p>
          <IssueList issues={result.warnings} />
        </>
      )}
      <p>
        <a href={routeHash({ view: 'overview', id: result.id })}>{t('import.open', { title })}</a>
      </p>
    </div>
  );
}

/** Called when an import replaced a saved assessment: its title and trash entry, so the page can offer an undo. */
export type OnReplaced = (replaced: { title: string; entryId?: string }) => void;

/**
 * The outcome of an import and, while a file matches a saved assessment, the dialog that asks what to do. A
 * cancelled import says so and changes nothing.
 */
function useImportOutcome(onReplaced?: OnReplaced) {
  const { model, t } = useAssess();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const pending: PendingImport | undefined =
    outcome && !outcome.result.success && outcome.result.reason === 'conflict' ? outcome.result.pending : undefined;
  const show = (next: Outcome | null) => {
    setCancelled(false);
    setOutcome(next);
  };
  const choose = async (choice: ImportChoice) => {
    if (!outcome || !pending) return;
    const result = await model.resolveImport(pending, choice, t('start.copyTitle'));
    if (!result) {
      setOutcome(null);
      setCancelled(true);
      return;
    }
    setOutcome({ ...outcome, result });
    if (result.success && result.replaced) onReplaced?.(result.replaced);
  };
  const view = (
    <>
      {cancelled && (
        <p role="status" data-testid="import-cancelled">
          {t('conflict.stopped')}
        </p>
      )}
      {outcome && <OutcomeMessage outcome={outcome} />}
      {outcome && pending && (
        <ImportConflictDialog
          file={outcome.file}
          existing={pending.existing.title}
          canReplace={model.trash !== undefined}
          onChoose={(choice) => void choose(choice)}
        />
      )}
    </>
  );
  return { show, view };
}

type ExampleId = 'strong' | 'weak' | 'handover';

/**
 * The example assessments in the page's language (the same answers; titles, names and notes translated), each
 * loaded only when asked for.
 */
const EXAMPLES: Record<Locale, Record<ExampleId, () => Promise<{ default: unknown }>>> = {
  'zh-CN': {
    strong: () => import('../../../assessments/examples/strong-supplier.json'),
    weak: () => import('../../../assessments/examples/weak-supplier.json'),
    handover: () => import('../../../assessments/practices/handover/examples/partly-ready-project.json'),
  },
  en: {
    strong: () => import('../../../assessments/examples/strong-supplier.en.json'),
    weak: () => import('../../../assessments/examples/weak-supplier.en.json'),
    handover: () => import('../../../assessments/practices/handover/examples/partly-ready-project.en.json'),
  },
};

export function ExamplesPanel({ onReplaced }: { onReplaced?: OnReplaced }) {
  const { model, t, locale } = useAssess();
  const { show, view } = useImportOutcome(onReplaced);
  const load = async (which: ExampleId) => {
    const raw = (await EXAMPLES[locale][which]()).default;
    show({ file: '', size: 0, result: await model.loadExample(raw) });
  };
  return (
    <section class="assess-section" aria-labelledby="examples-heading">
      <h3 id="examples-heading">{t('examples.heading')}</h3>
      <p>{t('examples.intro')}</p>
      <div class="assess-actions">
        <button type="button" class="assess-button" onClick={() => load('strong')} data-testid="example-strong">
          {t('examples.strong')}
        </button>
        <button type="button" class="assess-button" onClick={() => load('weak')} data-testid="example-weak">
          {t('examples.weak')}
        </button>
        {model.offered.includes('handover') && (
          <button type="button" class="assess-button" onClick={() => load('handover')} data-testid="example-handover">
            {t('examples.handover')}
          </button>
        )}
      </div>
      <div class="assess-outcome">{view}</div>
    </section>
  );
}

export function ImportPanel({ onReplaced }: { onReplaced?: OnReplaced }) {
  const { model, t, locale } = useAssess();
  const { show, view } = useImportOutcome(onReplaced);
  const [reading, setReading] = useState<string | null>(null);

  const onFile = async (file: File) => {
    show(null);
    setReading(file.name);
    const result = await model.importFile(file);
    setReading(null);
    show({ file: file.name, size: file.size, result });
  };

  return (
    <section class="assess-section" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('import.heading')}</h3>
      <div class="assess-field">
        <label for="import-file">{t('import.label')}</label>
        <p id="import-hint" class="assess-hint">
          {t('import.hint')}
        </p>
        <FileInput
          locale={locale}
          id="import-file"
          accept="application/json,.json"
          aria-describedby="import-hint"
          data-testid="import-file"
          onFiles={([file]) => file && void onFile(file)}
        />
      </div>
      <div class="assess-outcome">
        {reading && <p>{t('import.reading', { file: reading })}</p>}
        {view}
      </div>
      <LazyXlsxImport />
    </section>
  );
}
