/**
 * The priority and escalation template (Appendix C): a calculator for one request, the scheme behind it (matrix,
 * levels, targets, thresholds, service hours), the shared toolbar, and a print layout. Strings arrive resolved;
 * the example defaults arrive from the catalog; everything is computed by `src/templates/priority*.ts`.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../catalog/schema.ts';
import type { KeysWithPrefix } from '../../i18n/templates.ts';
import { formatIssue, issuesAt, type IssueMessages, type TemplateIssue } from '../../templates/issues.ts';
import { fill } from '../../templates/markdown.ts';
import {
  formatUtcOffset,
  isIsoDate,
  MILESTONES,
  toLocalDateTime,
  UTC_OFFSETS,
  CHINA_STANDARD_TIME,
  type Milestone,
} from '../../templates/priority.ts';
import {
  calculate,
  describeServiceHours,
  eventLabel,
  formatDuration,
  formatInstant,
  MAX_TARGET_MINUTES as MAX_MINUTES,
  newPriorityDocument,
  priorityTemplate,
  priorityToMarkdown,
  type Calculation,
  type Level,
  type PriorityDocument,
  type PriorityMarkdownStrings,
  type PriorityScheme,
} from '../../templates/priority-document.ts';
import { FieldError, IntegerField, SelectField, TextField, useFieldProblem } from './fields.tsx';
import { fieldLabel } from '../../templates/field-labels.ts';
import TemplateToolbar, { type ToolbarStrings } from './TemplateToolbar.tsx';
import { TemplateFrame } from './TemplateFrame.tsx';
import { useDocumentModel } from './use-document-model.ts';

export type PriorityStrings = Record<KeysWithPrefix<'priority.' | 'common.'>, string>;

export interface PriorityEditorProps {
  locale: Locale;
  /** The catalog's example in the page's language: what a new document starts from. */
  defaults: PriorityScheme;
  strings: PriorityStrings;
  toolbar: ToolbarStrings;
  messages: IssueMessages;
  /** Strings of the Markdown export in each language. */
  markdown: Record<Locale, PriorityMarkdownStrings>;
  languages: Record<Locale, string>;
  /** The "example, not from the standard" label, repeated on the printout. */
  exampleNote: string;
}

type Set = (change: (d: PriorityDocument) => PriorityDocument) => void;

export default function PriorityEditor(props: PriorityEditorProps) {
  const { locale, defaults, strings: s, messages } = props;
  const model = useDocumentModel<PriorityDocument>(() => ({
    definition: priorityTemplate,
    create: (title, now) => newPriorityDocument(defaults, title, now),
    defaultTitle: (n) => fill(s['priority.defaultTitle'], { n }),
  }));

  const doc = model.document.value;
  const issues = model.issues.value;
  const set: Set = (change) => model.update(change);
  // The calculation needs a valid scheme; the document's name and the request are checked on their own.
  const schemeValid = !issues.some((i) => !i.path.startsWith('title') && !i.path.startsWith('request'));
  const calc = calculate(doc, schemeValid);

  return (
    <TemplateFrame
      kind="priority"
      model={model}
      toolbar={
        <TemplateToolbar
          model={model}
          markdown={(d, l) => priorityToMarkdown(d, props.markdown[l], schemeValid)}
          locale={locale}
          languages={props.languages}
          strings={props.toolbar}
          messages={messages}
          idPrefix="pr"
          fieldLabel={(path) => fieldLabel('priority', path, { ...s, ...props.toolbar })}
        />
      }
      print={<PriorityPrint doc={doc} calc={calc} s={s} exampleNote={props.exampleNote} />}
    >
      <Calculator doc={doc} calc={calc} set={set} s={s} issues={issues} messages={messages} />
      <section class="template-section" aria-labelledby="pr-settings">
        <h2 id="pr-settings">{s['priority.settings']}</h2>
        <Matrix doc={doc} set={set} s={s} issues={issues} messages={messages} />
        <Levels doc={doc} set={set} s={s} issues={issues} messages={messages} />
        <Targets doc={doc} set={set} s={s} issues={issues} messages={messages} />
        <ThresholdFields doc={doc} set={set} s={s} issues={issues} messages={messages} />
        <ServiceHoursFields doc={doc} set={set} s={s} issues={issues} messages={messages} />
      </section>
    </TemplateFrame>
  );
}

interface PartProps {
  doc: PriorityDocument;
  set: Set;
  s: PriorityStrings;
  issues: readonly TemplateIssue[];
  messages: IssueMessages;
}

const levelName = (levels: readonly Level[], id: string) => levels.find((l) => l.id === id)?.name ?? id;
const priorityName = (doc: PriorityDocument, id: string) => doc.priorities.find((p) => p.id === id)?.name ?? id;

function Calculator({ doc, calc, set, s, issues, messages }: PartProps & { calc: Calculation }) {
  const { request, serviceHours: hours } = doc;
  const zone = formatUtcOffset(hours.utcOffsetMinutes);
  const setRequest = (patch: Partial<PriorityDocument['request']>) =>
    set((d) => ({ ...d, request: { ...d.request, ...patch } }));
  const at = (instant: number) => formatInstant(instant, hours.utcOffsetMinutes, s);
  const summary =
    calc.status === 'ready'
      ? fill(s['priority.resultPriority'], { name: calc.priority.name })
      : calc.status === 'invalid'
        ? s['priority.invalidConfig']
        : s['priority.incomplete'];
  return (
    <section class="template-section priority-calculator" aria-labelledby="pr-calc">
      <h2 id="pr-calc">{s['priority.calculator']}</h2>
      <p>{s['priority.calculatorIntro']}</p>
      <div class="template-grid">
        <SelectField
          id="pr-impact"
          label={s['priority.impact']}
          value={request.impact}
          options={[['', s['priority.choose']], ...doc.impacts.map((l) => [l.id, l.name] as const)]}
          onValue={(impact) => setRequest({ impact })}
          issues={issuesAt(issues, 'request.impact')}
          messages={messages}
        />
        <SelectField
          id="pr-urgency"
          label={s['priority.urgency']}
          value={request.urgency}
          options={[['', s['priority.choose']], ...doc.urgencies.map((l) => [l.id, l.name] as const)]}
          onValue={(urgency) => setRequest({ urgency })}
          issues={issuesAt(issues, 'request.urgency')}
          messages={messages}
        />
        <div class="priority-reported">
          <TextField
            id="pr-reported"
            type="datetime-local"
            label={fill(s['priority.reported'], { zone })}
            value={request.reported}
            onValue={(reported) => setRequest({ reported })}
            issues={issuesAt(issues, 'request.reported')}
            messages={messages}
          />
          <button
            type="button"
            class="template-button"
            onClick={() => setRequest({ reported: toLocalDateTime(Date.now(), hours.utcOffsetMinutes) })}
          >
            {s['priority.now']}
          </button>
        </div>
      </div>
      <p class="template-hint">{fill(s['priority.serviceHoursNote'], { hours: describeServiceHours(hours, s) })}</p>
      <div class="priority-result">
        <p
          class={`priority-result__summary priority-result__summary--${calc.status}`}
          role="status"
          aria-live="polite"
          data-priority={calc.status === 'ready' ? calc.priority.id : undefined}
        >
          {summary}
        </p>
        {calc.status === 'ready' && (
          <>
            {calc.schedule.clockStart !== calc.reported && (
              <p class="priority-result__clock">
                {fill(s['priority.clockStarts'], { time: at(calc.schedule.clockStart) })}
              </p>
            )}
            <DeadlineTable calc={calc} doc={doc} s={s} />
            <h3 id="pr-timeline">{s['priority.timeline']}</h3>
            <ol class="priority-timeline" aria-labelledby="pr-timeline">
              {calc.schedule.timeline.map((e, i) => (
                <li
                  key={i}
                  class={`priority-timeline__event priority-timeline__event--${e.kind}`}
                  data-event={`${e.target ?? ''}:${e.kind}`}
                >
                  <time dateTime={new Date(e.at).toISOString()}>{at(e.at)}</time>
                  <span class="priority-timeline__label">{eventLabel(e, s)}</span>
                  {e.kind !== 'reported' && e.kind !== 'clock-start' && (
                    <span class="priority-timeline__elapsed">
                      {fill(s['priority.elapsed'], { d: formatDuration(e.serviceMinutes, s) })}
                    </span>
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}

const milestonePercent = (doc: PriorityDocument, m: Milestone) => (m === 'deadline' ? 100 : doc.thresholds[m]);
const milestoneLabel = (m: Milestone, s: PriorityStrings) =>
  m === 'deadline' ? s['priority.deadline'] : s[`priority.${m}`];

function DeadlineTable({
  calc,
  doc,
  s,
}: {
  calc: Extract<Calculation, { status: 'ready' }>;
  doc: PriorityDocument;
  s: PriorityStrings;
}) {
  const { schedule } = calc;
  const at = (instant: number) => formatInstant(instant, doc.serviceHours.utcOffsetMinutes, s);
  return (
    <table class="priority-deadlines">
      <caption>{s['priority.deadlinesCaption']}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">
            {s['priority.response']} · {formatDuration(schedule.response.minutes, s)}
          </th>
          <th scope="col">
            {s['priority.resolution']} · {formatDuration(schedule.resolution.minutes, s)}
          </th>
        </tr>
      </thead>
      <tbody>
        {MILESTONES.map((m) => (
          <tr key={m} data-milestone={m} class={m === 'deadline' ? 'priority-deadlines__due' : undefined}>
            <th scope="row">
              {milestoneLabel(m, s)} ({milestonePercent(doc, m)}%)
            </th>
            <td data-target="response">{at(schedule.response[m])}</td>
            <td data-target="resolution">{at(schedule.resolution[m])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Matrix({ doc, set, s, issues, messages }: PartProps) {
  const options = doc.priorities.map((p) => [p.id, p.name] as const);
  const setCell = (i: number, j: number, id: string) =>
    set((d) => ({ ...d, matrix: d.matrix.map((row, r) => (r === i ? row.map((c, k) => (k === j ? id : c)) : row)) }));
  return (
    <>
      <h3 id="pr-matrix">{s['priority.matrixHeading']}</h3>
      <div class="table-scroll">
        <table class="priority-matrix">
          <caption>{s['priority.matrixCaption']}</caption>
          <thead>
            <tr>
              <td />
              {doc.urgencies.map((u) => (
                <th key={u.id} scope="col">
                  {u.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {doc.impacts.map((imp, i) => (
              <tr key={imp.id}>
                <th scope="row">{imp.name}</th>
                {doc.urgencies.map((u, j) => {
                  const value = doc.matrix[i]?.[j] ?? '';
                  return (
                    <td
                      key={u.id}
                      class={`priority-cell priority-cell--${doc.priorities.findIndex((p) => p.id === value) + 1}`}
                    >
                      <SelectField
                        id={`pr-cell-${i}-${j}`}
                        label={fill(s['priority.cellLabel'], { impact: imp.name, urgency: u.name })}
                        labelHidden
                        value={value}
                        options={options}
                        onValue={(id) => setCell(i, j, id)}
                        issues={issuesAt(issues, `matrix.${i}.${j}`)}
                        messages={messages}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A fresh ID that the list does not use yet: `prefix` + the first free number. */
function freshId(list: readonly { id: string }[], prefix: string): string {
  for (let n = list.length + 1; ; n++) if (!list.some((l) => l.id === `${prefix}${n}`)) return `${prefix}${n}`;
}

function Levels({ doc, set, s, issues, messages }: PartProps) {
  const editor = (field: 'impacts' | 'urgencies') => {
    const levels = doc[field];
    const kind = field === 'impacts' ? s['priority.impact'] : s['priority.urgency'];
    const lowest = doc.priorities.at(-1)!.id;
    const setLevel = (i: number, patch: Partial<Level>) =>
      set((d) => ({ ...d, [field]: d[field].map((l, k) => (k === i ? { ...l, ...patch } : l)) }));
    const add = () =>
      set((d) => {
        const level = {
          id: freshId(d[field], field === 'impacts' ? 'impact-' : 'urgency-'),
          name: fill(s['priority.newLevel'], { n: d[field].length + 1 }),
          description: '',
        };
        // A new level starts at the lowest priority everywhere; change the cells afterwards.
        const matrix =
          field === 'impacts' ? [...d.matrix, d.urgencies.map(() => lowest)] : d.matrix.map((row) => [...row, lowest]);
        return { ...d, [field]: [...d[field], level], matrix };
      });
    const remove = () =>
      set((d) => {
        const removed = d[field].at(-1)!.id;
        const matrix = field === 'impacts' ? d.matrix.slice(0, -1) : d.matrix.map((row) => row.slice(0, -1));
        const key = field === 'impacts' ? 'impact' : 'urgency';
        const request = d.request[key] === removed ? { ...d.request, [key]: '' } : d.request;
        return { ...d, [field]: d[field].slice(0, -1), matrix, request };
      });
    return (
      <fieldset class="template-fieldset priority-levels">
        <legend>{field === 'impacts' ? s['priority.impacts'] : s['priority.urgencies']}</legend>
        {levels.map((level, i) => (
          <div class="template-row" key={level.id}>
            <TextField
              id={`pr-${field}-${i}-name`}
              label={
                <HiddenLabel
                  visible={s['priority.levelName']}
                  full={fill(s['priority.levelNameOf'], { kind, n: i + 1 })}
                />
              }
              value={level.name}
              onValue={(name) => setLevel(i, { name })}
              issues={issuesAt(issues, `${field}.${i}.name`).concat(issuesAt(issues, `${field}.${i}.id`))}
              messages={messages}
              class="template-field--narrow"
            />
            <TextField
              id={`pr-${field}-${i}-description`}
              label={
                <HiddenLabel
                  visible={s['priority.levelDescription']}
                  full={fill(s['priority.levelDescriptionOf'], { kind, n: i + 1 })}
                />
              }
              value={level.description}
              onValue={(description) => setLevel(i, { description })}
              issues={issuesAt(issues, `${field}.${i}.description`)}
              messages={messages}
              class="template-field--wide"
            />
          </div>
        ))}
        <FieldError id={`pr-${field}-error`} issues={issues.filter((i) => i.path === field)} messages={messages} />
        <div class="template-toolbar__buttons">
          <button type="button" class="template-button" disabled={levels.length >= 6} onClick={add}>
            {field === 'impacts' ? s['priority.addImpact'] : s['priority.addUrgency']}
          </button>
          <button type="button" class="template-button" disabled={levels.length <= 1} onClick={remove}>
            {field === 'impacts' ? s['priority.removeImpact'] : s['priority.removeUrgency']}
          </button>
        </div>
      </fieldset>
    );
  };
  return (
    <>
      <h3>{s['priority.levelsHeading']}</h3>
      {editor('impacts')}
      {editor('urgencies')}
    </>
  );
}

/** A short visible label whose accessible name is the full one (it contains the visible words). */
function HiddenLabel({ visible, full }: { visible: string; full: string }) {
  return (
    <>
      <span aria-hidden="true">{visible}</span>
      <span class="sr-only">{full}</span>
    </>
  );
}

function Targets({ doc, set, s, issues, messages }: PartProps) {
  const setPriority = (i: number, patch: Partial<PriorityDocument['priorities'][number]>) =>
    set((d) => ({ ...d, priorities: d.priorities.map((p, k) => (k === i ? { ...p, ...patch } : p)) }));
  const add = () =>
    set((d) => {
      const last = d.priorities.at(-1)!;
      const id = freshId(d.priorities, 'P');
      return { ...d, priorities: [...d.priorities, { ...last, id, name: fill(s['priority.newPriority'], { id }) }] };
    });
  const remove = () =>
    set((d) => {
      const removed = d.priorities.at(-1)!.id;
      const rest = d.priorities.slice(0, -1);
      const lowest = rest.at(-1)!.id;
      // Cells that used the removed priority move to the new lowest one.
      return { ...d, priorities: rest, matrix: d.matrix.map((row) => row.map((c) => (c === removed ? lowest : c))) };
    });
  return (
    <>
      <h3>{s['priority.targetsHeading']}</h3>
      <p>{s['priority.targetsIntro']}</p>
      {doc.priorities.map((p, i) => (
        <fieldset class="template-fieldset priority-target" key={p.id}>
          <legend>{p.id}</legend>
          <div class="template-row">
            <TextField
              id={`pr-priority-${i}-name`}
              label={
                <HiddenLabel
                  visible={s['priority.priorityName']}
                  full={fill(s['priority.fieldOf'], { id: p.id, field: s['priority.priorityName'] })}
                />
              }
              value={p.name}
              onValue={(name) => setPriority(i, { name })}
              issues={issuesAt(issues, `priorities.${i}.name`).concat(issuesAt(issues, `priorities.${i}.id`))}
              messages={messages}
              class="template-field--narrow"
            />
            {(['responseMinutes', 'resolutionMinutes'] as const).map((field) => (
              <IntegerField
                key={field}
                id={`pr-priority-${i}-${field}`}
                label={
                  <HiddenLabel
                    visible={s[`priority.${field}`]}
                    full={fill(s['priority.fieldOf'], { id: p.id, field: s[`priority.${field}`] })}
                  />
                }
                value={p[field]}
                min={1}
                max={MAX_MINUTES}
                onValue={(n) => setPriority(i, { [field]: n })}
                hint={`= ${formatDuration(p[field], s)}`}
                issues={issuesAt(issues, `priorities.${i}.${field}`)}
                messages={messages}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <div class="template-toolbar__buttons">
        <button type="button" class="template-button" disabled={doc.priorities.length >= 9} onClick={add}>
          {s['priority.addPriority']}
        </button>
        <button type="button" class="template-button" disabled={doc.priorities.length <= 1} onClick={remove}>
          {s['priority.removePriority']}
        </button>
      </div>
    </>
  );
}

function ThresholdFields({ doc, set, s, issues, messages }: PartProps) {
  return (
    <>
      <h3>{s['priority.thresholdsHeading']}</h3>
      <p>{s['priority.thresholdsIntro']}</p>
      <div class="template-row">
        {(['preWarning', 'alarm', 'escalation'] as const).map((field) => (
          <IntegerField
            key={field}
            id={`pr-threshold-${field}`}
            label={fill(s['priority.percent'], { label: s[`priority.${field}`] })}
            value={doc.thresholds[field]}
            min={1}
            max={1000}
            onValue={(n) => set((d) => ({ ...d, thresholds: { ...d.thresholds, [field]: n } }))}
            issues={issuesAt(issues, `thresholds.${field}`)}
            messages={messages}
          />
        ))}
      </div>
    </>
  );
}

function ServiceHoursFields({ doc, set, s, issues, messages }: PartProps) {
  const hours = doc.serviceHours;
  const setHours = (patch: Partial<PriorityDocument['serviceHours']>) =>
    set((d) => ({ ...d, serviceHours: { ...d.serviceHours, ...patch } }));
  const offsetLabel = (m: number) =>
    m === CHINA_STANDARD_TIME ? fill(s['priority.offsetCst'], { zone: formatUtcOffset(m) }) : formatUtcOffset(m);
  const dayIssues = issuesAt(issues, 'serviceHours.days');
  return (
    <>
      <h3>{s['priority.hoursHeading']}</h3>
      <p>{s['priority.hoursIntro']}</p>
      <fieldset class="template-fieldset template-choices">
        <legend>{s['priority.mode']}</legend>
        {(['24x7', 'weekly'] as const).map((mode) => (
          <label key={mode} class="template-choice">
            <input
              type="radio"
              name="pr-mode"
              value={mode}
              checked={hours.mode === mode}
              onChange={() => setHours({ mode })}
            />
            {s[`priority.mode.${mode}`]}
          </label>
        ))}
      </fieldset>
      {hours.mode === 'weekly' && (
        <>
          <fieldset
            class="template-fieldset template-choices"
            aria-describedby={dayIssues.length ? 'pr-days-error' : undefined}
          >
            <legend>{s['priority.days']}</legend>
            {[1, 2, 3, 4, 5, 6, 7].map((day) => (
              <label key={day} class="template-choice">
                <input
                  type="checkbox"
                  checked={hours.days.includes(day)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setHours({
                      days: on ? [...hours.days, day].sort((a, b) => a - b) : hours.days.filter((d) => d !== day),
                    });
                  }}
                />
                {s[`common.days.${day}` as 'common.days.1']}
              </label>
            ))}
            <FieldError id="pr-days-error" issues={dayIssues} messages={messages} />
          </fieldset>
          <div class="template-row">
            <TextField
              id="pr-start"
              type="time"
              label={s['priority.start']}
              value={hours.start}
              onValue={(start) => setHours({ start })}
              issues={issuesAt(issues, 'serviceHours.start')}
              messages={messages}
            />
            <TextField
              id="pr-end"
              type="time"
              label={s['priority.end']}
              value={hours.end}
              onValue={(end) => setHours({ end })}
              issues={issuesAt(issues, 'serviceHours.end')}
              messages={messages}
            />
          </div>
          <div class="template-row">
            <DatesField
              id="pr-closed"
              label={s['priority.closedDates']}
              hint={s['priority.datesHint']}
              value={hours.closedDates}
              onValue={(closedDates) => setHours({ closedDates })}
              issues={issuesAt(issues, 'serviceHours.closedDates')}
              s={s}
              messages={messages}
            />
            <DatesField
              id="pr-extra"
              label={s['priority.extraDates']}
              hint={s['priority.datesHint']}
              value={hours.extraDates}
              onValue={(extraDates) => setHours({ extraDates })}
              issues={issuesAt(issues, 'serviceHours.extraDates')}
              s={s}
              messages={messages}
            />
          </div>
        </>
      )}
      <SelectField
        id="pr-offset"
        label={s['priority.offset']}
        value={String(hours.utcOffsetMinutes)}
        options={UTC_OFFSETS.map((m) => [String(m), offsetLabel(m)] as const)}
        onValue={(v) => setHours({ utcOffsetMinutes: Number(v) })}
        issues={issuesAt(issues, 'serviceHours.utcOffsetMinutes')}
        messages={messages}
      />
    </>
  );
}

/** Dates one per line. Lines that are not dates are named and the document keeps its last valid list. */
function DatesField({
  id,
  label,
  hint,
  value,
  onValue,
  issues,
  s,
  messages,
}: {
  id: string;
  label: string;
  hint: string;
  value: readonly string[];
  onValue: (dates: string[]) => void;
  issues: readonly TemplateIssue[];
  s: PriorityStrings;
  messages: IssueMessages;
}) {
  const [text, setText] = useState(value.join('\n'));
  const [bad, setBad] = useState<string[]>([]);
  useFieldProblem(id, bad.length > 0);
  const onInput = (raw: string) => {
    setText(raw);
    const lines = raw
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const wrong = lines.filter((l) => !isIsoDate(l));
    setBad(wrong);
    if (wrong.length === 0) onValue([...new Set(lines)]);
  };
  const invalid = bad.length > 0 || issues.length > 0;
  return (
    <div class="template-field template-field--wide">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={[`${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ')}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="template-field__hint">
        {hint}
      </p>
      {invalid && (
        <p id={`${id}-error`} class="template-field__error">
          {[
            bad.length > 0 && fill(s['priority.badDates'], { lines: bad.join(', ') }),
            ...issues.map((i) => formatIssue({ ...i, path: '' }, messages)),
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
    </div>
  );
}

/** The printout: what the scheme says and, when a request is worked out, its deadlines. Hidden on screen. */
function PriorityPrint({
  doc,
  calc,
  s,
  exampleNote,
}: {
  doc: PriorityDocument;
  calc: Calculation;
  s: PriorityStrings;
  exampleNote: string;
}) {
  const hours = doc.serviceHours;
  const at = (instant: number) => formatInstant(instant, hours.utcOffsetMinutes, s);
  return (
    <div class="template-print">
      <p class="template-print__kind">{s['priority.name']}</p>
      <p class="template-print__title">{doc.title}</p>
      <p class="template-print__note">{exampleNote}</p>
      {calc.status === 'ready' && (
        <>
          <p class="template-print__heading">{s['priority.calculator']}</p>
          <p>
            {s['priority.impact']}
            {s['common.colon']}
            {levelName(doc.impacts, doc.request.impact)}
            {s['common.listSeparator']}
            {s['priority.urgency']}
            {s['common.colon']}
            {levelName(doc.urgencies, doc.request.urgency)}
            {s['common.listSeparator']}
            <strong>{fill(s['priority.resultPriority'], { name: calc.priority.name })}</strong>
          </p>
          <table class="template-print__table">
            <tbody>
              {calc.schedule.timeline.map((e, i) => (
                <tr key={i}>
                  <td>{at(e.at)}</td>
                  <td>{eventLabel(e, s)}</td>
                  <td>
                    {e.kind === 'reported' || e.kind === 'clock-start' ? '' : formatDuration(e.serviceMinutes, s)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p class="template-print__heading">{s['priority.matrixCaption']}</p>
      <table class="template-print__table">
        <thead>
          <tr>
            <td />
            {doc.urgencies.map((u) => (
              <th key={u.id}>{u.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {doc.impacts.map((imp, i) => (
            <tr key={imp.id}>
              <th>{imp.name}</th>
              {doc.urgencies.map((u, j) => (
                <td key={u.id}>{priorityName(doc, doc.matrix[i]?.[j] ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="template-print__heading">{s['priority.printTargets']}</p>
      <table class="template-print__table">
        <thead>
          <tr>
            <th />
            <th>{s['priority.response']}</th>
            <th>
              {s['priority.preWarning']} / {s['priority.alarm']} / {s['priority.escalation']}
            </th>
            <th>{s['priority.resolution']}</th>
            <th>
              {s['priority.preWarning']} / {s['priority.alarm']} / {s['priority.escalation']}
            </th>
          </tr>
        </thead>
        <tbody>
          {doc.priorities.map((p) => (
            <tr key={p.id}>
              <th>{p.name}</th>
              {(['responseMinutes', 'resolutionMinutes'] as const).map((field) => [
                <td key={field}>{formatDuration(p[field], s)}</td>,
                <td key={`${field}-t`}>
                  {(['preWarning', 'alarm', 'escalation'] as const)
                    .map((m) => formatDuration((p[field] * doc.thresholds[m]) / 100, s))
                    .join(' / ')}
                </td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {s['priority.preWarning']} {doc.thresholds.preWarning}%{s['common.listSeparator']}
        {s['priority.alarm']} {doc.thresholds.alarm}%{s['common.listSeparator']}
        {s['priority.escalation']} {doc.thresholds.escalation}%
      </p>
      <p>{fill(s['priority.serviceHoursNote'], { hours: describeServiceHours(hours, s) })}</p>
    </div>
  );
}
