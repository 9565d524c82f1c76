import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { checkAssessment } from '../../src/engine/validate.ts';
import { buildPlan } from '../../src/engine/plan.ts';
import { planToCsv } from '../../src/app/plan-csv.ts';
import { readCsv } from './fixtures/csv.ts';
import { buildAssessment, mini } from './fixtures/engine-catalog.ts';
import { reportText } from '../../src/i18n/report-export.ts';

const withoutBom = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return csv.slice(1);
};

describe('planToCsv', () => {
  const assessment = buildAssessment(
    { 'DM-PLAN-01': 'P', 'DM-PLAN-02': 'L', 'DC-ROUT-01': 'N', 'DC-RESP-08': { level: 'L', target: 'L' } },
    {
      plan: {
        'DM-PLAN-01': { owner: '=HYPERLINK("http://evil.example")', due: '2025-06-30', status: 'in-progress' },
        'DC-ROUT-01': { owner: '王工, 运维部', status: 'open' },
      },
    },
  );
  const plan = buildPlan(mini, assessment);

  it('writes a UTF-8 byte-order mark and CRLF line ends, one row per plan item in the engine order', () => {
    const csv = planToCsv(mini, assessment, reportText('zh-CN'));
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(withoutBom(csv));
    expect(rows).toHaveLength(plan.length + 1);
    expect(rows.slice(1).map((r) => r[1])).toEqual(plan.map((i) => i.id));
  });

  it.each([
    ['zh-CN', ['阶段', '编号', '条款', '要素', '关键', '权重 w', '当前', '目标', '差距', '负责人', '期限', '状态']],
    [
      'en',
      ['Phase', 'ID', 'Clause', 'Element', 'Key', 'Weight w', 'Current', 'Target', 'Gap', 'Owner', 'Due', 'Status'],
    ],
  ] as const)('has a %s header', (locale, start) => {
    const [header] = readCsv(withoutBom(planToCsv(mini, assessment, reportText(locale))));
    expect(header!.slice(0, start.length)).toEqual(start);
    expect(header).toHaveLength(14);
  });

  it("carries the user's owner, due date and status, with formula characters neutralised", () => {
    const rows = readCsv(withoutBom(planToCsv(mini, assessment, reportText('en'))));
    const row = (id: string) => rows.find((r) => r[1] === id)!;
    expect(row('DM-PLAN-01').slice(9, 12)).toEqual([
      '\'=HYPERLINK("http://evil.example")',
      '2025-06-30',
      'In progress',
    ]);
    expect(row('DC-ROUT-01').slice(9, 12)).toEqual(['王工, 运维部', '', 'Open']);
    expect(row('DM-PLAN-01').slice(0, 9)).toEqual([
      '1',
      'DM-PLAN-01',
      '5.2',
      'Title of DM-PLAN-01',
      'yes',
      '2',
      'P Partially implemented',
      'F Fully implemented',
      '4',
    ]);
  });

  it('lists guidance and evidence one per line in the report language', () => {
    const rows = readCsv(withoutBom(planToCsv(mini, assessment, reportText('zh-CN'))));
    const row = rows.find((r) => r[1] === 'DM-PLAN-01')!;
    expect(row[12]).toBe('Guidance of DM-PLAN-01（中文）');
    expect(row[13]).toBe('Evidence A of DM-PLAN-01（中文）\nEvidence B of DM-PLAN-01（中文）');
  });

  it('is a header alone when nothing needs improving', () => {
    const clean = buildAssessment(
      Object.fromEntries(
        mini.elements.filter((e) => e.kind === 'requirement' && e.party === 'supplier').map((e) => [e.id, 'F']),
      ),
    );
    expect(readCsv(withoutBom(planToCsv(mini, clean, reportText('zh-CN'))))).toHaveLength(1);
  });

  it('matches the plan of the real catalog for the weak example', () => {
    const catalog = loadCatalog();
    const checked = checkAssessment(
      catalog,
      JSON.parse(readFileSync('assessments/examples/weak-supplier.json', 'utf8')),
    );
    if (!checked.success) throw new Error('weak-supplier.json is invalid');
    const rows = readCsv(withoutBom(planToCsv(catalog, checked.assessment, reportText('zh-CN'))));
    const expected = buildPlan(catalog, checked.assessment);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[8]])).toEqual(
      expected.map((i) => [String(i.phase), i.id, String(i.gap)]),
    );
  });
});
