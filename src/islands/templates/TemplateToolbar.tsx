/**
 * The toolbar every template page shares: pick, name, create and delete saved documents; export JSON and
 * Markdown or Word (in either language); import a JSON file (its problems are listed in an alert and nothing
 * changes); print; and the save status in a live region. It renders a `DocumentModel`; the page supplies the
 * document's outline, which both exports write. Only JSON is written from what the page has loaded: the first
 * Markdown or Word export loads the outline writer (the page's `outline`), the exports' words in the chosen
 * language (`/template-strings.<locale>.json`) and the Markdown or Word writer (and its library).
 */
import type { Locale, TemplateId } from '../../catalog/schema.ts';
import type { ToolbarNoticeKey, ToolbarStrings } from '../../i18n/templates.ts';
import { documentFileName, setTitle, type TemplateDocument } from '../../templates/document.ts';
import { issuesAt } from '../../templates/issues.ts';
import { issueWords, type IssueWording } from '../../templates/issue-words.ts';
import { formatMessage } from '../../i18n/format.ts';
import { formatLocalTime, localTimeZone } from '../../engine/time.ts';
import type { DocumentModel, SaveStatus } from '../../templates/model.ts';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { downloadBytes, downloadText } from '../download.ts';
import type { Block } from '../../engine/outline.ts';
import { TextField, useIssueText } from './fields.tsx';
import FileInput from '../shared/FileInput.tsx';

export type { ToolbarStrings };

interface Props<D extends TemplateDocument, W> {
  model: DocumentModel<D>;
  /**
   * The open document as an outline in a language from that language's `words`, and the page-number line of a Word
   * file in it. `forWord` adds what only a signed document needs (the parties' signature lines). The page loads
   * its outline module with `import()` here, so that a visit that exports nothing does not download it.
   */
  outline: (doc: D, locale: Locale, forWord: boolean, words: W) => Promise<{ blocks: Block[]; pageLabel: string }>;
  /** The exports' words in a language, fetched on the first export in it (`loadTemplateWords`). */
  loadWords: (locale: Locale) => Promise<W>;
  locale: Locale;
  /** Name of each language in its own script, for the Markdown language picker. */
  languages: Record<Locale, string>;
  strings: ToolbarStrings;
  messages: IssueWording;
  /** Prefix of element IDs, so that two toolbars could share a page. */
  idPrefix: string;
  /** Shown just above the export buttons, e.g. what the document still lacks (export stays possible). */
  exportWarning?: ComponentChildren;
  /** What names a document's fields in words (`fieldLabels` of `templates/field-labels.ts`, loaded when needed). */
  fields: FieldNames;
}

/**
 * The template, the strings of its field labels (page and toolbar strings) and the labels that come from data, by
 * path: enough for `fieldLabels` to name a changed field the way the page labels it.
 */
interface FieldNames {
  template: TemplateId;
  strings: Readonly<Record<string, string>>;
  named?: Readonly<Record<string, string>>;
}

function statusText(
  status: SaveStatus,
  store: DocumentModel<TemplateDocument>['storeKind']['value'],
  s: ToolbarStrings,
  notices: NoticeText,
): string {
  switch (status.state) {
    case 'loading':
      return s['toolbar.status.loading'];
    case 'saving':
      return s['toolbar.status.saving'];
    case 'invalid':
      return formatMessage(s['toolbar.status.invalid'], { n: status.count });
    case 'error':
      return formatMessage(s['toolbar.status.error'], { problem: notices(`toolbar.problem.${status.problem}`) });
    case 'saved': {
      if (store === 'memory') return s['toolbar.status.memory'];
      // In the reader's zone, as the report and the exports show times: no `Intl.DateTimeFormat` to build, which
      // took 17–30 ms of a template page's start (see localTimeZone).
      return formatMessage(s['toolbar.status.saved'], {
        store: s[`toolbar.store.${store ?? 'indexeddb'}`],
        time: formatLocalTime(status.at, localTimeZone()),
      });
    }
  }
}

/** A toolbar notice's sentence (`key`, placeholders filled from `vars`), or what is shown until its words arrive. */
type NoticeText = (key: ToolbarNoticeKey, vars?: Record<string, string | number>) => string;

/**
 * The notice words, fetched with the problem words (`issueWords`) when `needed`: the first time the toolbar has a
 * notice to show. Until they arrive a notice reads as the pending sentence; if they cannot be fetched, as the
 * unavailable one naming the notice (`problem.quota`). `messages` is the fetched dictionary once it is here.
 */
function useNoticeWords(wording: IssueWording, needed: boolean) {
  const words = issueWords(wording.locale);
  useEffect(() => {
    if (needed) words.request();
  });
  const state = words.state.value;
  const text: NoticeText = (key, vars = {}) => words.text(key, vars, wording, key.replace(/^toolbar\./, ''));
  return { text, messages: state.state === 'ready' ? state.messages : undefined };
}

type FieldLabels = typeof import('../../templates/field-labels.ts').fieldLabels;

/**
 * The field namer, loaded the first time another tab overwrites a change (the only notice that names fields): the
 * rules of every template's fields stay out of a first visit. `failed` when it could not be loaded (offline before
 * it ever was); the notice then says "other content" rather than nothing.
 */
function useFieldLabels(needed: boolean): FieldLabels | 'failed' | undefined {
  const [labels, setLabels] = useState<{ of: FieldLabels } | 'failed'>();
  useEffect(() => {
    if (!needed || labels !== undefined) return;
    let live = true;
    import('../../templates/field-labels.ts').then(
      ({ fieldLabels }) => live && setLabels({ of: fieldLabels }),
      () => live && setLabels('failed'),
    );
    return () => {
      live = false;
    };
  }, [needed, labels]);
  return labels === 'failed' ? labels : labels?.of;
}

/** Where documents are kept when it is not the browser database, and why; repairs; another tab's overwrite. */
function StoreNotices<D extends TemplateDocument>({
  model,
  strings: s,
  messages,
  fields,
}: {
  model: DocumentModel<D>;
  strings: ToolbarStrings;
  messages: IssueWording;
  fields: FieldNames;
}) {
  const opened = model.storeOpening.value;
  const kind = model.storeKind.value;
  const fallback = opened?.fallbackFrom;
  const changed = model.changedElsewhere.value;
  const labels = useFieldLabels(changed !== undefined && changed !== null);
  const showFallback = Boolean(fallback && kind && kind !== 'indexeddb');
  const notices = useNoticeWords(messages, showFallback || Boolean(opened?.repaired || opened?.adopted || changed));
  const t = notices.text;
  const words = notices.messages;
  return (
    <>
      {fallback && kind && kind !== 'indexeddb' && (
        <p class="template-alert" role="alert" data-testid="storage-fallback" data-problem={fallback.problem}>
          {t(kind === 'memory' ? 'toolbar.storage.fallback.memory' : 'toolbar.storage.fallback.localstorage', {
            problem: words?.[`toolbar.problem.${fallback.problem}`] ?? '',
          })}
          {fallback.detail && words && (
            <small class="template-status__detail">{t('toolbar.errorDetail', { detail: fallback.detail })}</small>
          )}
        </p>
      )}
      {opened?.repaired && (
        <div class="template-alert" role="alert" data-testid="storage-repaired">
          <p>
            {opened.foreign
              ? t('toolbar.storage.repairedForeign', { n: opened.foreign })
              : t('toolbar.storage.repaired')}
          </p>
          {opened.foreign ? (
            <button
              type="button"
              class="template-button"
              onClick={async () => {
                const file = await model.foreignRecordsFile();
                if (file) downloadText(file.name, file.text, 'application/json');
              }}
            >
              {s['toolbar.storage.foreignDownload']}
            </button>
          ) : null}
        </div>
      )}
      {opened?.adopted && (
        <p class="template-alert" data-testid="storage-adopted">
          {t('toolbar.storage.adopted', { n: opened.adopted })}
          {opened.copies && words ? ` ${t('toolbar.storage.adoptedCopies', { copies: opened.copies })}` : ''}
        </p>
      )}
      {changed && labels && (
        <div class="template-alert" role="alert" data-testid="changed-elsewhere">
          <p>
            {t('toolbar.changedElsewhere', {
              fields: !words
                ? ''
                : labels === 'failed'
                  ? (words['toolbar.field.other'] ?? '')
                  : labels(fields.template, changed, { ...fields.strings, ...words }, fields.named).join(
                      words['toolbar.fieldSeparator'] ?? ', ',
                    ),
            })}
          </p>
          <button type="button" class="template-button" onClick={() => model.dismissChangedElsewhere()}>
            {s['toolbar.dismiss']}
          </button>
        </div>
      )}
    </>
  );
}

export default function TemplateToolbar<D extends TemplateDocument, W>({
  model,
  outline,
  loadWords,
  locale,
  languages,
  strings: s,
  messages,
  idPrefix: p,
  exportWarning,
  fields,
}: Props<D, W>) {
  const [mdLocale, setMdLocale] = useState<Locale>(locale);
  const [confirming, setConfirming] = useState(false);
  const [word, setWord] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [markdown, setMarkdown] = useState<'idle' | 'failed'>('idle');
  const [wordsFailed, setWordsFailed] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const doc = model.document.value;
  const saveStatus = model.status.value;
  // Fields holding unusable text count as entries to correct, although the document itself is saved.
  const pending = model.fieldProblems.value.size;
  const status: SaveStatus =
    pending === 0 || saveStatus.state === 'loading' || saveStatus.state === 'error'
      ? saveStatus
      : { state: 'invalid', count: pending + (saveStatus.state === 'invalid' ? saveStatus.count : 0) };
  const notice = model.notice.value;
  const issues = model.issues.value;
  const noticeWords = useNoticeWords(
    messages,
    status.state === 'error' ||
      notice?.kind === 'import-failed' ||
      notice?.kind === 'restore-conflict' ||
      model.unreadable.value.length > 0,
  );
  const notices = noticeWords.text;
  // Problems of an imported file and of unreadable saved documents, listed below.
  const issueText = useIssueText(messages, [
    ...(notice?.kind === 'import-failed' ? notice.issues : []),
    ...model.unreadable.value.flatMap((u) => u.issues),
  ]);
  const loading = status.state === 'loading';

  const problems = model.problemCount.value;
  const exportAs = async (kind: 'json' | 'md' | 'docx') => {
    if (problems > 0) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    const json = kind === 'json' ? model.exportJson() : undefined;
    if (json !== undefined) {
      downloadText(documentFileName(doc, 'json'), json, 'application/json');
      return;
    }
    let words: W;
    try {
      words = await loadWords(mdLocale);
    } catch {
      // The language's words could not be fetched (offline before they were ever loaded): say so.
      setWordsFailed(true);
      return;
    }
    setWordsFailed(false);
    if (kind === 'md') {
      try {
        const [{ outlineToMarkdown }, { blocks }] = await Promise.all([
          import('../../engine/outline.ts'),
          outline(doc, mdLocale, false, words),
        ]);
        downloadText(documentFileName(doc, 'md'), outlineToMarkdown(blocks), 'text/markdown');
        setMarkdown('idle');
      } catch {
        // The writer could not be fetched (offline before it was ever loaded): say so, keep everything.
        setMarkdown('failed');
      }
    } else {
      setWord('busy');
      try {
        const [{ blocks, pageLabel }, { DOCX_MIME, outlineToDocx }] = await Promise.all([
          outline(doc, mdLocale, true, words),
          import('../../office/docx.ts'),
        ]);
        const bytes = await outlineToDocx(blocks, {
          locale: mdLocale,
          title: doc.title,
          pageLabel,
          creator: s['toolbar.wordCreator'],
        });
        downloadBytes(documentFileName(doc, 'docx'), bytes, DOCX_MIME);
        setWord('idle');
      } catch {
        // The writer could not be fetched (offline before it was ever loaded) or failed: say so, keep everything.
        setWord('failed');
      }
    }
  };

  const onImport = async (file: File) => {
    await model.importJson(await file.text(), file.name);
  };

  return (
    <section class="template-toolbar" aria-labelledby={`${p}-toolbar-heading`} data-pagefind-ignore>
      <h2 id={`${p}-toolbar-heading`} class="sr-only">
        {s['toolbar.label']}
      </h2>
      <div class="template-toolbar__row">
        <div class="template-field">
          <label for={`${p}-document`}>{s['toolbar.document']}</label>
          <select
            id={`${p}-document`}
            value={model.documentId.value}
            disabled={loading}
            onChange={(e) => void model.open(e.currentTarget.value)}
          >
            {model.documents.value.length === 0 && <option value={model.documentId.value}>{doc.title}</option>}
            {model.documents.value.map((d) => (
              <option key={d.id} value={d.id}>
                {d.id === model.documentId.value ? doc.title : d.title}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id={`${p}-title`}
          label={s['toolbar.title']}
          value={doc.title}
          onValue={(title) => model.update((d) => setTitle(d, title))}
          issues={issuesAt(issues, 'title')}
          messages={messages}
        />
        <div class="template-toolbar__buttons">
          <button type="button" class="template-button" disabled={loading} onClick={() => void model.createNew()}>
            {s['toolbar.new']}
          </button>
          <button
            type="button"
            class="template-button template-button--danger"
            disabled={loading}
            aria-expanded={confirming}
            aria-controls={`${p}-confirm`}
            onClick={() => setConfirming(true)}
          >
            {s['toolbar.delete']}
          </button>
        </div>
      </div>
      <div id={`${p}-confirm`} class="template-confirm" hidden={!confirming}>
        {confirming && (
          <>
            <p>{formatMessage(s['toolbar.deleteConfirm'], { title: doc.title })}</p>
            <button
              type="button"
              class="template-button template-button--danger"
              onClick={() => {
                setConfirming(false);
                void model.removeCurrent();
              }}
            >
              {s['toolbar.deleteYes']}
            </button>
            <button type="button" class="template-button" onClick={() => setConfirming(false)}>
              {s['toolbar.deleteNo']}
            </button>
          </>
        )}
      </div>
      {exportWarning}
      <div class="template-toolbar__row" role="group" aria-label={s['toolbar.files']}>
        <button type="button" class="template-button" onClick={() => void exportAs('json')}>
          {s['toolbar.exportJson']}
        </button>
        <div class="template-toolbar__markdown">
          <label for={`${p}-md-locale`} class="sr-only">
            {s['toolbar.markdownLanguage']}
          </label>
          <select id={`${p}-md-locale`} value={mdLocale} onChange={(e) => setMdLocale(e.currentTarget.value as Locale)}>
            {(Object.keys(languages) as Locale[]).map((l) => (
              <option key={l} value={l} lang={l}>
                {languages[l]}
              </option>
            ))}
          </select>
          <button type="button" class="template-button" onClick={() => void exportAs('md')}>
            {s['toolbar.exportMarkdown']}
          </button>
          <button
            type="button"
            class="template-button"
            disabled={word === 'busy'}
            aria-busy={word === 'busy'}
            onClick={() => void exportAs('docx')}
          >
            {s['toolbar.exportWord']}
          </button>
        </div>
        <FileInput
          button={{ label: s['toolbar.import'], class: 'template-button' }}
          accept=".json,application/json"
          disabled={loading}
          onFiles={([file]) => file && void onImport(file)}
        />
        <button type="button" class="template-button" onClick={() => window.print()}>
          {s['toolbar.print']}
        </button>
      </div>
      <StoreNotices model={model} strings={s} messages={messages} fields={fields} />
      <p class={`template-status template-status--${status.state}`} role="status" aria-live="polite">
        {statusText(status, model.storeKind.value, s, notices)}
        {status.state === 'error' && status.detail && noticeWords.messages && (
          <small class="template-status__detail">{notices('toolbar.errorDetail', { detail: status.detail })}</small>
        )}
        {notice?.kind === 'imported' &&
          ` ${formatMessage(s['toolbar.imported'], { file: notice.file, title: notice.title })}`}
        {notice?.kind === 'created' && ` ${formatMessage(s['toolbar.created'], { title: notice.title })}`}
        {notice?.kind === 'deleted' && ` ${formatMessage(s['toolbar.deleted'], { title: notice.title })}`}
        {notice?.kind === 'restored' && ` ${formatMessage(s['toolbar.restored'], { title: notice.title })}`}
        {notice?.kind === 'restore-conflict' && ` ${notices('toolbar.restoreConflict', { title: notice.title })}`}
      </p>
      {notice?.kind === 'deleted' && notice.entryId !== undefined && (
        <p class="template-undo">
          <button type="button" class="template-button" onClick={() => void model.undoDelete()}>
            {s['toolbar.undo']}
          </button>
        </p>
      )}
      {blocked && problems > 0 && (
        <p class="template-alert" role="alert">
          {formatMessage(s['toolbar.exportBlocked'], { n: problems })}
        </p>
      )}
      {markdown === 'failed' && (
        <p class="template-alert" role="alert" data-testid="markdown-failed">
          {s['toolbar.markdownFailed']}
        </p>
      )}
      {word === 'failed' && (
        <p class="template-alert" role="alert" data-testid="word-failed">
          {s['toolbar.wordFailed']}
        </p>
      )}
      {wordsFailed && (
        <p class="template-alert" role="alert" data-testid="words-failed">
          {s['toolbar.wordsFailed']}
        </p>
      )}
      {notice?.kind === 'import-failed' && (
        <div class="template-alert" role="alert">
          <p>{notices('toolbar.importFailed', { file: notice.file })}</p>
          <ul>
            {notice.issues.map((issue, i) => (
              <li key={i}>{issueText(issue)}</li>
            ))}
          </ul>
          <button type="button" class="template-button" onClick={() => model.dismissNotice()}>
            {s['toolbar.dismiss']}
          </button>
        </div>
      )}
      {model.unreadable.value.length > 0 && (
        <details class="template-alert">
          <summary>{notices('toolbar.unreadable', { n: model.unreadable.value.length })}</summary>
          <ul>
            {model.unreadable.value.map((u) => (
              <li key={u.id}>
                <code>{u.id}</code> {u.issues.map(issueText).join('; ')}{' '}
                <button
                  type="button"
                  class="template-button"
                  onClick={async () => {
                    const file = await model.rawFile(u.id);
                    if (file) downloadText(file.name, file.text, 'application/json');
                  }}
                >
                  {s['toolbar.unreadableDownload']}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p class="template-privacy">{s['common.privacy']}</p>
    </section>
  );
}
