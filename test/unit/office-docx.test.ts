/**
 * Word exports, read back by independent readers: mammoth (the .docx as HTML: headings, tables, lists) and the raw
 * XML of the file (page size, fonts, repeated header rows, page-number fields).
 */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { textOf } from './fixtures/html-text.ts';
import type { Locale } from '../../src/catalog/schema.ts';
import type { Block } from '../../src/engine/outline.ts';
import { pickStrings } from '../../src/i18n/templates.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { outlineToDocx } from '../../src/office/docx.ts';
import { checklistItems, checklistOutline, newChecklistDocument } from '../../src/templates/checklist.ts';
import { resolvedPlanKinds } from '../../src/templates/plan-kinds.ts';
import { newPlansDocument } from '../../src/templates/plans.ts';
import { plansOutline } from '../../src/templates/plans-outline.ts';
import { newPriorityDocument, priorityDefaults } from '../../src/templates/priority-document.ts';
import { priorityOutline } from '../../src/templates/priority-outline.ts';
import { catalogueOutline, newCatalogueDocument } from '../../src/templates/service-catalogue.ts';
import { newSlaDocument, type CategoryNames, type SlaDocument } from '../../src/templates/sla.ts';
import { slaOutline } from '../../src/templates/sla-outline.ts';

const catalog = loadCatalog();
const NOW = '2025-03-07T10:30:00.000Z';
const TZ = 'Asia/Shanghai';
const strings = (l: Locale) =>
  pickStrings(l, ['sla.', 'md.', 'common.', 'catalogue.', 'checklist.', 'plans.', 'priority.']);
const categories = (l: Locale) =>
  Object.fromEntries(catalog.appendixA.categories.map((c) => [c.id, c.name[l]])) as CategoryNames;

const sla = (l: Locale): SlaDocument => ({
  ...newSlaDocument(l === 'zh-CN' ? '数据中心运维服务级别协议' : 'Data centre O&M SLA', NOW, [
    { priority: 'P1', responseMinutes: 15, resolutionMinutes: 240 },
  ]),
  supplier: l === 'zh-CN' ? '某运维公司' : 'Acme O&M',
  customer: l === 'zh-CN' ? '某银行' : 'A bank',
  services: [
    {
      category: 'hardware',
      name: l === 'zh-CN' ? '服务器硬件维护' : 'Server hardware maintenance',
      objects: '=HYPERLINK("http://x")',
      contents: ['routine'],
      modes: ['onsite'],
      description: '',
    },
  ],
  serviceHours: l === 'zh-CN' ? '工作日 9:00–18:00\n节假日远程值守' : 'Weekdays 9:00–18:00\nRemote watch on holidays',
});

async function open(blocks: Block[], locale: Locale, title: string) {
  const bytes = new Uint8Array(
    await outlineToDocx(blocks, { locale, title, pageLabel: strings(locale)['md.word.page'], creator: 'test' }),
  );
  const files = unzipSync(bytes);
  const xml = (name: string) => strFromU8(files[name]!);
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return { bytes, files, xml, html };
}

const text = textOf;

describe('Word (.docx) export', () => {
  it.each(['zh-CN', 'en'] as const)(
    '%s SLA: headings, header-row tables, signatures, page numbers, A4, east-Asian font',
    { timeout: 30_000 },
    async (l) => {
      const s = strings(l);
      const doc = sla(l);
      const blocks = slaOutline(doc, s, categories(l), TZ, true);
      const { bytes, xml, html } = await open(blocks, l, doc.title);
      expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
      // Headings a reader's navigation pane lists: the title, then "1. …" per section.
      expect(text(html, 'h1')).toEqual([doc.title]);
      const h2 = text(html, 'h2');
      expect(h2[0]).toBe(`1. ${s['sla.section.services']}`);
      expect(h2).toContain(`2. ${s['sla.section.serviceHours']}`);
      expect(h2).toContain(s['sla.missing.heading']);
      // Table cells as typed, a formula-looking text kept as text.
      const cells = text(html, 'td').concat(text(html, 'th'));
      expect(cells).toEqual(expect.arrayContaining([doc.supplier, doc.customer, doc.services[0]!.name]));
      expect(cells).toContain('=HYPERLINK("http://x")');
      // The user's two lines are two paragraphs.
      expect(text(html, 'p')).toEqual(expect.arrayContaining(doc.serviceHours.split('\n')));
      // Header rows are marked as such (mammoth reads them as <th>); signature lines for both parties.
      expect(text(html, 'th')).toContain(s['md.signature.signature']);
      expect(cells).toEqual(
        expect.arrayContaining([s['md.signature.signature'], s['sla.supplier'], s['sla.customer']]),
      );
      const body = xml('word/document.xml');
      expect(body).toContain('<w:tblHeader/>');
      expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      const styles = xml('word/styles.xml');
      expect(styles).toContain('w:eastAsia="宋体"');
      expect(styles).toContain('w:eastAsia="黑体"');
      expect(styles).toContain(`w:val="${l === 'zh-CN' ? 'zh-CN' : 'en-US'}"`);
      const footer = Object.keys(unzipSync(bytes)).find((n) => /^word\/footer\d*\.xml$/.test(n))!;
      expect(xml(footer)).toMatch(/PAGE/);
      expect(xml(footer)).toMatch(/NUMPAGES/);
    },
  );

  it(
    'every template exports, in both languages, with its title and sections as headings',
    { timeout: 60_000 },
    async () => {
      for (const l of ['zh-CN', 'en'] as const) {
        const s = strings(l);
        const cases: [string, Block[], string[]][] = [];
        const cat = { ...newCatalogueDocument('目录', NOW), services: sla(l).services };
        cases.push([cat.title, catalogueOutline(cat, s, categories(l), TZ), []]);
        for (const kind of ['checklist-onsite', 'checklist-remote'] as const) {
          const items = checklistItems(kind, catalog.elements);
          const doc = {
            ...newChecklistDocument(kind, '作业 42', NOW),
            items: { [items[0]!.id]: { status: 'done' as const, note: '已完成' } },
          };
          cases.push([doc.title, checklistOutline(doc, items, l, s, TZ, true), [s['md.checklist.job']]]);
        }
        const plans = { ...newPlansDocument('季度服务报告', NOW, 'service-report'), sections: {} };
        cases.push([plans.title, plansOutline(plans, resolvedPlanKinds(l), s, TZ, true), [s['plans.missing.heading']]]);
        const scheme = priorityDefaults(catalog.appendixC.example, l);
        const priority = newPriorityDocument(scheme, '优先级方案', NOW);
        cases.push([priority.title, priorityOutline(priority, s, true, TZ), [s['md.priority.matrix']]]);
        for (const [title, blocks, headings] of cases) {
          const { html } = await open(blocks, l, title);
          expect(text(html, 'h1').join(' '), title).toContain(title);
          for (const h of headings) expect(text(html, 'h2'), `${title}: ${h}`).toContain(h);
          // Every table cell of the outline is in the file.
          const cells = text(html, 'td').concat(text(html, 'th'));
          for (const block of blocks)
            if (block.kind === 'table')
              for (const value of block.header.concat(block.rows.flat()).filter((v) => v.trim()))
                expect(cells.join('\n'), `${title}: ${value}`).toContain(value.trim().split('\n')[0]!);
        }
      }
    },
  );

  it('numbers each ordered list from 1 and ticks done checklist items', { timeout: 30_000 }, async () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: 'T' },
      { kind: 'list', ordered: true, items: [['a'], ['b']] },
      { kind: 'list', ordered: true, items: [['c']] },
      {
        kind: 'checklist',
        items: [
          { done: true, content: ['done item'] },
          { done: false, content: ['open item'] },
        ],
      },
    ];
    const { xml, html } = await open(blocks, 'en', 'T');
    expect(text(html, 'li')).toEqual(['a', 'b', 'c']);
    // Two lists, two numbering instances: the second starts again at 1.
    expect(new Set([...xml('word/document.xml').matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1])).size).toBe(2);
    expect(text(html, 'p')).toEqual(expect.arrayContaining(['☒ done item', '☐ open item']));
  });
});
