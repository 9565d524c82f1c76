/**
 * A delivery checklist for one job (7.2 on-site or 7.3 remote): the job's details, each item's status and note,
 * the shared toolbar, and a printout that fits one A4 page. The items come from the catalog, resolved at build
 * time; the "before leaving the site" group is marked as suggested practice, not from the standard.
 */
import { useMemo } from 'preact/hooks';
import type { Locale, LocalizedText } from '../../catalog/schema.ts';
import type { KeysWithPrefix } from '../../i18n/templates.ts';
import {
  CHECKLIST_GROUPS,
  checklistProgress,
  checklistTemplate,
  checklistOutline,
  groupLabel,
  itemState,
  ITEM_STATUSES,
  newChecklistDocument,
  shortKind,
  type ChecklistDocument,
  type ChecklistItem,
  type ChecklistKind,
  type GroupId,
  type ItemState,
  type Job,
} from '../../templates/checklist.ts';
import { setItemState, setJob } from '../../templates/checklist-edits.ts';
import { issuesAt } from '../../templates/issues.ts';
import type { IssueWording } from '../../templates/issue-words.ts';
import { formatMessage } from '../../i18n/format.ts';
import { TextField } from './fields.tsx';
import { loadTemplateWords } from '../../templates/template-words.ts';
import TemplateToolbar, { type ToolbarStrings } from './TemplateToolbar.tsx';
import { TemplateFrame } from './TemplateFrame.tsx';
import { useDocumentModel } from './use-document-model.ts';
import { PrintSignatures } from './print.tsx';

type ChecklistStrings = Record<KeysWithPrefix<'checklist.' | 'common.'>, string>;

/** A checklist item as the page shows it: both languages (for exports) and links in the page's language. */
export interface ChecklistItemView extends ChecklistItem {
  /** Link to the element the item is (or mirrors). */
  href: string;
}

export interface ChecklistEditorProps {
  kind: ChecklistKind;
  locale: Locale;
  items: ChecklistItemView[];
  strings: ChecklistStrings;
  toolbar: ToolbarStrings;
  messages: IssueWording;
  languages: Record<Locale, string>;
}

const JOB_FIELDS = ['ticket', 'engineer', 'customerContact', 'date', 'start', 'end', 'signOff'] as const;

export default function ChecklistEditor(props: ChecklistEditorProps) {
  const { kind, locale, items, strings: s, messages } = props;
  const k = shortKind(kind);
  const name = s[`checklist.${k}.name`];
  const definition = useMemo(
    () =>
      checklistTemplate(
        kind,
        items.map((i) => i.id),
      ),
    [],
  );
  const model = useDocumentModel<ChecklistDocument>(() => ({
    definition,
    create: (title, now) => newChecklistDocument(kind, title, now),
    defaultTitle: (n) => formatMessage(s['checklist.defaultTitle'], { name, n }),
  }));

  const doc = model.document.value;
  const issues = model.issues.value;
  const progress = checklistProgress(doc, items);
  const changeJob = (patch: Partial<Job>) => model.update((d) => setJob(d, patch));
  const changeItem = (id: string, patch: Partial<ItemState>) => model.update((d) => setItemState(d, id, patch));
  const jobLabel = (field: (typeof JOB_FIELDS)[number]) =>
    field === 'start' || field === 'end' ? s[`checklist.${k}.${field}`] : s[`checklist.job.${field}`];
  const jobType = (field: (typeof JOB_FIELDS)[number]) =>
    field === 'date' ? 'date' : field === 'start' || field === 'end' ? 'time' : 'text';

  return (
    <TemplateFrame
      kind={kind}
      model={model}
      toolbar={
        <TemplateToolbar
          model={model}
          outline={async (d, l, word, w) => ({
            blocks: checklistOutline(d, items, l, w.strings, undefined, word),
            pageLabel: w.strings['md.word.page'],
          })}
          loadWords={loadTemplateWords}
          locale={locale}
          languages={props.languages}
          strings={props.toolbar}
          messages={messages}
          idPrefix="cl"
          fields={{
            template: kind,
            strings: { ...s, ...props.toolbar },
            named: Object.fromEntries(items.map((item) => [`items.${item.id}`, `${item.id} ${item.title[locale]}`])),
          }}
        />
      }
      print={<ChecklistPrint kind={kind} doc={doc} items={items} locale={locale} s={s} />}
    >
      <section class="template-section" aria-labelledby="cl-job">
        <h2 id="cl-job">{s['checklist.job']}</h2>
        <div class="checklist-job">
          {JOB_FIELDS.map((field) => (
            <TextField
              key={field}
              id={`cl-job-${field}`}
              type={jobType(field)}
              label={jobLabel(field)}
              value={doc.job[field]}
              onValue={(v) => changeJob({ [field]: v })}
              issues={issuesAt(issues, `job.${field}`)}
              messages={messages}
            />
          ))}
        </div>
      </section>
      <section class="template-section" aria-labelledby="cl-items">
        <h2 id="cl-items">{s['checklist.items']}</h2>
        <p class="checklist-progress" role="status" aria-live="polite">
          {formatMessage(s['checklist.progress'], { ...progress })}
        </p>
        {CHECKLIST_GROUPS[kind].map((group) => {
          const inGroup = items.filter((i) => i.group === group);
          if (inGroup.length === 0) return null;
          const suggested = inGroup.some((i) => i.source === 'suggested');
          return (
            <section class="checklist-group" key={group} aria-labelledby={`cl-group-${group}`} data-group={group}>
              <h3 id={`cl-group-${group}`}>{groupHeading(kind, group, suggested, s)}</h3>
              {suggested && <p class="checklist-group__note">{s['checklist.suggestedNote']}</p>}
              <ol class="checklist-items">
                {inGroup.map((item) => (
                  <ItemRow
                    key={item.id}
                    item={item}
                    state={itemState(doc, item.id)}
                    locale={locale}
                    s={s}
                    onChange={(patch) => changeItem(item.id, patch)}
                  />
                ))}
              </ol>
            </section>
          );
        })}
      </section>
    </TemplateFrame>
  );
}

function ItemRow({
  item,
  state,
  locale,
  s,
  onChange,
}: {
  item: ChecklistItemView;
  state: ItemState;
  locale: Locale;
  s: ChecklistStrings;
  onChange: (patch: Partial<ItemState>) => void;
}) {
  const noteId = `cl-note-${item.id}`;
  const needsNote = state.status === 'na' && state.note.trim() === '';
  return (
    <li class={`checklist-item checklist-item--${state.status}`} id={`item-${item.id}`} data-item={item.id}>
      <p class="checklist-item__title">
        {item.source === 'standard' ? <a href={item.href}>{item.id}</a> : <span>{item.id}</span>} {item.title[locale]}
        {item.key && <span class="badge badge--key"> {s['checklist.key']}</span>}
      </p>
      <p class="checklist-item__requirement">
        {item.requirement[locale]}
        {item.source === 'suggested' && (
          <>
            {' '}
            <a href={item.href}>{formatMessage(s['checklist.mirrors'], { id: item.element })}</a>
          </>
        )}
      </p>
      <div class="checklist-item__controls">
        <fieldset class="checklist-item__status">
          <legend class="sr-only">
            {formatMessage(s['checklist.statusOf'], { id: `${item.id} ${item.title[locale]}` })}
          </legend>
          {ITEM_STATUSES.map((status) => (
            <label key={status} class="template-choice">
              <input
                type="radio"
                name={`cl-status-${item.id}`}
                value={status}
                checked={state.status === status}
                onChange={() => onChange({ status })}
              />
              {s[`checklist.status.${status}`]}
            </label>
          ))}
        </fieldset>
        <div class="template-field template-field--wide">
          <label for={noteId}>
            <span aria-hidden="true">{s['checklist.note']}</span>
            <span class="sr-only">{formatMessage(s['checklist.noteOf'], { id: item.id })}</span>
          </label>
          <input
            id={noteId}
            type="text"
            value={state.note}
            autoComplete="off"
            aria-describedby={needsNote ? `${noteId}-hint` : undefined}
            onInput={(e) => onChange({ note: e.currentTarget.value })}
          />
          {needsNote && (
            <p id={`${noteId}-hint`} class="template-field__hint">
              {s['checklist.naNeedsNote']}
            </p>
          )}
        </div>
      </div>
    </li>
  );
}

const text = (t: LocalizedText, locale: Locale) => t[locale];

/** `离开现场前（建议做法，非标准要求）` for the suggested group, the plain stage name otherwise. */
function groupHeading(kind: ChecklistKind, group: GroupId, suggested: boolean, s: ChecklistStrings): string {
  const label = groupLabel(kind, group, s);
  return suggested
    ? formatMessage(s['checklist.suggestedGroup'], { group: label, suggested: s['checklist.suggested'] })
    : label;
}

/** One A4 page: the job, every item with a box for done and for not applicable, a note and two signatures. */
function ChecklistPrint({
  kind,
  doc,
  items,
  locale,
  s,
}: {
  kind: ChecklistKind;
  doc: ChecklistDocument;
  items: readonly ChecklistItemView[];
  locale: Locale;
  s: ChecklistStrings;
}) {
  const k = shortKind(kind);
  const job = doc.job;
  const cell = (label: string, value: string) => (
    <>
      <th>{label}</th>
      <td>{value}</td>
    </>
  );
  const box = (on: boolean) => <span class={`print-box${on ? ' print-box--on' : ''}`}>{on ? '✓' : ''}</span>;
  const progress = checklistProgress(doc, items);
  return (
    <div class="template-print template-print--checklist">
      <p class="template-print__kind">{s[`checklist.${k}.basis`]}</p>
      <p class="template-print__title">
        {s[`checklist.${k}.name`]}
        {s['common.colon']}
        {doc.title}
      </p>
      <table class="print-job">
        <tbody>
          <tr>
            {cell(s['checklist.job.ticket'], job.ticket)}
            {cell(s['checklist.job.engineer'], job.engineer)}
            {cell(s['checklist.job.customerContact'], job.customerContact)}
          </tr>
          <tr>
            {cell(s['checklist.job.date'], job.date)}
            {cell(s[`checklist.${k}.start`], job.start)}
            {cell(s[`checklist.${k}.end`], job.end)}
          </tr>
        </tbody>
      </table>
      <table class="print-items">
        <thead>
          <tr>
            <th>{s['checklist.col.item']}</th>
            <th class="checkbox">{s['checklist.col.done']}</th>
            <th class="checkbox">{s['checklist.col.na']}</th>
            <th class="print-note">{s['checklist.col.note']}</th>
          </tr>
        </thead>
        {CHECKLIST_GROUPS[kind].map((group) => {
          const inGroup = items.filter((i) => i.group === group);
          if (inGroup.length === 0) return null;
          const suggested = inGroup.some((i) => i.source === 'suggested');
          return (
            <tbody key={group}>
              <tr class="print-group">
                <th colSpan={4}>{groupHeading(kind, group, suggested, s)}</th>
              </tr>
              {inGroup.map((item) => {
                const state = itemState(doc, item.id);
                return (
                  <tr key={item.id}>
                    <td>
                      <strong>
                        {item.id} {text(item.title, locale)}
                      </strong>
                      <span class="print-requirement">{text(item.requirement, locale)}</span>
                    </td>
                    <td class="checkbox">{box(state.status === 'done')}</td>
                    <td class="checkbox">{box(state.status === 'na')}</td>
                    <td class="print-note">{state.note}</td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
      <p>{formatMessage(s['checklist.progress'], { ...progress })}</p>
      <PrintSignatures
        colon={s['common.colon']}
        lines={[
          { label: s['checklist.signature'], value: job.signOff },
          { label: s['checklist.engineerSignature'], value: job.engineer },
        ]}
      />
    </div>
  );
}
