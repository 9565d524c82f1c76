/**
 * The priority scheme as a document outline, for its Markdown and Word exports: apart from priority-document.ts
 * because only an export needs it (the toolbar loads it with the exports' words on the first export).
 */
import type { TemplateStrings } from '../i18n/templates.ts';
import { formatMessage } from '../i18n/format.ts';
import { formatDuration } from '../i18n/duration.ts';
import { outlineToMarkdown, type Block } from '../engine/outline.ts';
import { formatLocalTime, localTimeZone } from '../engine/time.ts';
import { formatUtcOffset } from './priority.ts';
import {
  calculate,
  describeServiceHours,
  eventLabel,
  formatInstant,
  type Level,
  type PriorityDocument,
  type PriorityTextStrings,
} from './priority-document.ts';

export type PriorityMarkdownStrings = PriorityTextStrings &
  Pick<
    TemplateStrings,
    | 'md.generated'
    | 'md.word.page'
    | 'md.exampleNote'
    | 'md.priority.heading'
    | 'md.priority.matrix'
    | 'md.priority.matrixCorner'
    | 'md.priority.impacts'
    | 'md.priority.urgencies'
    | 'md.priority.targets'
    | 'md.priority.priority'
    | 'md.priority.response'
    | 'md.priority.resolution'
    | 'md.priority.thresholds'
    | 'md.priority.threshold'
    | 'md.priority.share'
    | 'md.priority.serviceHours'
    | 'md.priority.closedDates'
    | 'md.priority.extraDates'
    | 'md.priority.request'
    | 'md.priority.impact'
    | 'md.priority.urgency'
    | 'md.priority.reported'
    | 'md.priority.timeline'
    | 'md.priority.time'
    | 'md.priority.event'
    | 'md.priority.elapsed'
    | 'md.none'
    | 'priority.preWarning'
    | 'priority.alarm'
    | 'priority.escalation'
  >;

/** The document as an outline, in the language of `s` (the user's own text stays as written). */
export function priorityOutline(
  doc: PriorityDocument,
  s: PriorityMarkdownStrings,
  valid = true,
  /** Zone the last-changed time is shown in (the reader's); the environment's when absent. */
  timeZone: string = localTimeZone(),
): Block[] {
  const priorityName = (id: string) => doc.priorities.find((p) => p.id === id)?.name ?? id;
  const levelList = (levels: readonly Level[]): Block => ({
    kind: 'list',
    items: levels.map((l) => [
      { text: l.name, strong: true },
      l.description.trim() ? `${s['common.colon']}${l.description.trim()}` : '',
    ]),
  });
  const { serviceHours: hours } = doc;
  const calc = calculate(doc, valid);
  const reqLevel = (levels: readonly Level[], id: string) => levels.find((l) => l.id === id)?.name ?? id;
  const dates = (list: readonly string[]) => (list.length ? list.join(', ') : s['md.none']);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: doc.title },
    { kind: 'note', content: [formatMessage(s['md.priority.heading']).trim(), ` ${s['md.exampleNote'].trim()}`] },
    { kind: 'heading', level: 2, text: s['md.priority.matrix'] },
    {
      kind: 'table',
      header: [s['md.priority.matrixCorner'], ...doc.urgencies.map((u) => u.name)],
      rows: doc.impacts.map((imp, i) => [
        imp.name,
        ...doc.urgencies.map((_, j) => priorityName(doc.matrix[i]?.[j] ?? '')),
      ]),
    },
    { kind: 'heading', level: 3, text: s['md.priority.impacts'] },
    levelList(doc.impacts),
    { kind: 'heading', level: 3, text: s['md.priority.urgencies'] },
    levelList(doc.urgencies),
    { kind: 'heading', level: 2, text: s['md.priority.targets'] },
    {
      kind: 'table',
      header: [s['md.priority.priority'], s['md.priority.response'], s['md.priority.resolution']],
      rows: doc.priorities.map((p) => [
        p.name,
        formatDuration(p.responseMinutes, s),
        formatDuration(p.resolutionMinutes, s),
      ]),
    },
    { kind: 'heading', level: 2, text: s['md.priority.thresholds'] },
    {
      kind: 'table',
      header: [s['md.priority.threshold'], s['md.priority.share']],
      rows: [
        [s['priority.preWarning'], `${doc.thresholds.preWarning}%`],
        [s['priority.alarm'], `${doc.thresholds.alarm}%`],
        [s['priority.escalation'], `${doc.thresholds.escalation}%`],
      ],
    },
    { kind: 'heading', level: 2, text: s['md.priority.serviceHours'] },
    {
      kind: 'list',
      items: [
        [describeServiceHours(hours, s).trim()],
        ...(hours.mode === 'weekly'
          ? [
              [`${s['md.priority.closedDates']}${s['common.colon']}${dates(hours.closedDates)}`],
              [`${s['md.priority.extraDates']}${s['common.colon']}${dates(hours.extraDates)}`],
            ]
          : []),
      ],
    },
  ];
  if (calc.status === 'ready')
    blocks.push(
      { kind: 'heading', level: 2, text: s['md.priority.request'] },
      {
        kind: 'list',
        items: [
          [`${s['md.priority.impact']}${s['common.colon']}${reqLevel(doc.impacts, doc.request.impact).trim()}`],
          [`${s['md.priority.urgency']}${s['common.colon']}${reqLevel(doc.urgencies, doc.request.urgency).trim()}`],
          [`${s['md.priority.priority']}${s['common.colon']}`, { text: calc.priority.name, strong: true }],
          [
            `${s['md.priority.reported']}${s['common.colon']}${formatInstant(calc.reported, hours.utcOffsetMinutes, s)} (${formatUtcOffset(hours.utcOffsetMinutes)})`,
          ],
        ],
      },
      { kind: 'heading', level: 3, text: s['md.priority.timeline'] },
      {
        kind: 'table',
        header: [s['md.priority.time'], s['md.priority.event'], s['md.priority.elapsed']],
        rows: calc.schedule.timeline.map((e) => [
          formatInstant(e.at, hours.utcOffsetMinutes, s),
          eventLabel(e, s),
          e.kind === 'reported' ? '' : formatDuration(e.serviceMinutes, s),
        ]),
      },
    );
  blocks.push({
    kind: 'colophon',
    text: formatMessage(s['md.generated'], { updated: formatLocalTime(doc.updated, timeZone) }),
  });
  return blocks;
}

/** The document as Markdown, in the language of `s` (the user's own text stays as written). */
export const priorityToMarkdown = (...args: Parameters<typeof priorityOutline>) =>
  outlineToMarkdown(priorityOutline(...args));
