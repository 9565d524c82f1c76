import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromZodError } from '../../src/templates/zod-issues.ts';
import {
  addServiceTime,
  EXAMPLE_SERVICE_HOURS,
  formatUtcOffset,
  MINUTE,
  parseLocalDateTime,
  priorityOf,
  scheduleRequest,
  serviceTimeBetween,
  toLocalDateTime,
  toLocalParts,
  type ServiceHours,
} from '../../src/templates/priority.ts';
import { ServiceHoursSchema } from '../../src/templates/priority-schema.ts';

// 2025-03-07 is a Friday, 2025-03-10 a Monday.
const weekdays = EXAMPLE_SERVICE_HOURS; // Mon–Fri 09:00–18:00, UTC+8
const always: ServiceHours = { ...weekdays, mode: '24x7' };
const at = (local: string, hours: ServiceHours = weekdays) => parseLocalDateTime(local, hours.utcOffsetMinutes)!;
const local = (instant: number, hours: ServiceHours = weekdays) => toLocalDateTime(instant, hours.utcOffsetMinutes);
const add = (from: string, minutes: number, hours: ServiceHours = weekdays) =>
  local(addServiceTime(at(from, hours), minutes * MINUTE, hours), hours);

describe('wall-clock times in a fixed offset', () => {
  it('reads a datetime-local value at UTC+8, whatever the machine zone', () => {
    expect(new Date(at('2025-03-07T18:30')).toISOString()).toBe('2025-03-07T10:30:00.000Z');
    expect(toLocalParts(at('2025-03-07T18:30'), 480)).toEqual({ date: '2025-03-07', time: '18:30', weekday: 5 });
    expect(toLocalParts(at('2025-03-09T23:59'), 480).weekday).toBe(7);
  });
  it.each(['', '2025-02-30T10:00', '2025-03-07 18:30', '2025-03-07T24:00', '2025-13-01T00:00', 'tomorrow'])(
    'rejects %j',
    (value) => expect(parseLocalDateTime(value, 480)).toBeUndefined(),
  );
  it.each([
    [480, 'UTC+8'],
    [330, 'UTC+5:30'],
    [-180, 'UTC-3'],
    [0, 'UTC'],
    [345, 'UTC+5:45'],
  ])('formats offset %i as %s', (minutes, text) => expect(formatUtcOffset(minutes)).toBe(text));
});

describe('addServiceTime: weekdays 09:00–18:00 at UTC+8', () => {
  // [case, report (local), minutes, expected deadline (local)]
  const cases: [string, string, number, string][] = [
    ['inside hours', '2025-03-10T10:00', 30, '2025-03-10T10:30'],
    ['exactly at opening', '2025-03-10T09:00', 60, '2025-03-10T10:00'],
    ['before opening starts at opening', '2025-03-10T07:15', 30, '2025-03-10T09:30'],
    ['exactly at closing waits for the next opening', '2025-03-10T18:00', 60, '2025-03-11T10:00'],
    ['a deadline that fills the window falls at closing', '2025-03-10T17:00', 60, '2025-03-10T18:00'],
    ['one minute past closing waits', '2025-03-10T18:01', 15, '2025-03-11T09:15'],
    ['spills over to the next day', '2025-03-10T17:30', 60, '2025-03-11T09:30'],
    ['Friday evening waits for Monday', '2025-03-07T18:30', 15, '2025-03-10T09:15'],
    ['Friday afternoon runs over the weekend', '2025-03-07T17:00', 120, '2025-03-10T10:00'],
    ['Saturday report starts on Monday', '2025-03-08T11:00', 240, '2025-03-10T13:00'],
    ['Sunday just before midnight', '2025-03-09T23:59', 1, '2025-03-10T09:01'],
    ['a target of several days (72 service hours = 8 days of 9 h)', '2025-03-10T09:00', 4320, '2025-03-19T18:00'],
    ['a whole day of service time from opening ends at closing', '2025-03-10T09:00', 540, '2025-03-10T18:00'],
    ['zero minutes outside hours is the next opening', '2025-03-07T20:00', 0, '2025-03-10T09:00'],
    ['zero minutes inside hours is the report time', '2025-03-07T12:00', 0, '2025-03-07T12:00'],
  ];
  it.each(cases)('%s', (_, report, minutes, expected) => expect(add(report, minutes)).toBe(expected));

  it('skips a public holiday and counts a weekend working day', () => {
    const holidays: ServiceHours = { ...weekdays, closedDates: ['2025-03-10'], extraDates: ['2025-03-08'] };
    expect(add('2025-03-07T18:30', 15, holidays)).toBe('2025-03-08T09:15');
    expect(add('2025-03-08T18:00', 15, holidays)).toBe('2025-03-11T09:15');
  });

  // The 2026 Spring Festival: closed Sunday 15 to Monday 23 February (9 days), with the weekend working days
  // (调休) Saturday 14 and Saturday 28 February. Listed as a user types it: every day of the closure.
  const springFestival2026: ServiceHours = {
    ...weekdays,
    closedDates: Array.from({ length: 9 }, (_, i) => `2026-02-${String(15 + i).padStart(2, '0')}`),
    extraDates: ['2026-02-14', '2026-02-28'],
  };
  it('runs across a 9-day closure (Spring Festival 2026) listed day by day', () => {
    expect(add('2026-02-13T17:30', 60, springFestival2026)).toBe('2026-02-14T09:30');
    expect(add('2026-02-14T17:30', 60, springFestival2026)).toBe('2026-02-24T09:30');
  });
  it('runs across the same closure when only its weekdays are listed', () => {
    const weekdaysOnly = {
      ...springFestival2026,
      closedDates: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'],
    };
    expect(add('2026-02-14T17:30', 60, weekdaysOnly)).toBe('2026-02-24T09:30');
  });
  it('runs across closures that leave weeks without service (one service day a week)', () => {
    // Monday only; two Mondays closed: 20 days without service in a row.
    const mondays: ServiceHours = { ...weekdays, days: [1], closedDates: ['2026-02-16', '2026-02-23'] };
    expect(add('2026-02-10T10:00', 60, mondays)).toBe('2026-03-02T10:00');
    expect(serviceTimeBetween(at('2026-02-10T10:00'), at('2026-03-02T10:00'), mondays)).toBe(60 * MINUTE);
  });

  it('treats an end of 00:00 as midnight', () => {
    const evenings: ServiceHours = { ...weekdays, start: '20:00', end: '00:00' };
    expect(add('2025-03-10T23:00', 120, evenings)).toBe('2025-03-11T21:00');
  });

  it('reads days and hours in the configured offset, not the machine zone', () => {
    const utc: ServiceHours = { ...weekdays, utcOffsetMinutes: 0 };
    // 18:30 at UTC+8 on Friday is 10:30 UTC on Friday: inside UTC business hours.
    const reported = at('2025-03-07T18:30');
    expect(new Date(addServiceTime(reported, 15 * MINUTE, utc)).toISOString()).toBe('2025-03-07T10:45:00.000Z');
    expect(new Date(addServiceTime(reported, 15 * MINUTE, weekdays)).toISOString()).toBe('2025-03-10T01:15:00.000Z');
  });

  it('adds plainly around the clock', () => {
    expect(add('2025-03-07T18:30', 15, always)).toBe('2025-03-07T18:45');
    expect(add('2025-03-07T18:30', 4320, always)).toBe('2025-03-10T18:30');
  });
});

describe('serviceTimeBetween', () => {
  it.each([
    ['2025-03-07T17:00', '2025-03-10T10:00', 120],
    ['2025-03-10T08:00', '2025-03-10T20:00', 540],
    ['2025-03-08T08:00', '2025-03-09T20:00', 0],
    ['2025-03-10T12:00', '2025-03-10T11:00', 0],
  ])('from %s to %s is %i service minutes', (from, to, minutes) =>
    expect(serviceTimeBetween(at(from), at(to), weekdays)).toBe(minutes * MINUTE),
  );
});

describe('service hours validation', () => {
  const problems = (patch: Partial<ServiceHours>) => {
    const result = ServiceHoursSchema.safeParse({ ...weekdays, ...patch }, { reportInput: true });
    return result.success ? [] : fromZodError(result.error).map((i) => `${i.path} ${i.code}`);
  };
  it.each<[string, Partial<ServiceHours>, string[]]>([
    ['no service day', { days: [] }, ['days no-service-days']],
    ['closing before opening', { start: '18:00', end: '09:00' }, ['end hours-order']],
    ['closing equal to opening', { start: '09:00', end: '09:00' }, ['end hours-order']],
    ['a malformed time', { start: '9:00' }, ['start bad-time']],
    ['25 o’clock', { end: '25:00' }, ['end bad-time']],
    ['a weekday 8', { days: [1, 8] }, ['days.1 too-big']],
    ['an impossible holiday', { closedDates: ['2025-02-30'] }, ['closedDates.0 bad-date']],
    [
      'a date both closed and extra',
      { closedDates: ['2025-03-08'], extraDates: ['2025-03-08'] },
      ['extraDates.0 date-both'],
    ],
    ['an offset of 7 minutes', { utcOffsetMinutes: 487 }, ['utcOffsetMinutes not-allowed']],
    ['an offset beyond UTC+14', { utcOffsetMinutes: 900 }, ['utcOffsetMinutes too-big']],
  ])('rejects %s', (_, patch, expected) => expect(problems(patch)).toEqual(expected));

  it('accepts 00:00–24:00 and ignores days and hours in 24x7 mode', () => {
    expect(problems({ start: '00:00', end: '24:00' })).toEqual([]);
    expect(problems({ mode: '24x7', days: [] })).toEqual([]);
  });

  it('refuses to compute with invalid weekly hours', () => {
    expect(() => addServiceTime(0, MINUTE, { ...weekdays, days: [] })).toThrow(RangeError);
    expect(() => addServiceTime(0, -1, weekdays)).toThrow(RangeError);
  });
});

describe('priority matrix', () => {
  const scheme = {
    impacts: [
      { id: 'high', name: 'High' },
      { id: 'low', name: 'Low' },
    ],
    urgencies: [
      { id: 'high', name: 'High' },
      { id: 'low', name: 'Low' },
    ],
    matrix: [
      ['P1', 'P2'],
      ['P2', 'P3'],
    ],
    priorities: [
      { id: 'P1', responseMinutes: 15, resolutionMinutes: 240 },
      { id: 'P2', responseMinutes: 30, resolutionMinutes: 480 },
      { id: 'P3', responseMinutes: 120, resolutionMinutes: 1440 },
    ],
  };
  it.each([
    ['high', 'high', 'P1'],
    ['high', 'low', 'P2'],
    ['low', 'high', 'P2'],
    ['low', 'low', 'P3'],
  ])('impact %s × urgency %s → %s', (impact, urgency, id) => expect(priorityOf(scheme, impact, urgency)?.id).toBe(id));
  it('gives nothing for an unknown level', () => expect(priorityOf(scheme, 'medium', 'high')).toBeUndefined());
});

describe('scheduleRequest', () => {
  const thresholds = { preWarning: 75, alarm: 100, escalation: 125 };

  it('a P2 request on Friday evening with weekday hours', () => {
    const s = scheduleRequest(
      at('2025-03-07T18:30'),
      { responseMinutes: 30, resolutionMinutes: 480 },
      thresholds,
      weekdays,
    );
    expect(local(s.clockStart)).toBe('2025-03-10T09:00');
    expect(local(s.response.preWarning)).toBe('2025-03-10T09:22');
    expect(local(s.response.deadline)).toBe('2025-03-10T09:30');
    expect(local(s.response.alarm)).toBe('2025-03-10T09:30');
    expect(local(s.response.escalation)).toBe('2025-03-10T09:37'); // 37.5 minutes: 09:37:30
    expect(new Date(s.response.escalation).toISOString()).toBe('2025-03-10T01:37:30.000Z');
    expect(local(s.resolution.preWarning)).toBe('2025-03-10T15:00'); // 6 h
    expect(local(s.resolution.deadline)).toBe('2025-03-10T17:00'); // 8 h
    expect(local(s.resolution.escalation)).toBe('2025-03-11T10:00'); // 10 h: 9 on Monday, 1 on Tuesday
    expect(s.timeline.map((e) => `${e.target ?? ''}:${e.kind}`)).toEqual([
      ':reported',
      ':clock-start',
      'response:preWarning',
      'response:deadline',
      'response:alarm',
      'response:escalation',
      'resolution:preWarning',
      'resolution:deadline',
      'resolution:alarm',
      'resolution:escalation',
    ]);
    expect(s.timeline.find((e) => e.kind === 'escalation' && e.target === 'response')?.serviceMinutes).toBe(37.5);
  });

  it('has no clock-start event when reported inside service hours', () => {
    const s = scheduleRequest(
      at('2025-03-10T10:00'),
      { responseMinutes: 15, resolutionMinutes: 240 },
      thresholds,
      weekdays,
    );
    expect(s.clockStart).toBe(s.reported);
    expect(s.timeline.some((e) => e.kind === 'clock-start')).toBe(false);
  });

  it('orders events at the same instant: response first, each in milestone order', () => {
    const s = scheduleRequest(0, { responseMinutes: 60, resolutionMinutes: 80 }, thresholds, always);
    // 80 min × 75 % = 60 min: the resolution pre-warning falls on the response deadline and alarm.
    const names = s.timeline.map((e) => `${e.target ?? ''}:${e.kind}@${e.at / MINUTE}`);
    expect(names.slice(1, 5)).toEqual([
      'response:preWarning@45',
      'response:deadline@60',
      'response:alarm@60',
      'resolution:preWarning@60',
    ]);
  });
});

describe('properties', () => {
  const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) });
  const minutes = fc.integer({ min: 0, max: 60 * 24 * 30 });
  const time = fc
    .integer({ min: 0, max: 1_439 })
    .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  const hours: fc.Arbitrary<ServiceHours> = fc
    .record({
      days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      a: time,
      b: time,
      offset: fc.integer({ min: -48, max: 56 }).map((q) => q * 15),
    })
    .filter(({ a, b }) => a !== b)
    .map(({ days, a, b, offset }) => ({
      mode: 'weekly',
      days,
      start: a < b ? a : b,
      end: a < b ? b : a,
      closedDates: [],
      extraDates: [],
      utcOffsetMinutes: offset,
    }));

  it('a deadline never precedes the report time', () => {
    fc.assert(fc.property(instant, minutes, hours, (t, m, h) => addServiceTime(t, m * MINUTE, h) >= t));
  });

  it('a longer target never gives an earlier deadline', () => {
    fc.assert(
      fc.property(instant, minutes, minutes, hours, (t, m1, m2, h) => {
        const [short, long] = m1 <= m2 ? [m1, m2] : [m2, m1];
        return addServiceTime(t, short * MINUTE, h) <= addServiceTime(t, long * MINUTE, h);
      }),
    );
  });

  it('the service time up to a deadline is the target', () => {
    fc.assert(
      fc.property(
        instant,
        minutes,
        hours,
        (t, m, h) => serviceTimeBetween(t, addServiceTime(t, m * MINUTE, h), h) === m * MINUTE,
      ),
    );
  });

  it('7×24 equals plain addition, and so do all-day hours on every day', () => {
    const allDay: ServiceHours = { ...weekdays, days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };
    fc.assert(
      fc.property(instant, minutes, (t, m) => {
        expect(addServiceTime(t, m * MINUTE, always)).toBe(t + m * MINUTE);
        expect(addServiceTime(t, m * MINUTE, allDay)).toBe(t + m * MINUTE);
      }),
    );
  });

  it('the timeline is sorted, starts at the report and ends at the last milestone', () => {
    const percent = fc.integer({ min: 1, max: 300 });
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        hours,
        percent,
        percent,
        percent,
        (t, r1, r2, h, p1, p2, p3) => {
          const [preWarning, alarm, escalation] = [p1, p2, p3].sort((x, y) => x - y) as [number, number, number];
          const s = scheduleRequest(
            t,
            { responseMinutes: r1, resolutionMinutes: r2 },
            { preWarning, alarm, escalation },
            h,
          );
          const times = s.timeline.map((e) => e.at);
          expect(times).toEqual([...times].sort((x, y) => x - y));
          expect(times[0]).toBe(t);
          const milestones = [s.response, s.resolution].flatMap((x) => [
            x.preWarning,
            x.deadline,
            x.alarm,
            x.escalation,
          ]);
          expect(times.at(-1)).toBe(Math.max(...milestones));
        },
      ),
    );
  });
});
