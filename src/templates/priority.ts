/**
 * The priority and escalation engine (Appendix C): impact × urgency → priority, and the deadlines of a request
 * counted in service time. Pure: no DOM, no clock, no machine time zone.
 *
 * Every instant is a number of milliseconds since the Unix epoch (UTC). Calendar questions (which day, which
 * hour) are answered in the fixed UTC offset of the service hours, never in the zone of the machine running the
 * code, so a page opened in Berlin computes the same deadlines for a Beijing service desk as one opened in Beijing.
 */
import type * as z from 'zod/mini';
import type { ServiceHoursSchema } from './priority-schema.ts';

export const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;

/** China Standard Time, UTC+8: the default offset of the service hours. */
export const CHINA_STANDARD_TIME = 480;

/** `HH:MM` (00:00–23:59), or `24:00` for the end of the day. */
export const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
/** `YYYY-MM-DD`. */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `YYYY-MM-DDTHH:MM`, optionally with seconds: the value of an `<input type="datetime-local">`. */
const LOCAL_DATETIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Minutes since midnight of `HH:MM`. An end of `00:00` or `24:00` means midnight at the end of the day. */
export function minutesOfDay(time: string, role: 'start' | 'end' = 'start'): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const minutes = h * 60 + m;
  return role === 'end' && minutes === 0 ? 1_440 : minutes;
}

/** Whether `YYYY-MM-DD` is a real calendar date. */
export function isIsoDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Whether a value is a real `YYYY-MM-DDTHH:MM[:SS]` wall-clock time. */
export const isLocalDateTime = (value: string) => parseWallClock(value) !== undefined;

function parseWallClock(value: string): number | undefined {
  const m = LOCAL_DATETIME_PATTERN.exec(value);
  if (!m) return undefined;
  const part = (i: number) => Number(m[i] ?? 0);
  const [y, mo, d, h, mi, s] = [part(1), part(2), part(3), part(4), part(5), part(6)];
  if (!isIsoDate(`${m[1]}-${m[2]}-${m[3]}`) || h > 23 || mi > 59 || s > 59) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/** The instant of a wall-clock time read in a fixed UTC offset (`2025-03-07T18:30` at UTC+8 → 10:30Z). */
export function parseLocalDateTime(value: string, utcOffsetMinutes: number): number | undefined {
  const wall = parseWallClock(value);
  return wall === undefined ? undefined : wall - utcOffsetMinutes * MINUTE;
}

export interface LocalParts {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` */
  time: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
}

/** Date, time and weekday of an instant in a fixed UTC offset. */
export function toLocalParts(instant: number, utcOffsetMinutes: number): LocalParts {
  const iso = new Date(instant + utcOffsetMinutes * MINUTE).toISOString();
  const weekday = ((new Date(instant + utcOffsetMinutes * MINUTE).getUTCDay() + 6) % 7) + 1;
  return { date: iso.slice(0, 10), time: iso.slice(11, 16), weekday };
}

/** The `datetime-local` value of an instant in a fixed UTC offset (`2025-03-07T18:30`). */
export const toLocalDateTime = (instant: number, utcOffsetMinutes: number) =>
  new Date(instant + utcOffsetMinutes * MINUTE).toISOString().slice(0, 16);

/** `UTC+8`, `UTC+5:30`, `UTC-3`, `UTC`. */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** The UTC offsets in use around the world, in minutes, for a picker. */
export const UTC_OFFSETS = [
  -720, -660, -600, -570, -540, -480, -420, -360, -300, -240, -210, -180, -120, -60, 0, 60, 120, 180, 210, 240, 270,
  300, 330, 345, 360, 390, 420, 480, 525, 540, 570, 600, 630, 660, 720, 765, 780, 840,
] as const;

/** When the clock of a request runs (the fields are described in priority-schema.ts). */
export type ServiceHours = z.infer<typeof ServiceHoursSchema>;

/** Weekdays 09:00–18:00 at UTC+8: the example service hours of the templates (not from the standard). */
export const EXAMPLE_SERVICE_HOURS: ServiceHours = {
  mode: 'weekly',
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '18:00',
  closedDates: [],
  extraDates: [],
  utcOffsetMinutes: CHINA_STANDARD_TIME,
};

/** The service window of one local day: [open, close) in local milliseconds, or undefined on a day without service. */
function windowOf(localMidnight: number, hours: ServiceHours): [number, number] | undefined {
  const date = new Date(localMidnight);
  const iso = date.toISOString().slice(0, 10);
  const weekday = ((date.getUTCDay() + 6) % 7) + 1;
  const open = hours.extraDates.includes(iso) || (hours.days.includes(weekday) && !hours.closedDates.includes(iso));
  if (!open) return undefined;
  return [localMidnight + minutesOfDay(hours.start) * MINUTE, localMidnight + minutesOfDay(hours.end, 'end') * MINUTE];
}

/**
 * How many days in a row without service the search for the next window may pass before it gives up. In a
 * normal week the longest gap between service days is 6 days; each closed date can take away one service day
 * and so lengthen a gap by up to a week (a closure of 9 days, such as the 2026 Spring Festival, or a closed
 * Monday when Monday is the only service day). Only hours with no service day left run past this.
 */
const horizonDays = (hours: ServiceHours) => 7 * (hours.closedDates.length + 1);

/**
 * Refuses weekly hours the clock cannot run on: the checks of `ServiceHoursSchema` (priority-schema.ts) on the
 * fields the clock reads, written out so that the calculator does not load the schema library.
 */
function assertUsable(hours: ServiceHours) {
  if (hours.mode !== 'weekly') return;
  const { days, start, end, closedDates, extraDates, utcOffsetMinutes: offset } = hours;
  const usable =
    days.length > 0 &&
    days.length <= 7 &&
    days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7) &&
    TIME_PATTERN.test(start) &&
    TIME_PATTERN.test(end) &&
    minutesOfDay(start) < minutesOfDay(end, 'end') &&
    [...closedDates, ...extraDates].every(isIsoDate) &&
    Number.isInteger(offset) &&
    offset >= -720 &&
    offset <= 840 &&
    offset % 15 === 0;
  if (!usable) throw new RangeError('service hours are invalid; check them with ServiceHoursSchema first');
}

/**
 * The instant `duration` ms of service time after `from`. Outside service hours the clock starts at the next
 * opening. A window is half-open: a request reported exactly at closing time waits for the next opening, while a
 * deadline that uses up a window exactly falls at its closing time. With a zero duration this is the clock start.
 */
export function addServiceTime(from: number, duration: number, hours: ServiceHours): number {
  if (duration < 0) throw new RangeError('duration must not be negative');
  if (hours.mode === '24x7') return from + duration;
  assertUsable(hours);
  const offset = hours.utcOffsetMinutes * MINUTE;
  let t = from + offset;
  let day = Math.floor(t / DAY) * DAY;
  let remaining = duration;
  let idle = 0;
  for (;;) {
    const window = windowOf(day, hours);
    if (window) {
      idle = 0;
      const [open, close] = window;
      if (t < open) t = open;
      if (t < close) {
        if (remaining <= close - t) return t + remaining - offset;
        remaining -= close - t;
      }
    } else if (++idle > horizonDays(hours)) {
      throw new RangeError('no service hours found');
    }
    day += DAY;
    t = day;
  }
}

/** Service time in ms between two instants (0 when `to` is not after `from`). */
export function serviceTimeBetween(from: number, to: number, hours: ServiceHours): number {
  if (to <= from) return 0;
  if (hours.mode === '24x7') return to - from;
  assertUsable(hours);
  const offset = hours.utcOffsetMinutes * MINUTE;
  const a = from + offset;
  const b = to + offset;
  let total = 0;
  for (let day = Math.floor(a / DAY) * DAY; day < b; day += DAY) {
    const window = windowOf(day, hours);
    if (!window) continue;
    const lo = Math.max(window[0], a);
    const hi = Math.min(window[1], b);
    if (hi > lo) total += hi - lo;
  }
  return total;
}

/** The first instant at or after `from` at which the clock runs. */
const clockStart = (from: number, hours: ServiceHours) => addServiceTime(from, 0, hours);

// ---------------------------------------------------------------------------------------------------------------
// Priority and deadlines

/** A level of impact or urgency. */
interface Level {
  id: string;
  name: string;
}

export interface PriorityTargets {
  id: string;
  /** Response target in minutes of service time. */
  responseMinutes: number;
  /** Resolution target in minutes of service time. */
  resolutionMinutes: number;
}

/** Thresholds in percent of a target: pre-warning < alarm < escalation (e.g. 75, 100, 125). */
export interface Thresholds {
  preWarning: number;
  alarm: number;
  escalation: number;
}

export interface PriorityScheme<P extends PriorityTargets = PriorityTargets> {
  impacts: readonly Level[];
  urgencies: readonly Level[];
  /** matrix[impactIndex][urgencyIndex] is a priority ID. */
  matrix: readonly (readonly string[])[];
  priorities: readonly P[];
}

/** The priority an impact and an urgency give, or undefined when either is unknown. */
export function priorityOf<P extends PriorityTargets>(
  scheme: PriorityScheme<P>,
  impactId: string,
  urgencyId: string,
): P | undefined {
  const i = scheme.impacts.findIndex((l) => l.id === impactId);
  const j = scheme.urgencies.findIndex((l) => l.id === urgencyId);
  if (i < 0 || j < 0) return undefined;
  const id = scheme.matrix[i]?.[j];
  return scheme.priorities.find((p) => p.id === id);
}

export const MILESTONES = ['preWarning', 'deadline', 'alarm', 'escalation'] as const;
export type Milestone = (typeof MILESTONES)[number];
type TargetKind = 'response' | 'resolution';

/** The instants of one target: when it warns, falls due, alarms and escalates. */
type TargetSchedule = Record<Milestone, number> & {
  /** The target in minutes of service time. */
  minutes: number;
};

export interface TimelineEvent {
  at: number;
  kind: 'reported' | 'clock-start' | Milestone;
  target?: TargetKind;
  /** Service minutes elapsed since the clock started (fractions where a threshold cuts a minute). */
  serviceMinutes: number;
}

export interface Schedule {
  reported: number;
  /** When the clock starts: the report time, or the next opening when it was reported outside service hours. */
  clockStart: number;
  response: TargetSchedule;
  resolution: TargetSchedule;
  /** Every event in time order; at the same instant response before resolution, each in milestone order. */
  timeline: TimelineEvent[];
}

/** Share of a target in ms: `minutes × percent %`, exact for whole minutes and whole percents. */
const share = (minutes: number, percent: number) => (minutes * MINUTE * percent) / 100;

function targetSchedule(start: number, minutes: number, thresholds: Thresholds, hours: ServiceHours): TargetSchedule {
  const at = (percent: number) => addServiceTime(start, share(minutes, percent), hours);
  return {
    minutes,
    preWarning: at(thresholds.preWarning),
    deadline: at(100),
    alarm: at(thresholds.alarm),
    escalation: at(thresholds.escalation),
  };
}

const kindRank: Record<TimelineEvent['kind'], number> = {
  reported: 0,
  'clock-start': 1,
  preWarning: 2,
  deadline: 3,
  alarm: 4,
  escalation: 5,
};

/** Deadlines of a request reported at `reported` with the given targets, thresholds and service hours. */
export function scheduleRequest(
  reported: number,
  targets: Pick<PriorityTargets, 'responseMinutes' | 'resolutionMinutes'>,
  thresholds: Thresholds,
  hours: ServiceHours,
): Schedule {
  const start = clockStart(reported, hours);
  const response = targetSchedule(start, targets.responseMinutes, thresholds, hours);
  const resolution = targetSchedule(start, targets.resolutionMinutes, thresholds, hours);
  const percentOf: Record<Milestone, number> = {
    preWarning: thresholds.preWarning,
    deadline: 100,
    alarm: thresholds.alarm,
    escalation: thresholds.escalation,
  };
  const timeline: TimelineEvent[] = [{ at: reported, kind: 'reported', serviceMinutes: 0 }];
  if (start !== reported) timeline.push({ at: start, kind: 'clock-start', serviceMinutes: 0 });
  for (const [target, schedule] of [
    ['response', response],
    ['resolution', resolution],
  ] as const) {
    for (const kind of MILESTONES)
      timeline.push({
        at: schedule[kind],
        kind,
        target,
        serviceMinutes: share(schedule.minutes, percentOf[kind]) / MINUTE,
      });
  }
  timeline.sort(
    (a, b) =>
      a.at - b.at ||
      Number(a.target === 'resolution') - Number(b.target === 'resolution') ||
      kindRank[a.kind] - kindRank[b.kind],
  );
  return { reported, clockStart: start, response, resolution, timeline };
}
