/**
 * The assessment report as an outline, section by section, and as a Word file read back by mammoth (headings, table
 * cells, evidence links) in both languages.
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { textOf } from './fixtures/html-text.ts';
import type { Locale } from '../../src/catalog/schema.ts';
import { assessmentFromJson } from '../../src/engine/assessment-file.ts';
import { outlineToMarkdown, type Block } from '../../src/engine/outline.ts';
import {
  reportContext,
  reportCustomerSection,
  reportDocument,
  reportElementsSection,
  reportHeaderSection,
  reportMethodSection,
  reportOutline,
  reportPlanSection,
  reportScoresSection,
  reportSummarySection,
  reportToMarkdown,
} from '../../src/engine/report.ts';
import { loadCatalog, loadPractice } from '../../src/loader/load.ts';
import { outlineToDocx } from '../../src/office/docx.ts';
import { reportText } from '../../src/i18n/report-export.ts';

const catalog = loadCatalog();
const handover = loadPractice('assessments/practices/handover', catalog);
const TZ = 'Asia/Shanghai';

function example(file: string) {
  const parsed = assessmentFromJson(readFileSync(file, 'utf8'));
  if (!parsed.success) throw new Error(file);
  return parsed.assessment;
}
const file = (l: Locale, name: string) => `assessments/examples/${name}${l === 'en' ? '.en' : ''}.json`;
const ctxOf = (l: Locale, name = 'weak-supplier') =>
  reportContext(catalog, example(file(l, name)), reportText(l), undefined, undefined, TZ);

const headings = (blocks: Block[], level: number) =>
  blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));
const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table');

const WORDS = {
  'zh-CN': { summary: '总体结果', chapters: '各章得分', clauses: '各条得分', plan: '改进计划', method: '评分方法' },
  en: {
    summary: 'Overall result',
    chapters: 'Scores by chapter',
    clauses: 'Scores by clause',
    plan: 'Improvement plan',
    method: 'Scoring method',
  },
} as const;

describe.each(['zh-CN', 'en'] as const)('report sections (%s)', (l) => {
  const ctx = ctxOf(l);
  const { t } = ctx;

  it('header: the title, the subtitle, the method note and the metadata table', () => {
    const blocks = reportHeaderSection(ctx);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: ctx.assessment.title });
    expect(blocks.filter((b) => b.kind === 'note')).toHaveLength(1);
    const [meta] = tables(blocks);
    expect(meta!.rows.map((r) => r[1])).toContain(ctx.assessment.subject);
  });

  it('summary: score, grade, completeness, key elements and the calculation', () => {
    const blocks = reportSummarySection(ctx);
    expect(headings(blocks, 2)).toEqual([t('overall.heading')]);
    const list = blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items).toHaveLength(5);
    expect(JSON.stringify(list)).toContain(ctx.result.supplier.overall.score!.toFixed(2));
  });

  it('scores: one row per chapter and per clause', () => {
    const blocks = reportScoresSection(ctx);
    expect(headings(blocks, 2)).toEqual([t('chapters.heading'), t('clauses.heading')]);
    const [chapters, clauses] = tables(blocks);
    expect(chapters!.rows).toHaveLength(Object.keys(ctx.result.supplier.chapters).length);
    expect(clauses!.rows).toHaveLength(Object.keys(ctx.result.supplier.clauses).length);
  });

  it('customer readiness: its own heading and score', () => {
    const blocks = reportCustomerSection(ctx);
    expect(headings(blocks, 2)).toEqual([t('customer.heading')]);
  });

  it('plan: the gap table with a row per item, then each item under its phase', () => {
    const blocks = reportPlanSection(ctx);
    expect(headings(blocks, 2)).toEqual([t('plan.heading')]);
    expect(tables(blocks)[0]!.rows.map((r) => r[1])).toEqual(ctx.plan.map((item) => item.id));
    const byPhase = [1, 2, 3].flatMap((phase) => ctx.plan.filter((item) => item.phase === phase));
    expect(headings(blocks, 3)).toEqual([...new Set(byPhase.map((item) => t(`phase.${item.phase}`)))]);
    expect(headings(blocks, 4)).toEqual(byPhase.map((item) => `${item.id} ${item.title[l]}`));
  });

  it('plan: a text when there is nothing to improve', () => {
    const blocks = reportPlanSection({ ...ctx, plan: [] });
    expect(blocks.at(-1)).toEqual({ kind: 'paragraph', content: [t('plan.empty')] });
  });

  it('elements: every element in the table; evidence as links, http(s) only', () => {
    const blocks = reportElementsSection(ctx);
    expect(tables(blocks)[0]!.rows).toHaveLength(ctx.result.elements.length);
    const links = JSON.stringify(blocks).match(/"href":"[^"]*"/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
  });

  it('method: the heading and how scores are computed', () => {
    expect(reportMethodSection(ctx)).toEqual([
      { kind: 'heading', level: 2, text: t('method.heading') },
      { kind: 'paragraph', content: [t('method.body')] },
    ]);
  });

  it('the outline is the sections in order, and the Markdown is written from it', () => {
    const blocks = reportOutline(ctx);
    expect(headings(blocks, 2).slice(0, 3)).toEqual([WORDS[l].summary, WORDS[l].chapters, WORDS[l].clauses]);
    expect(headings(blocks, 2)).toContain(WORDS[l].plan);
    expect(headings(blocks, 2).at(-1)).toBe(WORDS[l].method);
    const md = reportToMarkdown(ctx.catalog, ctx.assessment, reportText(l), ctx.result, ctx.plan, TZ);
    expect(md.startsWith(`# ${ctx.assessment.title}\n`)).toBe(true);
    expect(md).toContain(`## ${WORDS[l].plan}\n`);
  });
});

describe('outline blocks the report needs', () => {
  it('a fourth heading level, a table whose empty cells stay empty, and links', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 4, text: 'A #4' },
      { kind: 'table', header: ['a', 'b'], rows: [['', 'x|y']], empty: '' },
      {
        kind: 'paragraph',
        content: [{ text: 'site', href: 'https://example.com/ a' }, ' ', { text: 'js', href: 'javascript:x' }],
      },
    ];
    expect(outlineToMarkdown(blocks)).toBe(
      '#### A \\#4\n\n| a | b |\n| --- | --- |\n|  | x\\|y |\n\n[site](https://example.com/%20a) js\n',
    );
  });
});

describe('report sections of a related practice', () => {
  it('name the practice, say it is not part of the standard, and use its parties', () => {
    const assessment = example('assessments/practices/handover/examples/partly-ready-project.json');
    const ctx = reportContext(handover, assessment, reportText('zh-CN'), undefined, undefined, TZ);
    const header = reportHeaderSection(ctx);
    expect(header.filter((b) => b.kind === 'note')).toHaveLength(2);
    expect(headings(reportScoresSection(ctx), 2)).toEqual([ctx.t('parts.heading'), ctx.t('sections.heading')]);
    expect(reportMethodSection(ctx)[1]).toEqual({ kind: 'paragraph', content: [ctx.t('method.bodyPractice')] });
  });
});

describe('a hostile evidence link in the report', () => {
  it('is written as text, never as a link, in Markdown and in Word', async () => {
    const base = example(file('en', 'weak-supplier'));
    const id = Object.keys(base.answers)[0]!;
    const assessment = {
      ...base,
      answers: {
        ...base.answers,
        [id]: {
          ...base.answers[id]!,
          evidence: [
            { title: 'bad', url: 'javascript:alert(1)' },
            { title: 'data', url: 'data:text/html,<b>x</b>' },
            { title: 'good (v2)', url: 'https://example.com/a(b)' },
          ],
        },
      },
    };
    const ctx = reportContext(catalog, assessment, reportText('en'), undefined, undefined, TZ);
    const md = outlineToMarkdown(reportElementsSection(ctx));
    expect(md).not.toMatch(/\]\((javascript|data):/);
    expect(md).toContain('[good (v2)](https://example.com/a%28b%29)');
    const { blocks, info } = reportDocument(ctx);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await outlineToDocx(blocks, info)) });
    expect(html).toContain('<a href="https://example.com/a(b)">good (v2)</a>');
    expect(html).not.toMatch(/href="(javascript|data):/);
  });
});

const text = textOf;

describe.each(['zh-CN', 'en'] as const)('the report as Word (%s)', (l) => {
  it(
    'has the title, summary, scores, plan and element headings, and the tables’ cells',
    { timeout: 30_000 },
    async () => {
      const ctx = ctxOf(l, 'strong-supplier');
      const { blocks, info } = reportDocument(ctx);
      expect(info).toMatchObject({ locale: l, title: ctx.assessment.title });
      expect(info.pageLabel).toContain('{page}');
      const bytes = new Uint8Array(await outlineToDocx(blocks, info));
      expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
      const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
      expect(text(html, 'h1')).toEqual([ctx.assessment.title]);
      expect(text(html, 'h2')).toEqual(expect.arrayContaining(Object.values(WORDS[l])));
      const planItem = ctx.plan[0]!;
      expect(text(html, 'h4')).toContain(`${planItem.id} ${planItem.title[l]}`);
      const cells = text(html, 'td');
      expect(cells).toEqual(expect.arrayContaining([ctx.assessment.subject, planItem.id, planItem.title[l]]));
      expect(cells).toContain(ctx.terms.chapterName(Object.keys(ctx.result.supplier.chapters)[0]!));
    },
  );
});
