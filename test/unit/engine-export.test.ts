import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/catalog/schema.ts';
import { assessmentFromJson, assessmentToJson } from '../../src/engine/assessment-file.ts';
import { csvField, elementsToCsv, neutralizeCell } from '../../src/engine/csv.ts';
import { mdText } from '../../src/engine/markdown.ts';
import { explanationToMarkdown, reportToMarkdown } from '../../src/engine/report.ts';
import { toScoreSummary } from '../../src/engine/score-summary.ts';
import { reportText } from '../../src/i18n/report-export.ts';
import { buildPlan } from '../../src/engine/plan.ts';
import { scoreAssessment } from '../../src/engine/score.ts';
import { readCsv } from './fixtures/csv.ts';
import { allAt, buildAssessment, mini } from './fixtures/engine-catalog.ts';

const sample = buildAssessment(
  {
    ...allAt('F'),
    'DM-PLAN-01': 'P',
    'DM-PLAN-02': {
      level: 'L',
      notes: '=HYPERLINK("http://evil.example","click") | <script>alert(1)</script>\nsecond line',
      evidence: [
        { title: 'SLA v2, signed', url: 'https://docs.example.com/sla(v2).pdf' },
        { title: '@mention [x](javascript:alert(1))' },
      ],
      flagged: true,
    },
    'DC-OPT-01': { level: 'NA', justification: '-no optimization in this contract' },
    'DC-RESP-08': { level: 'L', target: 'L' },
    'DM-PLAN-C01': 'L',
  },
  {
    title: '年度自评 *2025*',
    assessor: '+Wang',
    plan: { 'DM-PLAN-01': { owner: '=cmd|x', due: '2025-06-30', status: 'in-progress' } },
  },
);

describe('assessment file JSON', () => {
  it('reads back what it writes', () => {
    const read = assessmentFromJson(assessmentToJson(sample));
    expect(read).toEqual({ success: true, assessment: sample });
  });
  it('tolerates a byte-order mark', () => {
    expect(assessmentFromJson(`\uFEFF${assessmentToJson(sample)}`).success).toBe(true);
  });
  it('reports text that is not JSON on one line', () => {
    const read = assessmentFromJson('{ "title": "x",\n oops }');
    expect(read.success).toBe(false);
    if (read.success) return;
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ code: 'not-json', path: '' });
    expect(read.issues[0]!.message).toMatch(/^not valid JSON/);
    expect(read.issues[0]!.message).not.toContain('\n');
  });
});

describe('score summary (assess score --format json)', () => {
  const result = scoreAssessment(mini, sample);
  const summary = toScoreSummary(result, buildPlan(mini, sample, result));
  it('has the documented keys', () => {
    expect(Object.keys(summary)).toEqual([
      'catalog',
      'overall',
      'chapters',
      'clauses',
      'elements',
      'customerReadiness',
      'plan',
    ]);
    expect(Object.keys(summary.overall)).toEqual(['score', 'grade', 'provisional', 'completeness']);
    expect(Object.keys(summary.chapters)).toEqual(['5', '6', '7', '8']);
    expect(summary.clauses['6.4']).toEqual({ score: null, applicable: 0, answered: 0 });
  });
  it('rounds scores to 2 decimals', () => {
    // Clause 5.2: DM-PLAN-01 P (w 2) and DM-PLAN-02 L (w 1): 100 × 4 / 9 = 44.444…
    expect(summary.clauses['5.2']!.score).toBe(44.44);
    expect(summary.overall.score).toBe(Math.round(result.supplier.overall.score! * 100) / 100);
  });
  it('reports points and gap per element, null when not applicable, customer elements included', () => {
    expect(summary.elements['DM-PLAN-01']).toEqual({ points: 1, applicable: true, gap: 4 });
    expect(summary.elements['DC-OPT-01']).toEqual({ points: null, applicable: false, gap: null });
    expect(summary.elements['DM-PLAN-C01']).toEqual({ points: 2, applicable: true, gap: 2 });
    expect(summary.elements['DC-ROUT-C01']).toEqual({ points: 0, applicable: true, gap: 3 });
    expect(summary.elements).not.toHaveProperty('DC-ROUT-02a');
    expect(summary.elements).not.toHaveProperty('DM-IMPR-N01');
  });
  it('lists the supplier plan only', () => {
    expect(summary.plan).toEqual([
      { id: 'DM-PLAN-01', phase: 1, gap: 4 },
      { id: 'DM-PLAN-02', phase: 3, gap: 1 },
    ]);
    expect(summary.customerReadiness).toEqual({ score: 44.44, completeness: 0.5 });
  });
});

describe('CSV cells', () => {
  const cases: [string, string][] = [
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['＝1＋1', "'＝1＋1"],
    ['plain text', 'plain text'],
    ['a=b', 'a=b'],
    ['供方 =1', '供方 =1'],
    ['', ''],
  ];
  it.each(cases)('neutralizes %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });
  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['lone\rreturn', '"lone\rreturn"'],
    ['=1,2', `"'=1,2"`],
    [3, '3'],
    [null, ''],
    [undefined, ''],
  ] as const)('writes %j as %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('CSV element table', () => {
  it.each(['zh-CN', 'en'] as const)('%s: BOM, CRLF, header, one row per requirement element', (locale) => {
    const csv = elementsToCsv(mini, sample, reportText(locale));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv.slice(1));
    const header = rows[0]!;
    expect(header[0]).toBe(locale === 'en' ? 'ID' : '编号');
    expect(rows.slice(1).map((r) => r[0])).toEqual(scoreAssessment(mini, sample).elements.map((e) => e.id));
    for (const row of rows) expect(row).toHaveLength(header.length);
  });
  it('neutralizes user text and keeps it readable', () => {
    const rows = readCsv(elementsToCsv(mini, sample, reportText('en')).slice(1));
    const header = rows[0]!;
    const row = (id: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === id)![i]]));
    expect(row('DM-PLAN-02').Notes).toBe(
      `'=HYPERLINK("http://evil.example","click") | <script>alert(1)</script>\nsecond line`,
    );
    expect(row('DM-PLAN-02').Evidence).toBe(
      'SLA v2, signed <https://docs.example.com/sla(v2).pdf>; @mention [x](javascript:alert(1))',
    );
    expect(row('DC-OPT-01')['NA justification']).toBe("'-no optimization in this contract");
    expect(row('DM-PLAN-01')).toMatchObject({
      Owner: "'=cmd|x",
      Due: '2025-06-30',
      Status: 'In progress',
      Phase: '1',
      Gap: '4',
    });
    expect(row('DC-OPT-01')).toMatchObject({ Applicable: 'no', 'Points p': '', Gap: '', Answer: 'NA' });
    for (const cells of rows) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('Markdown report', () => {
  const expectations: Record<Locale, { has: string[]; hasNot: RegExp }> = {
    'zh-CN': {
      has: [
        '## 总体结果',
        '## 各章得分',
        '## 各条得分',
        '## 需方准备度',
        '## 改进计划',
        '## 要素明细',
        '## 评分方法',
        '评级**：基本符合',
        'P 部分实施',
        '供方自评',
        'Title of DM-PLAN-01（中文）',
        '进行中',
      ],
      hasNot: /Overall result|Largely conformant|Title of DM-PLAN-01 \|/,
    },
    en: {
      has: [
        '## Overall result',
        '## Scores by chapter',
        '## Scores by clause',
        '## Customer readiness',
        '## Improvement plan',
        '## Elements',
        '## Scoring method',
        'Grade**: Largely conformant',
        'P Partially implemented',
        'Supplier self-assessment',
        'Title of DM-PLAN-01 |',
        'In progress',
      ],
      hasNot: /总体结果|基本符合|（中文）/,
    },
  };
  it.each(['zh-CN', 'en'] as const)('%s: every section in the chosen language', (locale) => {
    const md = reportToMarkdown(mini, sample, reportText(locale));
    for (const text of expectations[locale].has) expect(md, text).toContain(text);
    expect(md).not.toMatch(expectations[locale].hasNot);
  });
  it('shows how the overall score is calculated', () => {
    const result = scoreAssessment(mini, sample);
    const { weightedPoints, weightTotal } = result.supplier.overall;
    expect(reportToMarkdown(mini, sample, reportText('en'))).toContain(
      `100 × ${weightedPoints} / ${3 * weightTotal} = ${result.supplier.overall.score!.toFixed(2)}`,
    );
  });
  it('gives the completeness with one decimal', () => {
    const ids = Object.keys(allAt('F')).slice(0, 11);
    const partial = buildAssessment(Object.fromEntries(ids.map((id) => [id, 'F'])));
    expect(reportToMarkdown(mini, partial, reportText('en'))).toContain('68.8% (11 answered of 16 applicable)');
    expect(reportToMarkdown(mini, partial, reportText('zh-CN'))).toContain('68.8%（已回答 11 / 适用 16）');
  });
  // Of the 16 applicable elements of the mini catalog: a half rounds up, a whole number has no decimal.
  it.each([
    [1, '6.3%'],
    [2, '12.5%'],
    [15, '93.8%'],
    [16, '100%'],
  ])('gives the completeness of %i answered as %s', (answered, percent) => {
    const ids = Object.keys(allAt('F')).slice(0, answered);
    const partial = buildAssessment(Object.fromEntries(ids.map((id) => [id, 'F'])));
    expect(reportToMarkdown(mini, partial, reportText('en'))).toContain(
      `${percent} (${answered} answered of 16 applicable)`,
    );
  });
  it('marks a provisional grade', () => {
    const partial = buildAssessment({ 'DM-PLAN-01': 'F' });
    expect(reportToMarkdown(mini, partial, reportText('en'))).toContain(
      '(provisional: some applicable elements are unanswered)',
    );
    expect(reportToMarkdown(mini, buildAssessment(allAt('F')), reportText('en'))).toContain('**Grade**: Conformant\n');
  });
  it('escapes user text: no raw HTML, no injected links, no broken tables', () => {
    const md = reportToMarkdown(mini, sample, reportText('en'));
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\| \\<script');
    expect(md).not.toContain('[x](javascript:');
    expect(md).toContain('# 年度自评 \\*2025\\*');
    expect(md).toContain('[SLA v2, signed](https://docs.example.com/sla%28v2%29.pdf)');
    // Table rows keep their column count.
    for (const line of md.split('\n').filter((l) => l.startsWith('| DM-PLAN-02 |'))) {
      expect(line.split(/(?<!\\)\|/).length).toBe(12);
    }
  });
  // The schema refuses such URLs when a file is read; the exporter's own guard is the second line of defense, for
  // an assessment built in code (here: a valid one whose URL is changed afterwards).
  const withEvidenceUrl = (url: string) => {
    const assessment = buildAssessment({
      'DM-PLAN-02': { level: 'L', evidence: [{ title: 'Signed plan', url: 'https://docs.example.com/x' }] },
    });
    assessment.answers['DM-PLAN-02']!.evidence[0]!.url = url;
    return assessment;
  };
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'ftp://files.example/x',
  ])('links no evidence URL that is not http(s): %j', (url) => {
    const md = reportToMarkdown(mini, withEvidenceUrl(url), reportText('en'));
    expect(md).toContain('Signed plan');
    expect(md).not.toContain('[Signed plan](');
    expect(md).not.toContain(url.trim());
  });
  it.each(['https://docs.example.com/plan.pdf', 'HTTP://docs.example.com/plan.pdf'])('links %s', (url) => {
    expect(reportToMarkdown(mini, withEvidenceUrl(url), reportText('en'))).toContain(`[Signed plan](${url})`);
  });
  it('lists the plan in plan order with the owner, and the guidance per phase', () => {
    const md = reportToMarkdown(mini, sample, reportText('en'));
    expect(md).toMatch(
      /\| 1 \| DM-PLAN-01 \| Title of DM-PLAN-01 \| yes \| P Partially implemented \| F \| 4 \| =cmd\\\|x \| 2025-06-30 \| In progress \|/,
    );
    expect(md.indexOf('| DM-PLAN-01 | Title')).toBeLessThan(md.indexOf('| 3 | DM-PLAN-02 |'));
    expect(md).toContain('### Phase 1: key elements');
    expect(md).toContain('- Guidance of DM-PLAN-01');
  });
  it('says when there is nothing to improve', () => {
    expect(reportToMarkdown(mini, buildAssessment(allAt('F')), reportText('zh-CN'))).toContain(
      '没有需要改进的适用要素。',
    );
  });
  it('explains one score as a table', () => {
    const result = scoreAssessment(mini, sample);
    const md = explanationToMarkdown(mini, result, { kind: 'clause', number: '5.2' }, reportText('en'));
    expect(md).toContain('| DM-PLAN-01 | Title of DM-PLAN-01 | yes | 2 | 1 | 2 |');
    expect(md).toContain('100 × 4 / 9 = 44.44');
  });
});

describe('mdText: the one Markdown escaping', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['[x](y)', '\\[x\\](y)'],
    ['*a* _b_ `c`', '\\*a\\* \\_b\\_ \\`c\\`'],
    ['line 1\r\n\r\nline 2', 'line 1 line 2'],
    ['a  \n  b', 'a b'],
    ['# title ~x~', '\\# title \\~x\\~'],
    ['中文：没有特殊字符', '中文：没有特殊字符'],
  ])('%j → %j', (input, expected) => {
    expect(mdText(input)).toBe(expected);
  });
});
