/**
 * Stored times for people: files keep instants in ISO 8601 (often UTC, `…Z`); reports, exports and screens
 * show them in the reader's own time zone. The zone is always passed in, so the same call gives the same text
 * in a test, in the CLI and in the browser (which passes its own zone). No DOM or Node: only `Intl`.
 */

let environmentZone: string | undefined;

/**
 * The time zone of the environment (the browser's, or the CLI's `TZ`), e.g. `Asia/Shanghai`; `UTC` if unknown.
 * Read once: building an `Intl.DateTimeFormat` is slow (a report that asked for each time it showed spent about
 * 30 ms on it), and the zone of a page or a CLI run does not change while it runs.
 */
export function localTimeZone(): string {
  if (environmentZone === undefined) {
    try {
      environmentZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
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

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `+08:00`-style offset at `date` of the zone `formatter` formats in, in minutes east of UTC. */
function offsetMinutes(date: Date, formatter: Intl.DateTimeFormat): number {
  const parts = formatter.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
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
 * A stored time in `timeZone`, the same in every language: `2026-12-05T07:23:23Z` in `Asia/Shanghai` →
 * `2026-12-05 15:23 (UTC+8)`. A bare date (`2025-06-30`) has no time of day and stays as it is; text that is
 * not a time is returned unchanged (a report never hides what the file holds). An unknown zone falls back
 * to UTC.
 */
export function formatLocalTime(stamp: string, timeZone: string): string {
  if (BARE_DATE.test(stamp)) return stamp;
  // Only ISO date-times: `Date` would also read loose text such as "March 5".
  if (!/^\d{4}-\d{2}-\d{2}T/.test(stamp)) return stamp;
  const date = new Date(stamp);
  if (Number.isNaN(date.getTime())) return stamp;
  const formatter = formatterFor(timeZone) ?? formatterFor('UTC');
  const offset = formatter ? offsetMinutes(date, formatter) : 0;
  const shifted = new Date(date.getTime() + offset * 60000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)} (${offsetLabel(offset)})`;
}
