/**
 * The schemas of the priority template: the service hours the clock runs on, and the whole document with its
 * `TemplateDefinition`. The priority page loads this module (and zod) with `import()` only when a document has to
 * be checked (`priorityKind` in priority-document.ts). Pure: no DOM.
 */
import * as z from 'zod/mini';
import { documentHeader, textField } from './document-schema.ts';
import type { TemplateDefinition } from './document.ts';
import { addRuleIssue, issueParams } from './issues.ts';
import { CHINA_STANDARD_TIME, isIsoDate, isLocalDateTime, minutesOfDay, TIME_PATTERN } from './priority.ts';
import {
  MAX_LEVELS,
  MAX_PRIORITIES,
  MAX_TARGET_MINUTES,
  PRIORITY_VERSION,
  THRESHOLD_PERCENT,
  type PriorityDocument,
} from './priority-document.ts';
import { defineTemplate } from './zod-issues.ts';

const dateSchema = z.string().check(z.refine(isIsoDate, issueParams('bad-date')));

/** When the clock of a request runs. */
export const ServiceHoursSchema = z
  .strictObject({
    /** `24x7`: every minute counts. `weekly`: only the hours below, on the days below. */
    mode: z.enum(['24x7', 'weekly']),
    /** Service days as ISO weekdays (1 = Monday … 7 = Sunday); used in `weekly` mode. */
    days: z.array(z.int().check(z.minimum(1), z.maximum(7))).check(z.maxLength(7)),
    /** Opening time `HH:MM` on a service day (checked in `weekly` mode only, where it is used). */
    start: z.string().check(z.maxLength(5)),
    /** Closing time `HH:MM`; `00:00` or `24:00` means midnight at the end of the day. */
    end: z.string().check(z.maxLength(5)),
    /** Dates (`YYYY-MM-DD`) without service although their weekday is a service day, such as public holidays. */
    closedDates: z._default(z.array(dateSchema).check(z.maxLength(400)), []),
    /** Dates with service although their weekday is not a service day, such as weekend working days (调休). */
    extraDates: z._default(z.array(dateSchema).check(z.maxLength(400)), []),
    /** Offset from UTC in minutes in which days and hours are read: 480 is China Standard Time (UTC+8). */
    utcOffsetMinutes: z._default(
      z.int().check(
        z.minimum(-720),
        z.maximum(840),
        z.refine((n) => n % 15 === 0, issueParams('not-allowed', { values: 'UTC-12 … UTC+14' })),
      ),
      CHINA_STANDARD_TIME,
    ),
  })
  .check(
    z.superRefine((hours, ctx) => {
      if (hours.mode !== 'weekly') return;
      if (hours.days.length === 0) addRuleIssue(ctx, ['days'], 'no-service-days');
      for (const field of ['start', 'end'] as const)
        if (!TIME_PATTERN.test(hours[field])) addRuleIssue(ctx, [field], 'bad-time');
      if (TIME_PATTERN.test(hours.start) && TIME_PATTERN.test(hours.end)) {
        if (minutesOfDay(hours.start) >= minutesOfDay(hours.end, 'end'))
          addRuleIssue(ctx, ['end'], 'hours-order', { start: hours.start, end: hours.end });
      }
      const closed = new Set(hours.closedDates);
      hours.extraDates.forEach((date, i) => {
        if (closed.has(date)) addRuleIssue(ctx, ['extraDates', i], 'date-both', { date });
      });
    }),
  );

/** Short ID of a level or priority (`high`, `P1`): letters, digits, `-` and `_`. */
const IdSchema = z.string().check(z.refine((s) => /^[A-Za-z0-9][\w-]{0,31}$/.test(s), issueParams('bad-id')));

/** One level of impact or urgency. */
export const LevelSchema = z.strictObject({
  /** Stable ID used by the matrix and the request (`high`). */
  id: IdSchema,
  /** Name shown in the matrix (`影响大`). */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** What the level means, to help whoever classifies a request. */
  description: textField(500),
});

const minutesSchema = z.int().check(z.minimum(1), z.maximum(MAX_TARGET_MINUTES));

/** One priority with its targets, counted in service time. */
export const PrioritySchema = z.strictObject({
  /** Stable ID used by the matrix (`P1`). */
  id: IdSchema,
  /** Name shown with the ID (`P1 紧急`). */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** Time to the first response, in minutes of service time. */
  responseMinutes: minutesSchema,
  /** Time to resolution, in minutes of service time. */
  resolutionMinutes: minutesSchema,
});

const percentSchema = z.int().check(z.minimum(THRESHOLD_PERCENT.min), z.maximum(THRESHOLD_PERCENT.max));

/** When to warn, alarm and escalate, in percent of each target. */
export const ThresholdsSchema = z
  .strictObject({
    /** Pre-warning: the handler is reminded (e.g. 75). */
    preWarning: percentSchema,
    /** Alarm: the target is reached and the request is still open (e.g. 100). */
    alarm: percentSchema,
    /** Escalation: management steps in (e.g. 125). */
    escalation: percentSchema,
  })
  .check(
    z.superRefine((t, ctx) => {
      if (t.alarm <= t.preWarning) addRuleIssue(ctx, ['alarm'], 'thresholds-order');
      if (t.escalation <= t.alarm) addRuleIssue(ctx, ['escalation'], 'thresholds-order');
    }),
  );

/** A request to work out: its impact, urgency and report time (any may still be blank). */
export const RequestSchema = z.strictObject({
  /** Impact level ID, or blank. */
  impact: z._default(z.string().check(z.maxLength(32)), ''),
  /** Urgency level ID, or blank. */
  urgency: z._default(z.string().check(z.maxLength(32)), ''),
  /** Report time as a wall-clock time in the service hours' offset (`2025-03-07T18:30`), or blank. */
  reported: z._default(
    z.string().check(z.refine((s) => s === '' || isLocalDateTime(s), issueParams('bad-datetime'))),
    '',
  ),
});

function checkUnique(list: readonly { id: string }[], field: string, ctx: z.core.$RefinementCtx) {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) addRuleIssue(ctx, [field, i, 'id'], 'duplicate-id', { id: item.id });
    seen.add(item.id);
  });
}

export const PriorityDocumentSchema = z
  .strictObject({
    ...documentHeader('priority', PRIORITY_VERSION),
    /** Levels of impact, highest first: the rows of the matrix. */
    impacts: z.array(LevelSchema).check(z.minLength(1), z.maxLength(MAX_LEVELS)),
    /** Levels of urgency, highest first: the columns of the matrix. */
    urgencies: z.array(LevelSchema).check(z.minLength(1), z.maxLength(MAX_LEVELS)),
    /** Priorities, highest first. */
    priorities: z.array(PrioritySchema).check(z.minLength(1), z.maxLength(MAX_PRIORITIES)),
    /** matrix[impactIndex][urgencyIndex] is a priority ID. */
    matrix: z
      .array(z.array(z.string().check(z.maxLength(32))).check(z.maxLength(MAX_LEVELS)))
      .check(z.maxLength(MAX_LEVELS)),
    /** Pre-warning, alarm and escalation thresholds. */
    thresholds: ThresholdsSchema,
    /** When the clock runs. */
    serviceHours: ServiceHoursSchema,
    /** The request being worked out in the calculator. */
    request: z._default(RequestSchema, { impact: '', urgency: '', reported: '' }),
  })
  .check(
    z.superRefine((doc, ctx) => {
      checkUnique(doc.impacts, 'impacts', ctx);
      checkUnique(doc.urgencies, 'urgencies', ctx);
      checkUnique(doc.priorities, 'priorities', ctx);
      if (doc.matrix.length !== doc.impacts.length)
        addRuleIssue(ctx, ['matrix'], 'matrix-rows', { expected: doc.impacts.length, found: doc.matrix.length });
      const ids = new Set(doc.priorities.map((p) => p.id));
      doc.matrix.forEach((row, i) => {
        if (row.length !== doc.urgencies.length)
          addRuleIssue(ctx, ['matrix', i], 'matrix-columns', { expected: doc.urgencies.length, found: row.length });
        row.forEach((cell, j) => {
          if (!ids.has(cell)) addRuleIssue(ctx, ['matrix', i, j], 'unknown-priority', { id: cell });
        });
      });
      for (const field of ['impact', 'urgency'] as const) {
        const id = doc.request[field];
        const levels = field === 'impact' ? doc.impacts : doc.urgencies;
        if (id && !levels.some((l) => l.id === id)) addRuleIssue(ctx, ['request', field], 'unknown-level', { id });
      }
    }),
  );

export const priorityTemplate: TemplateDefinition<PriorityDocument> = defineTemplate({
  id: 'priority',
  version: PRIORITY_VERSION,
  schema: PriorityDocumentSchema,
});
