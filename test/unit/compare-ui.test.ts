import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../../src/engine/message.ts';
import { SERIES_COLOURS, toCompareRadarConfig } from '../../src/app/compare-chart-config.ts';
import { COMPARE_DICTIONARIES } from '../../src/i18n/compare-export.ts';
import { REPORT_DICTIONARIES } from '../../src/i18n/report-export.ts';
import { COMPARE_UI_DICTIONARIES, compareStrings } from '../../src/i18n/compare.ts';
import { REPORT_UI_DICTIONARIES } from '../../src/i18n/report.ts';

const placeholders = placeholderNames;

describe('compare island strings', () => {
  it('have the same keys and placeholders in zh-CN and en, none empty, en without Chinese', () => {
    const zh = COMPARE_UI_DICTIONARIES['zh-CN'];
    const en = COMPARE_UI_DICTIONARIES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, value] of Object.entries(zh)) {
      const english = en[key as keyof typeof en];
      expect(value.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(value));
      expect(english, key).not.toMatch(/[\u4e00-\u9fff]/);
    }
    for (const [key, value] of Object.entries(COMPARE_DICTIONARIES['zh-CN']))
      expect(placeholders(COMPARE_DICTIONARIES.en[key as keyof typeof COMPARE_DICTIONARIES.en]), key).toEqual(
        placeholders(value),
      );
  });

  it('never shadow the report and engine words they are merged with', () => {
    const others = new Set([
      ...Object.keys(REPORT_DICTIONARIES['zh-CN']),
      ...Object.keys(REPORT_UI_DICTIONARIES['zh-CN']),
    ]);
    const own = [...Object.keys(COMPARE_UI_DICTIONARIES['zh-CN']), ...Object.keys(COMPARE_DICTIONARIES['zh-CN'])];
    expect(own.filter((k) => others.has(k))).toEqual([]);
    expect(compareStrings('en')['grade.largely']).toBe(REPORT_DICTIONARIES.en['grade.largely']);
    expect(compareStrings('zh-CN')['compare.fit']).toContain('非标准得分');
  });
});

describe('toCompareRadarConfig', () => {
  const theme = { text: 'rgb(1, 1, 1)', grid: 'rgb(2, 2, 2)', accent: 'rgb(3, 3, 3)', fill: 'x', font: 'serif' };
  const axes = [{ label: '5.2', title: 'Planning' }, { label: '5.3' }, { label: '6.4' }];
  const series = [
    { label: 'A', scores: [86.2745, 50, null] },
    { label: 'B', scores: [60.784, null, null] },
  ];
  const config = toCompareRadarConfig(axes, series, { naSuffix: ' (n/a)' }, theme);

  it('draws one data set per candidate, rounded as the tables round, with a gap where there is no score', () => {
    expect(config.type).toBe('radar');
    expect(config.data.datasets.map((d) => d.label)).toEqual(['A', 'B']);
    expect(config.data.datasets[0]!.data).toEqual([86.27, 50, null]);
    expect(config.data.labels).toEqual(['5.2', '5.3', '6.4 (n/a)']);
    expect(config.options?.animation).toBe(false);
    expect(config.options?.scales?.r).toMatchObject({ min: 0, max: 100 });
  });

  it('tells candidates apart by colour, dash and point shape, and shows a legend', () => {
    const [a, b] = config.data.datasets;
    expect(a!.borderColor).toBe(SERIES_COLOURS[0]);
    expect(b!.borderColor).toBe(SERIES_COLOURS[1]);
    expect(a!.borderDash).not.toEqual(b!.borderDash);
    expect(a!.pointStyle).not.toEqual(b!.pointStyle);
    expect(config.options?.plugins?.legend?.display).toBe(true);
    const title = config.options?.plugins?.tooltip?.callbacks?.title as unknown as (
      i: { dataIndex: number }[],
    ) => string;
    expect(title([{ dataIndex: 0 }])).toBe('5.2 Planning');
    expect(title([{ dataIndex: 1 }])).toBe('5.3');
  });
});
