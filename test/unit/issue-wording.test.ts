/**
 * Problems in an assessment file are told in the UI language: a field problem found by the schema carries its
 * kind (`params.problem`), and the questionnaire's import panel and the report's issue list turn it into their own
 * sentence instead of showing the schema's English message ("Invalid input: expected string, received number").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessmentFromJson, FIELD_PROBLEMS, type AssessmentIssue } from '../../src/engine/index.ts';
import { assessStrings } from '../../src/i18n/assess.ts';
import { reportStrings } from '../../src/i18n/report.ts';
import { translator as reportTranslator } from '../../src/app/report-format.ts';
import { translator as assessTranslator } from '../../src/islands/assess/context.ts';
import { issueText } from '../../src/islands/assess/ImportPanel.tsx';
import { issueSentence } from '../../src/islands/report/IssueList.tsx';

const example = JSON.parse(readFileSync('assessments/examples/strong-supplier.json', 'utf8')) as Record<
  string,
  Record<string, Record<string, unknown>>
>;
type File = typeof example;
const issuesOf = (edit: (f: File) => void): AssessmentIssue[] => {
  const file = structuredClone(example);
  edit(file);
  const read = assessmentFromJson(JSON.stringify(file));
  if (read.success) throw new Error('the edit should make the file invalid');
  return read.issues;
};

// [case, edit, problem, zh-CN sentence of the import panel, en sentence of the report]
const cases: [string, (f: File) => void, string, string, string][] = [
  [
    'a number where text belongs',
    (f) => ((f as Record<string, unknown>).title = 42),
    'wrong-type',
    '类型不对，应为文本',
    'Field title has the wrong type; expected text.',
  ],
  [
    'a level that does not exist',
    (f) => (f.answers!['DM-PLAN-01']!.level = 'X'),
    'not-allowed',
    '取值无效，可选值：N, P, L, F, NA',
    'Field answers.DM-PLAN-01.level has a value that is not allowed; use one of N, P, L, F, NA.',
  ],
  [
    'a missing field',
    (f) => delete (f as Record<string, unknown>).subject,
    'missing',
    '缺少此字段',
    'Field subject is missing.',
  ],
  [
    'an empty title',
    (f) => ((f as Record<string, unknown>).title = ' '),
    'empty',
    '不能为空',
    'Field title must not be empty.',
  ],
  [
    'an unknown field',
    (f) => (f.answers!['DM-PLAN-01']!.colour = 'red'),
    'unknown-fields',
    '含有未知字段：colour',
    'Field answers.DM-PLAN-01 has unknown fields: colour.',
  ],
  [
    'a key that is no element ID',
    (f) => (f.answers!['dm plan'] = { level: 'F' }),
    'bad-id',
    '键名不是要素编号（应如 DM-PLAN-01，相关实践中如 HO-APP-01）',
    'A key in field answers.dm plan is not an element ID like DM-PLAN-01 (HO-APP-01 in a related practice).',
  ],
  [
    'a script link as evidence',
    (f) => (f.answers!['DM-PLAN-01']!.evidence = [{ title: 'x', url: 'javascript:alert(1)' }]),
    'bad-url',
    '应为 http(s) 网址',
    'Field answers.DM-PLAN-01.evidence.0.url must be an http(s) address.',
  ],
  [
    'a due date that is not a date',
    (f) => (f.plan = { 'DM-PLAN-01': { due: 'next week' } }),
    'bad-date',
    '应为 ISO 日期，如 2025-06-30',
    'Field plan.DM-PLAN-01.due must be an ISO date such as 2025-06-30.',
  ],
  [
    'a creation time that is not a time',
    (f) => ((f as Record<string, unknown>).created = 'yesterday'),
    'bad-timestamp',
    '应为 ISO 日期（2025-03-01）或带时区的日期时间（2025-03-01T09:30:00Z）',
    'Field created must be an ISO date (2025-03-01) or a date-time with zone (2025-03-01T09:30:00Z).',
  ],
  [
    'a catalog version that is not a version',
    (f) => ((f as Record<string, unknown>).catalogVersion = 'v1'),
    'bad-version',
    '应为形如 1.0.0 的版本号',
    'Field catalogVersion must be a version such as 1.0.0.',
  ],
];

describe('field problems are told in the UI language', () => {
  it('every kind of problem has a case here', () => {
    expect(new Set(cases.map((c) => c[2]))).toEqual(new Set(FIELD_PROBLEMS));
  });

  it.each(cases)('%s', (_, edit, problem, zhImport, enReport) => {
    const [issue] = issuesOf(edit);
    expect(issue).toMatchObject({ code: 'invalid-field', params: { problem } });
    expect(issueText(assessTranslator(assessStrings('zh-CN')), issue!).message).toBe(zhImport);
    expect(issueSentence(issue!, reportTranslator(reportStrings('en')))).toEqual({ text: enReport, translated: true });
    // Neither language shows the schema's English message.
    const zhReport = issueSentence(issue!, reportTranslator(reportStrings('zh-CN'))).text;
    const enImport = issueText(assessTranslator(assessStrings('en')), issue!).message;
    for (const text of [zhImport, zhReport, enImport, enReport]) expect(text).not.toMatch(/Invalid input|received/);
    expect(zhReport).toMatch(/^(字段|缺少字段)/);
  });

  it('names a refused key in both languages', () => {
    const read = assessmentFromJson('{"schemaVersion": 1, "answers": {"__proto__": {}}}');
    expect(read.success).toBe(false);
    const [issue] = read.success ? [] : read.issues;
    expect(issueText(assessTranslator(assessStrings('zh-CN')), issue!).message).toBe(
      '不能使用“__proto__”作为键名，请删除或改名',
    );
    expect(issueSentence(issue!, reportTranslator(reportStrings('en'))).text).toBe(
      '"__proto__" cannot be used as a key (field answers.__proto__); remove or rename it.',
    );
  });
});
