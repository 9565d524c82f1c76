import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { pickStrings } from '../../src/i18n/templates.ts';
import { documentFromJson, documentToJson } from '../../src/templates/document.ts';
import { formatIssue } from '../../src/templates/issues.ts';
import {
  addService,
  DELIVERY_CONTENTS,
  DELIVERY_MODES,
  newSlaDocument,
  SECTION_SOURCE,
  SERVICE_CATEGORIES,
  SLA_SECTIONS,
  slaCompleteness,
  type CategoryNames,
  type SlaDocument,
} from '../../src/templates/sla.ts';
import { slaToMarkdown } from '../../src/templates/sla-outline.ts';
import { slaTemplate } from '../../src/templates/sla-schema.ts';

const catalog = loadCatalog();
const NOW = '2025-03-07T10:30:00.000Z';
const categories = (l: 'zh-CN' | 'en') =>
  Object.fromEntries(catalog.appendixA.categories.map((c) => [c.id, c.name[l]])) as CategoryNames;
const exampleTargets = catalog.appendixC.example.priorities.map((p) => ({
  priority: p.name['zh-CN'],
  responseMinutes: p.responseMinutes,
  resolutionMinutes: p.resolutionMinutes,
}));

const full: SlaDocument = {
  ...newSlaDocument('数据中心运维 SLA', NOW, exampleTargets),
  supplier: '某运维公司',
  customer: '某银行',
  services: [
    {
      category: 'hardware',
      name: '服务器硬件维护',
      objects: '机房 A 的 40 台服务器',
      contents: ['routine', 'responsive'],
      modes: ['onsite'],
      description: '巡检与故障修复',
    },
  ],
  serviceHours: '工作日 9:00–18:00\n重点时段 7×24',
  indicators: [{ name: '系统可用率', target: '≥ 99.9%', calculation: '(总时间 − 停机时间) ÷ 总时间' }],
  deliverables: [{ name: '月度服务报告', frequency: '每月', recipient: '信息科技部' }],
  deliveryMode: '以现场为主，远程经堡垒机',
  staffing: '驻场 2 人',
  assessment: '每季度考核',
  rewardsPenalties: '未达标按月服务费 2% 扣罚',
  security: '签署保密协议',
  complaints: '电话 400-000-0000，2 个工作日内答复',
  disputes: '先协商，再提交双方主管',
  outstanding: '由供方项目经理跟踪至关闭',
  term: { start: '2025-04-01', end: '2026-03-31' },
};

describe('SLA catalogue axes', () => {
  it('categories are the six of Appendix A; four contents and two modes', () => {
    expect(catalog.appendixA.categories.map((c) => c.id)).toEqual([...SERVICE_CATEGORIES]);
    expect(DELIVERY_CONTENTS).toHaveLength(4);
    expect(DELIVERY_MODES).toEqual(['onsite', 'remote']);
  });

  it('every element a section comes from exists and names the SLA template', () => {
    for (const { element } of Object.values(SECTION_SOURCE)) {
      if (!element) continue;
      const e = catalog.elements.find((x) => x.id === element);
      expect(e?.templates, element).toContain('sla');
    }
  });
});

describe('slaCompleteness', () => {
  it('a new draft (targets prefilled) misses every section but the targets', () => {
    const missing = slaCompleteness(newSlaDocument('x', NOW, exampleTargets));
    expect(missing.map((m) => m.section)).toEqual(SLA_SECTIONS.filter((s) => s !== 'targets'));
    expect(missing.find((m) => m.section === 'assessment')).toEqual({
      section: 'assessment',
      clause: '5.2',
      element: 'DM-PLAN-08',
    });
    expect(missing.find((m) => m.section === 'term')).toEqual({ section: 'term', clause: '3.1' });
  });

  it('a full draft misses nothing', () => {
    expect(slaCompleteness(full)).toEqual([]);
  });

  it('an indicator without its calculation does not count; blank text does not count', () => {
    const doc = { ...full, indicators: [{ name: '可用率', target: '99%', calculation: ' ' }], security: '  \n' };
    expect(slaCompleteness(doc).map((m) => m.section)).toEqual(['indicators', 'security']);
  });

  it('delivery mode is settled by the text or by every service naming its modes', () => {
    expect(slaCompleteness({ ...full, deliveryMode: '' })).toEqual([]);
    const noMode = { ...full, deliveryMode: '', services: [{ ...full.services[0]!, modes: [] }] };
    expect(slaCompleteness(noMode).map((m) => m.section)).toEqual(['deliveryMode']);
  });
});

describe('SLA document files', () => {
  it('round-trips a full draft', () => {
    const parsed = documentFromJson(documentToJson(full), slaTemplate);
    expect(parsed).toEqual({ success: true, document: full });
  });

  it('round-trips any draft (property)', () => {
    const text = fc.string({ maxLength: 30 });
    const service = fc.record({
      category: fc.constantFrom(...SERVICE_CATEGORIES),
      name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0),
      objects: text,
      contents: fc.subarray([...DELIVERY_CONTENTS]),
      modes: fc.subarray([...DELIVERY_MODES]),
      description: text,
    });
    fc.assert(
      fc.property(fc.array(service, { maxLength: 4 }), text, text, (services, staffing, security) => {
        const doc = { ...full, services, staffing, security };
        expect(documentFromJson(documentToJson(doc), slaTemplate)).toEqual({ success: true, document: doc });
      }),
    );
  });

  it('addService appends a copy to the draft', () => {
    const doc = addService(newSlaDocument('x', NOW), full.services[0]!, '2025-03-08T00:00:00.000Z');
    expect(doc.services).toEqual(full.services);
    expect(doc.updated).toBe('2025-03-08T00:00:00.000Z');
  });

  it('refuses bad files with messages that name the field', () => {
    const zh = pickStrings('zh-CN', ['issue.', 'type.']);
    const bad = (patch: Record<string, unknown>) => {
      const result = documentFromJson(JSON.stringify({ ...full, ...patch }), slaTemplate);
      if (result.success) throw new Error('accepted');
      return result.issues.map((i) => formatIssue(i, zh));
    };
    expect(bad({ services: [{ ...full.services[0], category: 'cloud' }] })[0]).toMatch(
      /^services\.0\.category：取值无效/,
    );
    expect(bad({ term: { start: '2025-04-01', end: '2025-03-01' } })).toEqual([
      'term.end：结束日期须不早于开始日期（现为 2025-04-01 至 2025-03-01）',
    ]);
    expect(bad({ targets: [{ priority: 'P1', responseMinutes: 0, resolutionMinutes: 10 }] })).toEqual([
      'targets.0.responseMinutes：不能小于 1',
    ]);
    expect(bad({ template: 'priority' })[0]).toContain('“priority”');
    const broken = documentFromJson('{"template": "sla",', slaTemplate);
    expect(broken.success).toBe(false);
  });
});

describe('SLA Markdown', () => {
  it('reads like a draft agreement in zh-CN', () => {
    const md = slaToMarkdown(full, 'zh-CN', pickStrings('zh-CN', ['sla.', 'md.', 'common.']), categories('zh-CN'));
    expect(md).toContain('# 数据中心运维 SLA');
    expect(md).toContain('| 供方 | 某运维公司 |');
    expect(md).toContain('## 1. 服务范围与服务对象');
    expect(md).toContain(
      '| 服务器硬件维护 | 硬件运维 | 机房 A 的 40 台服务器 | 例行操作 (6.2)、响应支持 (6.3) | 现场交付 (7.2) | 巡检与故障修复 |',
    );
    expect(md).toContain('| P1 紧急 | 15 分钟 | 4 小时 |');
    expect(md).toContain('工作日 9:00–18:00\n\n重点时段 7×24');
    expect(md).toContain('## 8. 考核要求与计算方法');
    expect(md).toContain('本协议自 2025-04-01 起生效，至 2026-03-31 终止。');
    expect(md).not.toContain('尚未约定的事项');
  });

  it('treats a lone carriage return as a line break: no row, heading or list can be injected', () => {
    const hostile = 'ok\r| injected | row |\r# h\r- injected list';
    const doc = { ...full, customer: hostile, serviceHours: `day one\rday two\r\nday three` };
    const md = slaToMarkdown(doc, 'en', pickStrings('en', ['sla.', 'md.', 'common.']), categories('en'));
    expect(md).not.toContain('\r');
    expect(md).toContain('| ok \\| injected \\| row \\| \\# h - injected list |');
    expect(md).toContain('day one\n\nday two\n\nday three');
    expect(md.split('\n').filter((line) => line.startsWith('- injected'))).toEqual([]);
  });

  it('lists what is missing, with its source, in English', () => {
    const doc = { ...full, rewardsPenalties: '', term: { start: '', end: '' } };
    const md = slaToMarkdown(doc, 'en', pickStrings('en', ['sla.', 'md.', 'common.']), categories('en'));
    expect(md).toContain('## 1. Scope: services and objects');
    expect(md).toContain('Hardware O&M');
    expect(md).toContain('Routine operation (6.2), Responsive support (6.3)');
    expect(md).toContain('## 9. Rewards and penalties\n\n*To be agreed*');
    expect(md).toContain(
      '## Not yet agreed\n\n- Rewards and penalties (5.2, DM-PLAN-08)\n- Term of the agreement (3.1)',
    );
    expect(md.endsWith('\n')).toBe(true);
  });
});
