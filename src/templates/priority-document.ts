/**
 * The priority and escalation template (Appendix C) as a document: the levels of impact and urgency, the matrix
 * that turns them into a priority, each priority's targets, the thresholds, the service hours and one request to
 * work out. Its defaults come from `assessments/appendix-c.yaml`'s `example`, which is the portal's illustration
 * and not the standard's (the content of the standard's Appendix C is not in our source). The schema is in
 * priority-schema.ts, loaded on demand (`priorityKind`). Pure: no DOM.
 */
import type * as z from 'zod/mini';
import type { Locale, RequestHandling } from '../catalog/schema.ts';
import type { TemplateStrings } from '../i18n/templates.ts';
import type { TemplateKind } from './document.ts';
import type {
  LevelSchema,
  PriorityDocumentSchema,
  PrioritySchema,
  RequestSchema,
  ThresholdsSchema,
} from './priority-schema.ts';
import { formatMessage } from '../i18n/format.ts';
import { formatDuration } from '../i18n/duration.ts';
import { outlineToMarkdown, type Block } from '../engine/outline.ts';
import {
  EXAMPLE_SERVICE_HOURS,
  formatUtcOffset,
  MILESTONES,
  parseLocalDateTime,
  priorityOf,
  scheduleRequest,
  toLocalParts,
  type Schedule,
  type ServiceHours,
  type TimelineEvent,
} from './priority.ts';
import { formatLocalTime, localTimeZone } from '../engine/time.ts';

export const PRIORITY_VERSION = 1;

/** Longest target accepted: one year of service time. */
export const MAX_TARGET_MINUTES = 525_600;

/** Most levels of impact or of urgency: the matrix is at most this many rows and columns. */
export const MAX_LEVELS = 6;

/** Most priorities a scheme may have. */
export const MAX_PRIORITIES = 9;

/** The limits of a threshold, in percent of a target: the schema checks them and the editor's fields offer them. */
export const THRESHOLD_PERCENT = { min: 1, max: 1_000 } as const;

export type Level = z.infer<typeof LevelSchema>;
export type Priority = z.infer<typeof PrioritySchema>;
export type Thresholds = z.infer<typeof ThresholdsSchema>;
export type PriorityRequest = z.infer<typeof RequestSchema>;
export type PriorityDocument = z.infer<typeof PriorityDocumentSchema>;

/** The priority template as its page names it: the schema module is loaded when a document has to be checked. */
export const priorityKind: TemplateKind<PriorityDocument> = {
  id: 'priority',
  version: PRIORITY_VERSION,
  load: () => import('./priority-schema.ts').then((m) => m.priorityTemplate),
};

/** The editable part of a priority document, without header and request. */
export type PriorityScheme = Pick<
  PriorityDocument,
  'impacts' | 'urgencies' | 'priorities' | 'matrix' | 'thresholds' | 'serviceHours'
>;

/** The catalog's example (Appendix C) in one language, as the starting point of a new document. */
export function priorityDefaults(example: RequestHandling['example'], locale: Locale): PriorityScheme {
  const level = (l: { id: string; name: Record<Locale, string>; description: Record<Locale, string> }) => ({
    id: l.id,
    name: l.name[locale],
    description: l.description[locale],
  });
  return {
    impacts: example.impacts.map(level),
    urgencies: example.urgencies.map(level),
    priorities: example.priorities.map((p) => ({
      id: p.id,
      name: p.name[locale],
      responseMinutes: p.responseMinutes,
      resolutionMinutes: p.resolutionMinutes,
    })),
    matrix: example.matrix.map((row) => [...row]),
    thresholds: {
      preWarning: Math.round(example.thresholds.preWarning * 100),
      alarm: Math.round(example.thresholds.alarm * 100),
      escalation: Math.round(example.thresholds.escalation * 100),
    },
    serviceHours: structuredClone(EXAMPLE_SERVICE_HOURS),
  };
}

export function newPriorityDocument(scheme: PriorityScheme, title: string, now: string): PriorityDocument {
  return {
    schemaVersion: PRIORITY_VERSION,
    template: 'priority',
    title,
    created: now,
    updated: now,
    ...structuredClone(scheme),
    request: { impact: '', urgency: '', reported: '' },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Working out a request

export type Calculation =
  | { status: 'incomplete' }
  | { status: 'invalid' }
  | { status: 'ready'; priority: Priority; reported: number; schedule: Schedule };

/**
 * The priority and schedule of the document's request, when the request is complete and the configuration valid
 * (`valid` comes from the caller, who has already validated the document).
 */
export function calculate(doc: PriorityDocument, valid: boolean): Calculation {
  const { impact, urgency, reported } = doc.request;
  if (!impact || !urgency || !reported) return { status: 'incomplete' };
  if (!valid) return { status: 'invalid' };
  const priority = priorityOf(doc, impact, urgency);
  const at = parseLocalDateTime(reported, doc.serviceHours.utcOffsetMinutes);
  if (!priority || at === undefined) return { status: 'invalid' };
  return {
    status: 'ready',
    priority,
    reported: at,
    schedule: scheduleRequest(at, priority, doc.thresholds, doc.serviceHours),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Text shared by the page and the Markdown export

/** Strings the priority texts need (a subset of the templates dictionary in one language). */
export type PriorityTextStrings = Pick<
  TemplateStrings,
  | 'common.minutes'
  | 'common.hours'
  | 'common.hoursMinutes'
  | 'common.days.1'
  | 'common.days.2'
  | 'common.days.3'
  | 'common.days.4'
  | 'common.days.5'
  | 'common.days.6'
  | 'common.days.7'
  | 'common.listSeparator'
  | 'common.colon'
  | 'priority.hours.always'
  | 'priority.hours.weekly'
  | 'priority.event.reported'
  | 'priority.event.clock-start'
  | 'priority.event.response.preWarning'
  | 'priority.event.response.deadline'
  | 'priority.event.response.alarm'
  | 'priority.event.response.escalation'
  | 'priority.event.resolution.preWarning'
  | 'priority.event.resolution.deadline'
  | 'priority.event.resolution.alarm'
  | 'priority.event.resolution.escalation'
>;

const DAY_KEYS = [
  'common.days.1',
  'common.days.2',
  'common.days.3',
  'common.days.4',
  'common.days.5',
  'common.days.6',
  'common.days.7',
] as const satisfies readonly (keyof TemplateStrings)[];

/** The key of an ISO weekday's name (1 = Monday … 7 = Sunday). */
export const dayKey = (isoWeekday: number) => DAY_KEYS[(isoWeekday + 6) % 7] ?? DAY_KEYS[0];

/** `2025-03-10 周一 09:15` in the service hours' offset (seconds shown only when there are any). */
export function formatInstant(instant: number, utcOffsetMinutes: number, s: PriorityTextStrings): string {
  const parts = toLocalParts(instant, utcOffsetMinutes);
  const seconds = new Date(instant + utcOffsetMinutes * 60_000).getUTCSeconds();
  const time = seconds ? `${parts.time}:${String(seconds).padStart(2, '0')}` : parts.time;
  return `${parts.date} ${s[dayKey(parts.weekday)]} ${time}`;
}

/** "周一至周五 09:00–18:00（UTC+8）" or "7×24（UTC+8）". */
export function describeServiceHours(hours: ServiceHours, s: PriorityTextStrings): string {
  const zone = formatUtcOffset(hours.utcOffsetMinutes);
  if (hours.mode === '24x7') return formatMessage(s['priority.hours.always'], { zone });
  const days = [...hours.days]
    .sort((a, b) => a - b)
    .map((d) => s[dayKey(d)])
    .join(s['common.listSeparator']);
  const end = hours.end === '00:00' ? '24:00' : hours.end;
  return formatMessage(s['priority.hours.weekly'], { days, start: hours.start, end, zone });
}

/** The label of a timeline event (`响应预警`). */
export const eventLabel = (e: TimelineEvent, s: PriorityTextStrings) =>
  e.target
    ? s[`priority.event.${e.target}.${e.kind as (typeof MILESTONES)[number]}`]
    : e.kind === 'reported' || e.kind === 'clock-start'
      ? s[`priority.event.${e.kind}`]
      : e.kind;

// ---------------------------------------------------------------------------------------------------------------
// Markdown

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
