/** The thresholds, in percent of each target, and the service hours the clock runs in. */
import { useState } from 'preact/hooks';
import { issuesAt, type TemplateIssue } from '../../../templates/issues.ts';
import type { IssueWording } from '../../../templates/issue-words.ts';
import { formatMessage } from '../../../i18n/format.ts';
import { CHINA_STANDARD_TIME, formatUtcOffset, isIsoDate, UTC_OFFSETS } from '../../../templates/priority.ts';
import { dayKey, THRESHOLD_PERCENT, type PriorityDocument } from '../../../templates/priority-document.ts';
import { setServiceDay, setServiceHours, setThreshold } from '../../../templates/priority-edits.ts';
import { FieldError, IntegerField, SelectField, TextField, useFieldProblem, useIssueText } from '../fields.tsx';
import type { PartProps, PriorityStrings } from './shared.tsx';

export function ThresholdFields({ doc, update, s, issues, messages }: PartProps) {
  return (
    <>
      <h3>{s['priority.thresholdsHeading']}</h3>
      <p>{s['priority.thresholdsIntro']}</p>
      <div class="template-row">
        {(['preWarning', 'alarm', 'escalation'] as const).map((field) => (
          <IntegerField
            key={field}
            id={`pr-threshold-${field}`}
            label={formatMessage(s['priority.percent'], { label: s[`priority.${field}`] })}
            value={doc.thresholds[field]}
            min={THRESHOLD_PERCENT.min}
            max={THRESHOLD_PERCENT.max}
            onValue={(n) => update((d) => setThreshold(d, field, n))}
            issues={issuesAt(issues, `thresholds.${field}`)}
            messages={messages}
          />
        ))}
      </div>
    </>
  );
}

export function ServiceHoursFields({ doc, update, s, issues, messages }: PartProps) {
  const hours = doc.serviceHours;
  const changeHours = (patch: Partial<PriorityDocument['serviceHours']>) => update((d) => setServiceHours(d, patch));
  const offsetLabel = (m: number) =>
    m === CHINA_STANDARD_TIME
      ? formatMessage(s['priority.offsetCst'], { zone: formatUtcOffset(m) })
      : formatUtcOffset(m);
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
              onChange={() => changeHours({ mode })}
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
                    update((d) => setServiceDay(d, day, on));
                  }}
                />
                {s[dayKey(day)]}
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
              onValue={(start) => changeHours({ start })}
              issues={issuesAt(issues, 'serviceHours.start')}
              messages={messages}
            />
            <TextField
              id="pr-end"
              type="time"
              label={s['priority.end']}
              value={hours.end}
              onValue={(end) => changeHours({ end })}
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
              onValue={(closedDates) => changeHours({ closedDates })}
              issues={issuesAt(issues, 'serviceHours.closedDates')}
              s={s}
              messages={messages}
            />
            <DatesField
              id="pr-extra"
              label={s['priority.extraDates']}
              hint={s['priority.datesHint']}
              value={hours.extraDates}
              onValue={(extraDates) => changeHours({ extraDates })}
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
        onValue={(v) => changeHours({ utcOffsetMinutes: Number(v) })}
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
  messages: IssueWording;
}) {
  const [text, setText] = useState(value.join('\n'));
  const [bad, setBad] = useState<string[]>([]);
  useFieldProblem(id, bad.length > 0);
  const issueText = useIssueText(messages, issues);
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
            bad.length > 0 && formatMessage(s['priority.badDates'], { lines: bad.join(', ') }),
            ...issues.map((i) => issueText({ ...i, path: '' })),
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
    </div>
  );
}
