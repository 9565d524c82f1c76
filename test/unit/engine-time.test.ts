import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatLocalClock, formatLocalTime } from '../../src/engine/index.ts';

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

describe("formatLocalTime in the environment's own zone", () => {
  // That zone's offset comes from `Date`, not from a formatter; another name of the same zone still goes through
  // `Intl.DateTimeFormat`, so the two must agree on every instant (daylight saving, half hours, old offsets).
  it.each([
    ['America/St_Johns', 'Canada/Newfoundland'],
    ['Asia/Shanghai', 'PRC'],
    ['Asia/Kolkata', 'Asia/Calcutta'],
    ['Europe/London', 'GB'],
  ])('reads %s from Date as Intl reads it under the name %s', async (zone, alias) => {
    const before = process.env.TZ;
    process.env.TZ = zone;
    vi.resetModules();
    try {
      const time = await import('../../src/engine/time.ts');
      // Intl may name the zone by either name (Asia/Kolkata reads as Asia/Calcutta): compare with the other one.
      const local = time.localTimeZone();
      expect([zone, alias]).toContain(local);
      const other = local === zone ? alias : zone;
      fc.assert(
        fc.property(
          fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
          (date) => {
            const stamp = date.toISOString();
            expect(time.formatLocalTime(stamp, local)).toBe(time.formatLocalTime(stamp, other));
          },
        ),
        { numRuns: 500 },
      );
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
      vi.resetModules();
    }
  });
});

describe('formatLocalClock', () => {
  it.each([
    ['2026-12-05T07:23:23Z', 'Asia/Shanghai', '15:23'],
    ['2026-07-01T12:00:00Z', 'Asia/Kolkata', '17:30'],
    ['2026-12-05T20:10:00Z', 'Asia/Shanghai', '04:10'],
    // What is not a date-time stays as it is, as in formatLocalTime.
    ['2025-06-30', 'Asia/Shanghai', '2025-06-30'],
    ['yesterday', 'UTC', 'yesterday'],
  ])('%s in %s → %s', (stamp, zone, text) => expect(formatLocalClock(stamp, zone)).toBe(text));
});
