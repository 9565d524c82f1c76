import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundScore } from '../../src/engine/score-summary.ts';
import {
  elementHref,
  fileBaseName,
  formatPercent,
  formatScore,
  formatTimestamp,
  translator,
} from '../../src/app/report-format.ts';
import { reportStrings } from '../../src/i18n/report.ts';

describe('formatScore', () => {
  it.each([
    [null, null],
    [0, '0.00'],
    [100, '100.00'],
    [28.235294117647058, '28.24'],
    [(100 * 11) / 48, '22.92'],
    [66.66666666666667, '66.67'],
    [12.345, '12.35'],
  ])('%s → %s', (score, text) => {
    expect(formatScore(score)).toBe(text);
  });
  it('shows exactly the number the CLI prints', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 100 }), (wp, w) => {
        const score = (100 * Math.min(wp, 3 * w)) / (3 * w);
        expect(Number(formatScore(score))).toBe(roundScore(score));
      }),
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [1, '100%'],
    [0, '0%'],
    [55 / 58, '94.8%'],
    [2 / 3, '66.7%'],
  ])('%s → %s', (ratio, text) => expect(formatPercent(ratio)).toBe(text));
});

describe('elementHref', () => {
  it.each([
    ['DM-PLAN-01', '5.2', 'zh-CN', '/5-2/#DM-PLAN-01'],
    ['DW-REMOTE-END-02', '7.3', 'en', '/en/7-3/#DW-REMOTE-END-02'],
  ] as const)('%s of %s in %s', (id, clause, locale, href) => expect(elementHref(id, clause, locale)).toBe(href));
});

describe('formatTimestamp', () => {
  it.each([
    ['2025-02-20', 'UTC', '2025-02-20'],
    ['2025-03-05T16:20:00+08:00', 'Asia/Shanghai', '2025-03-05 16:20 (UTC+8)'],
    ['2025-03-05T16:20:00+08:00', 'UTC', '2025-03-05 08:20 (UTC)'],
    ['2025-03-05T08:20:00.123Z', 'Asia/Shanghai', '2025-03-05 16:20 (UTC+8)'],
  ])('%s in %s → %s', (stamp, zone, text) => expect(formatTimestamp(stamp, zone)).toBe(text));
});

describe('fileBaseName', () => {
  it.each([
    ['北岭信息技术服务有限公司交付能力评价（示例）', '北岭信息技术服务有限公司交付能力评价（示例）'],
    ['Annual review: 2025/Q1 "draft"', 'Annual-review-2025-Q1-draft'],
    ['  ..  ', 'assessment'],
    ['a\u0000b', 'a-b'],
  ])('%j → %j', (title, name) => expect(fileBaseName(title)).toBe(name));
  it('never yields a path separator or more than 60 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const name = fileBaseName(title);
        expect(name).not.toMatch(/[\\/:*?"<>|]/);
        expect([...name].length).toBeLessThanOrEqual(60);
        expect(name.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator(reportStrings('en'));
    expect(t('save.saved', { id: 'DM-PLAN-01' })).toBe('Saved the change to DM-PLAN-01.');
    expect(t('save.saved')).toBe('Saved the change to {id}.');
  });
});
