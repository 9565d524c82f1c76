import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/catalog/locales.ts';
import { formatDuration } from '../../src/i18n/duration.ts';
import { templateDictionaries } from '../../src/i18n/templates.ts';

const en = templateDictionaries.en;
const zh = templateDictionaries['zh-CN'];

describe('formatDuration', () => {
  it.each([
    [15, '15 min', '15 分钟'],
    [59, '59 min', '59 分钟'],
    [60, '1 h', '1 小时'],
    [90, '1 h 30 min', '1 小时 30 分钟'],
    [240, '4 h', '4 小时'],
    [1441, '24 h 1 min', '24 小时 1 分钟'],
    [11.25, '11.25 min', '11.25 分钟'],
    [90.5, '90.5 min', '90.5 分钟'],
    [0, '0 min', '0 分钟'],
  ])('%d minutes', (minutes, english, chinese) => {
    expect(formatDuration(minutes, en)).toBe(english);
    expect(formatDuration(minutes, zh)).toBe(chinese);
  });

  it('rounds to hundredths of a minute', () => {
    expect(formatDuration(22.499999, en)).toBe('22.5 min');
    expect(formatDuration(119.999, en)).toBe('2 h');
  });

  // No parser exists in the portal; this reads the formatted text back to check that nothing is lost.
  const readBack = (text: string) => {
    const m = /^(?:(\d+) (?:h|小时))? ?(?:([\d.]+) (?:min|分钟))?$/.exec(text);
    if (!m) throw new Error(`unreadable: ${text}`);
    return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  };

  it('keeps every whole minute and hundredth, in both languages (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(...LOCALES), (hundredths, locale) => {
        const minutes = hundredths / 100;
        expect(readBack(formatDuration(minutes, templateDictionaries[locale]))).toBeCloseTo(minutes, 6);
      }),
    );
  });
});
