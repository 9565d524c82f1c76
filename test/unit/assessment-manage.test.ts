/**
 * Managing saved assessments: the card's result (the report's engine and rounding), editing details, the blank
 * copy for another supplier, and telling an import that is plainly a saved assessment. Pure functions first,
 * then the questionnaire's model that saves what they return.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import {
  asCopy,
  blankCopyTitle,
  cardSummaryOf,
  detailsOf,
  findSameAssessment,
  withDetails,
} from '../../src/app/assessment-manage.ts';
import { blankCopyOf, checkDetails } from '../../src/app/assessment-checks.ts';
import { AssessmentModel } from '../../src/app/assessment-model.ts';
import { memoryStore } from '../../src/storage/storage.ts';
import { namedMemoryStore } from '../../src/storage/browser-store.ts';
import { Trash } from '../../src/storage/trash.ts';
import { formatPercent, formatScore } from '../../src/app/report-format.ts';
import {
  AssessmentSchema,
  assessmentFromJson,
  assessmentToJson,
  reportToMarkdown,
  scoreAssessment,
  buildPlan,
  type Assessment,
} from '../../src/engine/index.ts';
import { reportText } from '../../src/i18n/report-export.ts';

const catalog = loadCatalog();
const read = (path: string): Assessment => {
  const parsed = assessmentFromJson(readFileSync(path, 'utf8'));
  if (!parsed.success) throw new Error(`${path} does not parse`);
  return parsed.assessment;
};
const strong = read('assessments/examples/strong-supplier.json');
const weak = read('assessments/examples/weak-supplier.json');
const reviewed = read('assessments/examples/reviewed-self-assessment.json');
const NOW = new Date('2025-06-01T08:00:00Z');

describe('cardSummaryOf', () => {
  it.each([
    ['strong', strong],
    ['weak', weak],
    ['reviewed', reviewed],
  ])('gives the %s example the report’s score, grade, provisional mark and completeness', (_, a) => {
    const overall = scoreAssessment(catalog, a).supplier.overall;
    const summary = cardSummaryOf(catalog, a);
    expect(summary.scoreText).toBe(formatScore(overall.score));
    expect(summary.grade).toBe(overall.grade);
    expect(summary.provisional).toBe(overall.provisional);
    expect(summary.completenessText).toBe(formatPercent(overall.completeness));
    expect([summary.answered, summary.applicable]).toEqual([overall.answered, overall.applicable]);
  });

  it('shows completeness with its decimal and the grade as provisional while elements are unanswered', () => {
    // Keep 3 of every 8 applicable answers: 37.5% when the number of applicable elements is a multiple of 8.
    const ids = Object.keys(strong.answers).filter((id) => strong.answers[id]!.level !== 'NA');
    const kept = Object.fromEntries(ids.slice(0, 3).map((id) => [id, strong.answers[id]!]));
    const partial = { ...strong, answers: kept };
    const summary = cardSummaryOf(catalog, partial);
    const overall = scoreAssessment(catalog, partial).supplier.overall;
    expect(summary.provisional).toBe(true);
    expect(summary.completenessText).toBe(`${Math.round((overall.answered / overall.applicable) * 1000) / 10}%`);
    expect(cardSummaryOf(catalog, { ...strong, answers: {} })).toMatchObject({
      provisional: true,
      completeness: 0,
      completenessText: '0%',
    });
  });

  it('formats one decimal as the report does', () => {
    expect(formatPercent(3 / 8)).toBe('37.5%');
  });
});

describe('details', () => {
  it.each([
    [{ subject: ' ', date: '' }, { subject: 'required' }],
    [{ subject: 'A', date: '2025-02-30' }, { date: 'invalid' }],
    [{ subject: 'A', date: '30/06/2025' }, { date: 'invalid' }],
    [
      { subject: '', date: 'x' },
      { subject: 'required', date: 'invalid' },
    ],
  ])('refuses %j naming each field', (patch, problems) => {
    expect(checkDetails({ ...detailsOf(strong), ...patch })).toEqual({ problems });
  });

  it('trims, sets and clears the date, and moves `updated` on only when something changed', () => {
    const checked = checkDetails({
      subject: ' 新供方 ',
      assessor: ' 张三 ',
      perspective: 'customer-evaluation',
      date: '2025-06-30',
    });
    expect('details' in checked).toBe(true);
    if (!('details' in checked)) return;
    const edited = withDetails(strong, checked.details, NOW)!;
    expect(edited).toMatchObject({
      subject: '新供方',
      assessor: '张三',
      perspective: 'customer-evaluation',
      date: '2025-06-30',
      updated: NOW.toISOString(),
    });
    expect(edited.answers).toEqual(strong.answers);
    expect(AssessmentSchema.parse(edited)).toEqual(edited);
    expect(withDetails(edited, detailsOf(edited), NOW)).toBeUndefined();
    const cleared = withDetails(edited, { ...detailsOf(edited), date: '' }, NOW)!;
    expect('date' in cleared).toBe(false);
  });

  it('keeps files without a date as they are, and shows a date in the Markdown report', () => {
    expect(strong.date).toBeUndefined();
    expect(assessmentToJson(strong)).not.toContain('"date"');
    const dated = { ...strong, date: '2025-06-30' };
    const round = assessmentFromJson(assessmentToJson(dated));
    expect(round).toEqual({ success: true, assessment: dated });
    const result = scoreAssessment(catalog, dated);
    const md = reportToMarkdown(catalog, dated, reportText('en'), result, buildPlan(catalog, dated, result));
    expect(md).toContain('| Assessment date | 2025-06-30 |');
    expect(
      reportToMarkdown(catalog, strong, reportText('zh-CN'), result, buildPlan(catalog, strong, result)),
    ).toContain('| 评估日期 | — |');
  });
});

describe('blank copy', () => {
  it('keeps catalog, scope and details; drops answers, plan, review and snapshots', () => {
    const source = { ...reviewed, date: '2025-05-20' };
    expect(Object.keys(source.answers).length).toBeGreaterThan(0);
    expect(source.review).toBeDefined();
    const blank = blankCopyOf(source, { title: ' 新评估 ', subject: ' 乙公司 ' }, NOW)!;
    expect(blank).toEqual({
      schemaVersion: source.schemaVersion,
      catalog: source.catalog,
      catalogVersion: source.catalogVersion,
      title: '新评估',
      subject: '乙公司',
      assessor: source.assessor,
      perspective: source.perspective,
      date: '2025-05-20',
      scope: source.scope,
      created: NOW.toISOString(),
      updated: NOW.toISOString(),
      answers: {},
      plan: {},
      snapshots: [],
    });
    expect(blankCopyOf(source, { title: 'x', subject: ' ' }, NOW)).toBeUndefined();
    expect(blankCopyOf(source, { title: '', subject: 'y' }, NOW)).toBeUndefined();
  });

  it.each([
    ['2025 星河数据运维 评估', '星河数据运维', '北岭', '2025 北岭 评估'],
    ['Annual review', 'Acme', 'Beta Ltd', 'Annual review – Beta Ltd'],
    ['Annual review', 'Acme', '  ', 'Annual review'],
  ])('suggests a title from %s', (title, oldSubject, subject, expected) => {
    expect(blankCopyTitle(title, oldSubject, subject, '{title} – {subject}')).toBe(expected);
  });
});

describe('findSameAssessment', () => {
  const saved = [
    { id: 'a', assessment: strong },
    { id: 'b', assessment: weak },
  ];
  it('finds a file exported from here, even after a rename on either side', () => {
    expect(findSameAssessment(saved, structuredClone(strong))?.id).toBe('a');
    expect(findSameAssessment(saved, { ...strong, title: 'renamed' })?.id).toBe('a');
    expect(findSameAssessment(saved, { ...strong, subject: 'renamed' })?.id).toBe('a');
    // The same instant written in another zone is the same time.
    const at = new Date(strong.created).toISOString();
    expect(findSameAssessment(saved, { ...strong, created: at })?.id).toBe('a');
  });
  it('does not match another assessment', () => {
    expect(findSameAssessment(saved, { ...strong, title: 'x', subject: 'y' })).toBeUndefined();
    expect(findSameAssessment(saved, { ...strong, created: '2020-01-01T00:00:00Z' })).toBeUndefined();
    expect(findSameAssessment(saved, { ...strong, catalog: 'handover' })).toBeUndefined();
    expect(findSameAssessment([], strong)).toBeUndefined();
  });
  it('prefers the closest match: the original over a copy kept beside it', () => {
    const copy = { id: 'c', assessment: asCopy(strong, '{title} (copy)') };
    expect(findSameAssessment([copy, ...saved], strong)?.id).toBe('a');
    expect(findSameAssessment([copy], strong)?.id).toBe('c');
  });
  it('matches by local ID when the caller knows one', () => {
    expect(findSameAssessment(saved, { ...strong, title: 'x', subject: 'y' }, 'b')?.id).toBe('b');
  });
  it('marks a kept copy in its title', () => {
    expect(asCopy(strong, '{title} (copy)').title).toBe(`${strong.title} (copy)`);
  });
});

describe('AssessmentModel management', () => {
  function setup(withTrash = true) {
    let n = 0;
    let clock = NOW.getTime();
    const store = memoryStore();
    const trash = withTrash ? new Trash(namedMemoryStore(), { now: () => NOW, newId: () => `e-${++n}` }) : undefined;
    const model = new AssessmentModel({
      store,
      catalog,
      now: () => new Date((clock += 1000)),
      newId: () => `id-${++n}`,
      trash,
    });
    return { model, store, trash };
  }
  const text = readFileSync('assessments/examples/strong-supplier.json', 'utf8');
  const source = (name = 'strong.json') => ({ name, size: text.length, text: async () => text });

  it('edits the details, saves them and refuses a blank supplier without saving', async () => {
    const { model, store } = setup();
    await model.load();
    const first = await model.importFile(source());
    if (!first.success) throw new Error('import failed');
    const details = {
      subject: '新名称',
      assessor: '李四',
      perspective: 'customer-evaluation' as const,
      date: '2025-07-01',
    };
    expect(await model.editDetails(first.id, details)).toBeNull();
    await model.settled();
    expect(await store.get(first.id)).toMatchObject({ subject: '新名称', assessor: '李四', date: '2025-07-01' });
    expect(await model.editDetails(first.id, { ...details, subject: '' })).toEqual({ subject: 'required' });
    expect(await store.get(first.id)).toMatchObject({ subject: '新名称' });
  });

  it('duplicates as blank under a new ID, leaving the source untouched', async () => {
    const { model, store } = setup();
    await model.load();
    const first = await model.importFile(source());
    if (!first.success) throw new Error('import failed');
    const before = await store.get(first.id);
    const copyId = await model.duplicateBlank(first.id, { title: '乙的评估', subject: '乙公司' });
    expect(copyId).toBeDefined();
    await model.settled();
    expect(await store.get(copyId!)).toMatchObject({ title: '乙的评估', subject: '乙公司', answers: {}, plan: {} });
    expect(await store.get(first.id)).toEqual(before);
    expect(await model.duplicateBlank(first.id, { title: 'x', subject: '' })).toBeUndefined();
  });

  it('replaces a saved assessment by moving it to the trash, and the undo brings it back', async () => {
    const { model, store, trash } = setup();
    await model.load();
    const first = await model.importFile(source());
    if (!first.success) throw new Error('import failed');
    await model.editDetails(first.id, { ...detailsOf(model.find(first.id)!), assessor: '改过' });
    const again = await model.importFile(source());
    if (again.success || again.reason !== 'conflict') throw new Error('expected a conflict');
    const replaced = await model.resolveImport(again.pending, 'replace', '{title}（副本）');
    expect(replaced).toMatchObject({ success: true, replaced: { title: strong.title } });
    if (!replaced?.success) return;
    await model.settled();
    expect(await store.get(first.id)).toBeUndefined();
    expect((await store.all()).map(([k]) => k)).toEqual([replaced.id]);
    expect((await trash!.list()).items[0]).toMatchObject({ key: first.id });
    const outcome = await model.undoRemove(replaced.replaced!.entryId!);
    expect(outcome?.status).toBe('restored');
    expect(await store.get(first.id)).toMatchObject({ assessor: '改过' });
    expect(model.saved.value).toHaveLength(2);
  });

  it('does not replace without a trash (nothing could bring the old one back)', async () => {
    const { model, store } = setup(false);
    await model.load();
    await model.importFile(source());
    const again = await model.importFile(source());
    if (again.success || again.reason !== 'conflict') throw new Error('expected a conflict');
    expect(await model.resolveImport(again.pending, 'replace', '{title}（副本）')).toBeUndefined();
    expect(await store.all()).toHaveLength(1);
  });

  it('asks too when an example already loaded is loaded again', async () => {
    const { model } = setup();
    await model.load();
    expect((await model.loadExample(JSON.parse(text))).success).toBe(true);
    expect(await model.loadExample(JSON.parse(text))).toMatchObject({ success: false, reason: 'conflict' });
  });
});
