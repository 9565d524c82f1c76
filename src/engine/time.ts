/**
 * Stored times for people: files keep instants in ISO 8601 (often UTC, `…Z`); reports, exports and screens
 * show them in the reader's own time zone. The zone is always passed in, so the same call gives the same text
 * in a test, in the CLI and in the browser (which passes its own zone). No DOM or Node: only `Intl`, `Date` and,
 * where the engine has it, `Temporal`.
 */

let environmentZone: string | undefined;

/**
 * The time zone of the environment (the browser's, or the CLI's `TZ`), e.g. `Asia/Shanghai`; `UTC` if unknown.
 * Read once, from `Temporal` where there is one: the first `Intl.DateTimeFormat` of a page loads the locale's
 * date data, 17–30 ms on this project's test machine (four times that in Lighthouse's mobile test), inside the
 * task that draws the report or a template.
 */
export function localTimeZone(): string {
  if (environmentZone === undefined) {
    // `Temporal` is not in TypeScript's library yet; recent Chromium and Firefox have it.
    const temporal = (globalThis as { Temporal?: { Now?: { timeZoneId?: () => string } } }).Temporal;
    try {
      environmentZone = temporal?.Now?.timeZoneId?.() || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      environmentZone = 'UTC';
    }
  }
  return environmentZone;
}

/** One formatter per zone, made on first use (`undefined` for a zone `Intl` does not know). */
const formatters = new Map<string, Intl.DateTimeFormat | undefined>();

function formatterFor(zone: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(zone)) {
    let formatter: Intl.DateTimeFormat | undefined;
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      formatter = undefined;
    }
    formatters.set(zone, formatter);
  }
  return formatters.get(zone);
}

/**
 * `+08:00`-style offset at `date`, in minutes east of UTC, of the zone `formatter` formats in, or of `Date`'s local
 * time without one. Both read the same wall-clock fields, so both round an old offset with seconds alike.
 */
function offsetMinutes(date: Date, formatter: Intl.DateTimeFormat | undefined): number {
  let wall: [year: number, month: number, day: number, hour: number, minute: number, second: number];
  if (formatter) {
    const parts = formatter.formatToParts(date);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    wall = [get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')];
  } else {
    wall = [date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
  }
  return Math.round((Date.UTC(...wall) - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** `UTC`, `UTC+8`, `UTC-3:30`: the offset as people read it. */
function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * A stored date-time as read on a clock in `timeZone`: its day, hour and minute, and the zone's offset then.
 * `undefined` for anything but an ISO date-time: a bare date (`2025-06-30`) has no time of day, and `Date` would
 * also read loose text such as "March 5". An unknown zone falls back to UTC.
 */
function localReading(stamp: string, timeZone: string): { day: string; clock: string; offset: number } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(stamp)) return undefined;
  const date = new Date(stamp);
  if (Number.isNaN(date.getTime())) return undefined;
  // The environment's own zone is `Date`'s local time: its offset needs no formatter (see localTimeZone).
  const local = timeZone === environmentZone;
  const formatter = local ? undefined : (formatterFor(timeZone) ?? formatterFor('UTC'));
  const offset = local || formatter ? offsetMinutes(date, formatter) : 0;
  const shifted = new Date(date.getTime() + offset * 60000).toISOString();
  return { day: shifted.slice(0, 10), clock: shifted.slice(11, 16), offset };
}

/**
 * A stored time in `timeZone`, the same in every language: `2026-12-05T07:23:23Z` in `Asia/Shanghai` →
 * `2026-12-05 15:23 (UTC+8)`. Text that is not a date-time, a bare date included, is returned unchanged (a
 * report never hides what the file holds).
 */
export function formatLocalTime(stamp: string, timeZone: string): string {
  const reading = localReading(stamp, timeZone);
  return reading ? `${reading.day} ${reading.clock} (${offsetLabel(reading.offset)})` : stamp;
}

/** The hour and minute of a stored time in `timeZone` (`15:23`): for a line that says when work was last saved. */
export function formatLocalClock(stamp: string, timeZone: string): string {
  return localReading(stamp, timeZone)?.clock ?? stamp;
}
