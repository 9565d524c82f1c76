/**
 * The one duration formatter: a target or elapsed time in minutes, as whole hours and minutes
 * (15 → "15 min", 240 → "4 h", 90 → "1 h 30 min"; in zh-CN "1 小时 30 分钟"). Fractions of a minute, which a threshold
 * share can give, stay in minutes (11.25 → "11.25 min") so no time is rounded away.
 */
import type { TemplateStrings } from './templates.ts';
import { formatMessage } from './format.ts';

/** The three unit strings, from the template dictionary (`common.minutes`, `common.hours`, `common.hoursMinutes`). */
export type DurationStrings = Pick<TemplateStrings, 'common.minutes' | 'common.hours' | 'common.hoursMinutes'>;

export function formatDuration(minutes: number, s: DurationStrings): string {
  const rounded = Math.round(minutes * 100) / 100;
  if (rounded < 60 || !Number.isInteger(rounded)) return formatMessage(s['common.minutes'], { n: rounded });
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  return m === 0 ? formatMessage(s['common.hours'], { n: h }) : formatMessage(s['common.hoursMinutes'], { h, m });
}
