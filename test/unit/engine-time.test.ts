import { describe, expect, it } from 'vitest';
import { formatLocalTime } from '../../src/engine/index.ts';

describe('formatLocalTime', () => {
  it.each([
    ['2026-12-05T07:23:23Z', 'Asia/Shanghai', '2026-12-05 15:23 (UTC+8)'],
    ['2026-12-05T07:23:23.755Z', 'UTC', '2026-12-05 07:23 (UTC)'],
    // Crossing midnight changes the date too.
    ['2026-12-05T20:10:00Z', 'Asia/Shanghai', '2026-12-06 04:10 (UTC+8)'],
    ['2026-12-05T15:23:00+08:00', 'UTC', '2026-12-05 07:23 (UTC)'],
    ['2026-12-05T15:23:00+08:00', 'Asia/Shanghai', '2026-12-05 15:23 (UTC+8)'],
    ['2026-07-01T12:00:00Z', 'Asia/Kolkata', '2026-07-01 17:30 (UTC+5:30)'],
    ['2026-07-01T12:00:00Z', 'America/New_York', '2026-07-01 08:00 (UTC-4)'],
  ])('%s in %s → %s', (stamp, zone, text) => expect(formatLocalTime(stamp, zone)).toBe(text));

  it('never prints a raw …Z instant', () => {
    expect(formatLocalTime('2026-12-05T07:23:23Z', 'Asia/Shanghai')).not.toMatch(/\dT\d|\dZ/);
  });

  it.each([
    ['a bare date', '2025-06-30'],
    ['text that is no time', 'yesterday'],
    ['an impossible date-time', '2025-13-45T99:00:00Z'],
  ])('leaves %s as it is', (_, stamp) => expect(formatLocalTime(stamp, 'Asia/Shanghai')).toBe(stamp));

  it('falls back to UTC for an unknown zone', () =>
    expect(formatLocalTime('2026-12-05T07:23:23Z', 'Not/AZone')).toBe('2026-12-05 07:23 (UTC)'));
});
