import { describe, expect, it } from 'vitest';
import { toBarConfig, toRadarConfig, type ChartTheme, type ScorePoint } from '../../src/app/chart-config.ts';

const theme: ChartTheme = {
  text: '#222',
  grid: '#ccc',
  accent: 'rgb(1, 2, 3)',
  fill: 'rgba(1, 2, 3, 0.2)',
  font: 'serif',
};
const text = { dataset: 'Supplier score', naSuffix: ' (not applicable)' };
const points: ScorePoint[] = [
  { label: '5.2', title: 'Delivery planning', score: 22.916666666666668 },
  { label: '6.4 Optimization', score: null },
  { label: '7.3 Remote delivery', score: 100 },
];

describe.each([
  ['radar', toRadarConfig],
  ['bar', toBarConfig],
] as const)('%s config', (type, build) => {
  const config = build(points, text, theme);

  it('has the chart type and no animation (stable screenshots and prints)', () => {
    expect(config.type).toBe(type);
    expect(config.options?.animation).toBe(false);
  });
  it('rounds scores as the CLI does and keeps null as a gap', () => {
    expect(config.data.datasets[0]!.data).toEqual([22.92, null, 100]);
  });
  it('marks a point without a score as not applicable in its label', () => {
    expect(config.data.labels).toEqual(['5.2', '6.4 Optimization (not applicable)', '7.3 Remote delivery']);
  });
  it('names the data set and uses the theme colours', () => {
    const dataset = config.data.datasets[0]!;
    expect(dataset.label).toBe('Supplier score');
    expect(dataset.borderColor).toBe(theme.accent);
  });
  it('names each point in full in its tooltip', () => {
    const title = config.options?.plugins?.tooltip?.callbacks?.title as unknown as (
      items: { dataIndex: number }[],
    ) => string;
    expect(title([{ dataIndex: 0 }])).toBe('5.2 Delivery planning');
    expect(title([{ dataIndex: 2 }])).toBe('7.3 Remote delivery');
    expect(title([])).toBe('');
  });
  it('has one data set, so no legend', () => {
    expect(config.data.datasets).toHaveLength(1);
    expect(config.options?.plugins?.legend?.display).toBe(false);
  });
  it('is empty, not broken, without points', () => {
    const empty = build([], text, theme);
    expect(empty.data.labels).toEqual([]);
    expect(empty.data.datasets[0]!.data).toEqual([]);
  });
});

describe('radar', () => {
  const config = toRadarConfig(points, text, theme);
  it('runs from 0 to 100 on its radial scale and does not bridge gaps', () => {
    expect(config.options?.scales?.r).toMatchObject({ min: 0, max: 100, ticks: { stepSize: 20 } });
    expect(config.data.datasets[0]).toMatchObject({ spanGaps: false, fill: true, backgroundColor: theme.fill });
  });
});

describe('bar', () => {
  const config = toBarConfig(points, text, theme);
  it('draws horizontal bars on a 0–100 score axis with every clause label shown', () => {
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 100 });
    expect(config.options?.scales?.y).toMatchObject({ ticks: { autoSkip: false } });
  });
});
