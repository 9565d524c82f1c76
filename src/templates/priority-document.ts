/**
 * The priority and escalation template (Appendix C) as a document: the levels of impact and urgency, the matrix
 * that turns them into a priority, each priority's targets, the thresholds, the service hours and one request to
 * work out. Its defaults come from `assessments/appendix-c.yaml`'s `example`, which is the portal's illustration
 * and not the standard's (the content of the standard's Appendix C is not in our source). The schema is in
 * priority-schema.ts, loaded on demand (`priorityKind`), and its export outline in priority-outline.ts, loaded on the
 * first export. Pure: no DOM.
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
