/** The calculator: one request's impact, urgency and report time, and its priority, deadlines and timeline. */
import { formatDuration } from '../../../i18n/duration.ts';
import { issuesAt } from '../../../templates/issues.ts';
import { formatMessage } from '../../../i18n/format.ts';
import { formatUtcOffset, MILESTONES, toLocalDateTime, type Milestone } from '../../../templates/priority.ts';
import {
  describeServiceHours,
  eventLabel,
  formatInstant,
  type Calculation,
  type PriorityDocument,
} from '../../../templates/priority-document.ts';
import { setRequest } from '../../../templates/priority-edits.ts';
import { SelectField, TextField } from '../fields.tsx';
import type { PartProps, PriorityStrings } from './shared.tsx';

export function Calculator({ doc, calc, update, s, issues, messages }: PartProps & { calc: Calculation }) {
  const { request, serviceHours: hours } = doc;
  const zone = formatUtcOffset(hours.utcOffsetMinutes);
  const changeRequest = (patch: Partial<PriorityDocument['request']>) => update((d) => setRequest(d, patch));
  const at = (instant: number) => formatInstant(instant, hours.utcOffsetMinutes, s);
  const summary =
    calc.status === 'ready'
      ? formatMessage(s['priority.resultPriority'], { name: calc.priority.name })
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
          onValue={(impact) => changeRequest({ impact })}
          issues={issuesAt(issues, 'request.impact')}
          messages={messages}
        />
        <SelectField
          id="pr-urgency"
          label={s['priority.urgency']}
          value={request.urgency}
          options={[['', s['priority.choose']], ...doc.urgencies.map((l) => [l.id, l.name] as const)]}
          onValue={(urgency) => changeRequest({ urgency })}
          issues={issuesAt(issues, 'request.urgency')}
          messages={messages}
        />
        <div class="priority-reported">
          <TextField
            id="pr-reported"
            type="datetime-local"
            label={formatMessage(s['priority.reported'], { zone })}
            value={request.reported}
            onValue={(reported) => changeRequest({ reported })}
            issues={issuesAt(issues, 'request.reported')}
            messages={messages}
          />
          <button
            type="button"
            class="template-button"
            onClick={() => changeRequest({ reported: toLocalDateTime(Date.now(), hours.utcOffsetMinutes) })}
          >
            {s['priority.now']}
          </button>
        </div>
      </div>
      <p class="template-hint">
        {formatMessage(s['priority.serviceHoursNote'], { hours: describeServiceHours(hours, s) })}
      </p>
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
                {formatMessage(s['priority.clockStarts'], { time: at(calc.schedule.clockStart) })}
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
                      {formatMessage(s['priority.elapsed'], { d: formatDuration(e.serviceMinutes, s) })}
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
