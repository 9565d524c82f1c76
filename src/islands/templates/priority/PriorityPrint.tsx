/** The priority page's printout: the scheme and, when a request is worked out, its deadlines. */
import { formatDuration } from '../../../i18n/duration.ts';
import { formatMessage } from '../../../i18n/format.ts';
import {
  describeServiceHours,
  eventLabel,
  formatInstant,
  type Calculation,
  type Level,
  type PriorityDocument,
} from '../../../templates/priority-document.ts';
import type { PriorityStrings } from './shared.tsx';

const levelName = (levels: readonly Level[], id: string) => levels.find((l) => l.id === id)?.name ?? id;
const priorityName = (doc: PriorityDocument, id: string) => doc.priorities.find((p) => p.id === id)?.name ?? id;

/** The printout: what the scheme says and, when a request is worked out, its deadlines. Hidden on screen. */
export function PriorityPrint({
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
            <strong>{formatMessage(s['priority.resultPriority'], { name: calc.priority.name })}</strong>
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
      <p>{formatMessage(s['priority.serviceHoursNote'], { hours: describeServiceHours(hours, s) })}</p>
    </div>
  );
}
