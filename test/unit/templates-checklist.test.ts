import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { TEMPLATE_IDS } from '../../src/catalog/schema.ts';
import { pickStrings } from '../../src/i18n/templates.ts';
import { TEMPLATE_PAGES, templateLinks } from '../../src/lib/templates.ts';
import {
  checklistItems,
  checklistProgress,
  checklistToMarkdown,
  newChecklistDocument,
  SUGGESTED_LEAVING_ITEMS,
} from '../../src/templates/checklist.ts';

const catalog = loadCatalog();

describe('checklist items from the catalog', () => {
  it('on site: 4 before arriving, 6 after arriving, 3 suggested before leaving', () => {
    const items = checklistItems('checklist-onsite', catalog.elements);
    const groups = (g: string) => items.filter((i) => i.group === g).map((i) => i.id);
    expect(groups('before')).toEqual([
      'DW-ONSITE-BEFORE-01',
      'DW-ONSITE-BEFORE-02',
      'DW-ONSITE-BEFORE-03',
      'DW-ONSITE-BEFORE-04',
    ]);
    expect(groups('arrival')).toHaveLength(6);
    expect(groups('leaving')).toEqual(['LEAVE-01', 'LEAVE-02', 'LEAVE-03']);
    expect(items.filter((i) => i.source === 'suggested').every((i) => i.group === 'leaving')).toBe(true);
  });

  it('remote: 3 before, 6 during, 3 before ending, including temporary accounts and permission to end', () => {
    const items = checklistItems('checklist-remote', catalog.elements);
    expect(items.map((i) => i.group)).toEqual([
      ...Array(3).fill('before'),
      ...Array(6).fill('during'),
      ...Array(3).fill('ending'),
    ]);
    expect(items.filter((i) => i.group === 'ending').map((i) => i.id)).toEqual([
      'DW-REMOTE-END-01',
      'DW-REMOTE-END-02',
      'DW-REMOTE-END-03',
    ]);
    expect(items.every((i) => i.source === 'standard')).toBe(true);
    expect(items.find((i) => i.id === 'DW-REMOTE-END-02')?.key).toBe(true);
  });

  it('suggested items mirror the remote ending elements, which exist', () => {
    const ids = new Set(catalog.elements.map((e) => e.id));
    expect(SUGGESTED_LEAVING_ITEMS.map((i) => i.element)).toEqual([
      'DW-REMOTE-END-01',
      'DW-REMOTE-END-02',
      'DW-REMOTE-END-03',
    ]);
    for (const item of SUGGESTED_LEAVING_ITEMS) expect(ids).toContain(item.element);
  });
});

describe('which elements name which template', () => {
  const SLA_ELEMENTS = [
    'DM-PLAN-01',
    'DM-PLAN-02',
    'DM-PLAN-08',
    'DM-PLAN-09',
    'DM-PLAN-11',
    'DM-PLAN-12',
    'DC-RESP-01',
    'DC-RESP-02',
    'DC-RESP-03',
  ];
  const PLANS_ELEMENTS = [
    'DM-PLAN-03',
    'DM-IMPL-01',
    'DM-IMPL-04',
    'DM-IMPL-05',
    'DM-CHECK-01',
    'DM-IMPR-04',
    'DC-ROUT-02',
    'DC-ROUT-02a',
    'DC-ROUT-02b',
    'DC-ROUT-02c',
    'DC-ROUT-02d',
    'DC-ROUT-02e',
    'DC-ROUT-02f',
    'DC-OPT-01',
    'DC-OPT-02',
    'DC-OPT-03',
    'DC-EVAL-01',
    'DC-EVAL-02',
    'DC-EVAL-03',
    'DC-EVAL-04',
    'DR-MGMT-01',
  ];
  it('7.2 and 7.3 elements name their checklist; DC-RESP-03, -05 and -06 the priority template; SLA elements the SLA; the documents the standard names the plans template', () => {
    for (const e of catalog.elements) {
      const expected: string[] =
        e.clause === '7.2'
          ? ['checklist-onsite']
          : e.clause === '7.3'
            ? ['checklist-remote']
            : ['DC-RESP-03', 'DC-RESP-05', 'DC-RESP-06'].includes(e.id)
              ? ['priority']
              : [];
      if (SLA_ELEMENTS.includes(e.id)) expected.push('sla');
      if (e.id === 'DM-PLAN-01') expected.push('service-catalogue');
      if (PLANS_ELEMENTS.includes(e.id)) expected.push('plans');
      expect(e.templates, e.id).toEqual(expected);
    }
  });

  it('links only templates that have a page', () => {
    for (const id of Object.keys(TEMPLATE_PAGES)) expect(TEMPLATE_IDS).toContain(id);
    expect(templateLinks(['handover', 'priority'], 'en')).toEqual([
      expect.objectContaining({ id: 'handover', href: '/en/practices/handover/' }),
      expect.objectContaining({ id: 'priority', href: '/en/priority/', name: 'Priority and escalation calculator' }),
    ]);
    expect(templateLinks(['checklist-onsite'], 'zh-CN')[0]!.href).toBe('/checklist-onsite/');
  });
});

describe('checklist progress and Markdown', () => {
  const items = checklistItems('checklist-onsite', catalog.elements);
  const doc = {
    ...newChecklistDocument('checklist-onsite', '机房巡检 | 3 号楼', '2025-03-07T10:30:00.000Z'),
    job: {
      ticket: 'INC-0042',
      engineer: '张工',
      customerContact: '李经理 138',
      date: '2025-03-07',
      start: '09:05',
      end: '11:40',
      signOff: '李经理',
    },
    items: {
      'DW-ONSITE-BEFORE-01': { status: 'done' as const, note: '已电话确认' },
      'DW-ONSITE-BEFORE-02': { status: 'na' as const, note: '无风险作业' },
    },
  };

  it('counts done, not applicable and open items', () => {
    expect(checklistProgress(doc, items)).toEqual({ done: 1, na: 1, open: 11, total: 13 });
  });

  it('writes zh-CN Markdown with the job, stages, boxes and the suggested label', () => {
    const md = checklistToMarkdown(doc, items, 'zh-CN', pickStrings('zh-CN', ['md.', 'checklist.', 'common.']));
    expect(md).toContain('# 现场交付检查单：机房巡检 \\| 3 号楼');
    expect(md).toContain('| 工单号 | INC-0042 |');
    expect(md).toContain('| 到场时间 | 09:05 |');
    expect(md).toContain('## 到达现场前');
    expect(md).toContain('- [x] **DW-ONSITE-BEFORE-01** 到场前确认任务与历史情况 — 备注：已电话确认');
    expect(md).toContain('- [x] **DW-ONSITE-BEFORE-02** 风险作业预案经审核后实施（不适用） — 备注：无风险作业');
    expect(md).toContain('- [ ] **DW-ONSITE-ARRIVE-01**');
    expect(md).toContain('## 离开现场前（建议做法，非标准要求）');
    expect(md).toContain('完成 1 项，不适用 1 项，待办 11 项，共 13 项。');
  });

  it('writes English Markdown from the same document', () => {
    const md = checklistToMarkdown(doc, items, 'en', pickStrings('en', ['md.', 'checklist.', 'common.']));
    expect(md).toContain('# On-site delivery checklist: 机房巡检 \\| 3 号楼');
    expect(md).toContain('| Arrived at | 09:05 |');
    expect(md).toContain('Plan and review risky on-site work (not applicable) — Note: 无风险作业');
    expect(md).toContain('## Before leaving the site (suggested practice, not from the standard)');
    expect(md.endsWith('\n')).toBe(true);
  });
});
