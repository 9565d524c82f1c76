import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { pickStrings } from '../../src/i18n/templates.ts';
import { documentFromJson, documentToJson } from '../../src/templates/document.ts';
import { formatIssue } from '../../src/templates/issues.ts';
import { PLAN_KINDS, planKind, resolvedPlanKinds } from '../../src/templates/plan-kinds.ts';
import { COLUMN_TITLES } from '../../src/templates/plan-sections.ts';
import {
  PLAN_KIND_IDS,
  SECTION_FIELDS,
  sectionRequired,
  type PlanKindId,
  type SectionField,
  type SectionId,
} from '../../src/templates/plan-structure.ts';
import {
  emptyRow,
  hiddenSections,
  newPlansDocument,
  plansCompleteness,
  sectionFilled,
  type PlansDocument,
  type SectionValue,
} from '../../src/templates/plans.ts';
import { plansToMarkdown } from '../../src/templates/plans-outline.ts';
import { plansTemplate } from '../../src/templates/plans-schema.ts';

const catalog = loadCatalog();
const NOW = '2025-03-07T10:30:00.000Z';
const element = (id: string) => catalog.elements.find((e) => e.id === id);
const md = (l: 'zh-CN' | 'en') => pickStrings(l, ['plans.', 'md.', 'common.']);

const CJK = /[\u4e00-\u9fff]/;

/** A value for every section of a kind, so that nothing is missing. */
function filled(kind: PlanKindId, title = '数据库性能优化'): PlansDocument {
  const sections: Partial<Record<SectionId, SectionValue>> = {};
  for (const { id } of planKind(kind).sections) {
    const field: SectionField = SECTION_FIELDS[id];
    sections[id] =
      field.type === 'text'
        ? `${id} 的内容\n第二行`
        : field.type === 'list'
          ? [`${id} 第一项`, `${id} 第二项`]
          : [Object.fromEntries(field.columns.map((c) => [c, `${id}/${c}`]))];
  }
  return {
    ...newPlansDocument(title, NOW, kind),
    organisation: '某运维公司',
    customer: '某银行',
    service: '数据中心运维合同 2025-01',
    author: '张工',
    version: 'v1.0',
    date: '2025-03-07',
    approver: '李经理',
    sections,
  };
}

describe('plan kinds', () => {
  it('are the eight documents the standard names, each with its clause', () => {
    expect(PLAN_KINDS.map((k) => [k.id, k.clause])).toEqual([
      ['delivery-implementation-plan', '5.2'],
      ['check-plan', '5.2'],
      ['improvement-plan', '5.2'],
      ['routine-operation-manual', '6.2'],
      ['optimization-plan', '6.4'],
      ['investigation-plan', '6.5'],
      ['investigation-report', '6.5'],
      ['service-report', '5.3'],
    ]);
  });

  it.each(PLAN_KINDS.map((k) => [k.id, k] as const))('%s: sections are unique, sourced and bilingual', (_, kind) => {
    const ids = kind.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = [kind.name, kind.purpose, ...(kind.note ? [kind.note] : [])];
    for (const section of kind.sections) {
      texts.push(section.title, section.hint);
      if (section.suggested) {
        expect(section.element, section.id).toBeUndefined();
        expect(sectionRequired(section), section.id).toBe(false);
      } else {
        // A section the standard asks for names an existing element of the same clause.
        const source = section.element ? element(section.element) : undefined;
        expect(source, section.id).toBeDefined();
        expect(source!.clause, section.id).toBe(section.clause);
      }
    }
    for (const text of texts) {
      expect(text['zh-CN'], text.en).toMatch(CJK);
      expect(text.en.trim(), text['zh-CN']).not.toBe('');
      expect(text.en, text['zh-CN']).not.toMatch(CJK);
    }
  });

  it('column titles exist in both languages', () => {
    for (const [id, title] of Object.entries(COLUMN_TITLES)) {
      expect(title['zh-CN'], id).toMatch(CJK);
      expect(title.en, id).toMatch(/^[A-Z]/);
    }
  });

  it('link both ways with the elements whose evidence they are', () => {
    const fromKinds = new Set(PLAN_KINDS.flatMap((k) => k.elements));
    for (const id of fromKinds) expect(element(id)?.templates, id).toContain('plans');
    const fromCatalog = catalog.elements.filter((e) => e.templates.includes('plans')).map((e) => e.id);
    expect(new Set(fromCatalog)).toEqual(fromKinds);
  });

  it('the routine-operation manual has the six parts of DC-ROUT-02, in order', () => {
    const parts = planKind('routine-operation-manual')
      .sections.map((s) => ('element' in s ? s.element : undefined))
      .filter((e): e is string => /^DC-ROUT-02[a-f]$/.test(e ?? ''));
    expect(parts).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `DC-ROUT-02${x}`));
    const subItems = catalog.elements.filter((e) => e.parent === 'DC-ROUT-02').map((e) => e.id);
    expect(parts).toEqual(subItems);
  });

  it('the optimization plan opens with the nine parts of DC-OPT-01', () => {
    const sections = planKind('optimization-plan').sections;
    expect(sections.slice(0, 9).map((s) => s.id)).toEqual([
      'goals',
      'content',
      'steps',
      'people',
      'budget',
      'schedule',
      'indicators',
      'risks',
      'rollback',
    ]);
    expect(sections.slice(0, 9).every((s) => 'element' in s && s.element === 'DC-OPT-01')).toBe(true);
  });

  it('the investigation plan has the eight parts of DC-EVAL-01, the report the four of DC-EVAL-02', () => {
    const from = (kind: PlanKindId, el: string) =>
      planKind(kind)
        .sections.filter((s) => 'element' in s && s.element === el)
        .map((s) => s.id);
    expect(from('investigation-plan', 'DC-EVAL-01')).toEqual([
      'goals',
      'content',
      'steps',
      'people',
      'budget',
      'schedule',
      'deliverables',
      'communication',
    ]);
    expect(from('investigation-report', 'DC-EVAL-02')).toEqual([
      'currentState',
      'interviews',
      'needs',
      'recommendations',
    ]);
  });
});

describe('plansCompleteness', () => {
  it.each(PLAN_KIND_IDS)('%s: a new document misses every required section, with its source', (kind) => {
    const missing = plansCompleteness(newPlansDocument('x', NOW, kind), PLAN_KINDS);
    const required = planKind(kind).sections.filter(sectionRequired);
    expect(missing.map((m) => m.section)).toEqual(required.map((s) => s.id));
    expect(missing.length).toBeGreaterThan(0);
    expect(plansCompleteness(filled(kind), PLAN_KINDS)).toEqual([]);
  });

  it('names clause and element; suggested sections are never asked for', () => {
    const missing = plansCompleteness(newPlansDocument('x', NOW, 'routine-operation-manual'), PLAN_KINDS);
    expect(missing.find((m) => m.section === 'criteria')).toEqual({
      section: 'criteria',
      clause: '6.2',
      element: 'DC-ROUT-02c',
    });
    expect(missing.map((m) => m.section)).not.toContain('revisions');
  });

  it('blank text, blank items and blank rows do not count', () => {
    const doc = {
      ...filled('optimization-plan'),
    };
    doc.sections = { ...doc.sections, goals: ' \n ', steps: ['', '  '], risks: [emptyRow('risks')] };
    expect(plansCompleteness(doc, PLAN_KINDS).map((m) => m.section)).toEqual(['goals', 'steps', 'risks']);
    doc.sections = { ...doc.sections, risks: [{ ...emptyRow('risks'), measure: 'x' }] };
    expect(sectionFilled(doc, 'risks')).toBe(true);
  });

  it('changing the kind keeps every section; the ones the new kind lacks are hidden, not lost', () => {
    const doc = { ...filled('optimization-plan'), kind: 'investigation-plan' as const };
    expect(doc.sections.rollback).toBe('rollback 的内容\n第二行');
    expect(hiddenSections(doc, PLAN_KINDS)).toEqual(['risks', 'indicators', 'rollback', 'review', 'observation']);
    // goals, steps, people, budget and schedule carry over
    expect(plansCompleteness(doc, PLAN_KINDS).map((m) => m.section)).toEqual(['deliverables', 'communication']);
    expect(documentFromJson(documentToJson(doc), plansTemplate)).toEqual({ success: true, document: doc });
  });
});

describe('plans document files', () => {
  it.each(PLAN_KIND_IDS)('%s: a full document round-trips through JSON', (kind) => {
    const doc = filled(kind);
    expect(documentFromJson(documentToJson(doc), plansTemplate)).toEqual({ success: true, document: doc });
  });

  it('any document round-trips (property)', () => {
    const text = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(
        fc.constantFrom(...PLAN_KIND_IDS),
        text,
        fc.array(text, { maxLength: 5 }),
        fc.array(fc.record({ risk: text, likelihood: text, measure: text }), { maxLength: 4 }),
        (kind, goals, steps, risks) => {
          const doc = { ...newPlansDocument('x', NOW, kind), approver: goals, sections: { goals, steps, risks } };
          expect(documentFromJson(documentToJson(doc), plansTemplate)).toEqual({ success: true, document: doc });
        },
      ),
    );
  });

  it('refuses bad files with messages that name the field', () => {
    const zh = pickStrings('zh-CN', ['issue.', 'type.']);
    const full = filled('optimization-plan');
    const bad = (patch: Record<string, unknown>) => {
      const result = documentFromJson(JSON.stringify({ ...full, ...patch }), plansTemplate);
      if (result.success) throw new Error('accepted');
      return result.issues.map((i) => formatIssue(i, zh));
    };
    expect(bad({ kind: 'budget-plan' })[0]).toMatch(/^kind：取值无效，可选值：delivery-implementation-plan/);
    expect(bad({ sections: { ...full.sections, wishes: 'x' } })).toEqual(['sections：含有未知字段：wishes']);
    expect(bad({ sections: { steps: 'one step' } })).toEqual(['sections.steps：类型不对，应为列表']);
    expect(bad({ sections: { risks: [{ risk: 'x', owner: 'y' }] } })).toEqual([
      'sections.risks.0：含有未知字段：owner',
    ]);
    expect(bad({ version: 'v'.repeat(41) })).toEqual(['version：不能超过 40 个字符']);
    expect(bad({ date: '2025-02-30' })[0]).toMatch(/^date：/);
    expect(bad({ template: 'sla' })[0]).toContain('“sla”');
    expect(documentFromJson('{"template": "plans",', plansTemplate).success).toBe(false);
  });
});

describe('plans Markdown', () => {
  it('reads like the document in zh-CN, every section with its source', () => {
    const text = plansToMarkdown(filled('optimization-plan'), resolvedPlanKinds('zh-CN'), md('zh-CN'));
    expect(text).toContain('# 数据库性能优化');
    expect(text).toContain('> 优化改善方案，依据 GB/T 28827.2 6.4、DC-OPT-01、DC-OPT-02、DC-OPT-03。');
    expect(text).toContain('| 供方 | 某运维公司 |');
    expect(text).toContain('| 批准人 | 李经理 |');
    expect(text).toContain('## 1. 目标\n\n*依据：6.4、DC-OPT-01*\n\ngoals 的内容\n\n第二行');
    expect(text).toContain('## 3. 步骤\n\n*依据：6.4、DC-OPT-01*\n\n1. steps 第一项\n2. steps 第二项');
    expect(text).toContain(
      '| 风险 | 可能性与影响 | 应对措施 |\n| --- | --- | --- |\n| risks/risk | risks/likelihood |',
    );
    expect(text).toContain('## 9. 回退方案');
    expect(text).toContain('## 12. 安全要求\n\n*依据：6.4、DC-OPT-06*');
    expect(text).not.toContain('尚未填写的章节');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('in English: empty sections, what is missing, suggestions labelled, hidden sections left out', () => {
    const doc = { ...newPlansDocument('Ops manual', NOW, 'routine-operation-manual') };
    doc.sections = {
      maintainer: 'Wang, after every change',
      tasks: [{ task: 'Check *backups*', object: 'DB', frequency: 'daily' }],
      rollback: 'from an optimization plan',
    };
    const text = plansToMarkdown(doc, resolvedPlanKinds('en'), md('en'));
    expect(text).toContain('> Routine-operation manual, after GB/T 28827.2 6.2, DC-ROUT-02, DC-ROUT-02a');
    expect(text).toContain('| Check \\*backups\\* | DB | daily |');
    expect(text).toContain('## 3. Procedures\n\n*Source: 6.2, DC-ROUT-02b*\n\n*To be completed*');
    expect(text).toContain(
      '## 8. Revision history\n\n*Suggested by this portal, not required by the standard (see 6.2)*',
    );
    expect(text).toContain('## Sections still empty\n\n- Procedures (6.2, DC-ROUT-02b)\n- Normal-state criteria');
    expect(text).not.toContain('Manual owner (6.2');
    expect(text).not.toContain('from an optimization plan');
  });

  it('the 5.2 plans and the service report say that their sections are ours', () => {
    for (const kind of ['check-plan', 'service-report'] as const) {
      expect(plansToMarkdown(newPlansDocument('x', NOW, kind), resolvedPlanKinds('en'), md('en'))).toMatch(
        /sections below are ours/,
      );
    }
    expect(
      plansToMarkdown(newPlansDocument('x', NOW, 'investigation-plan'), resolvedPlanKinds('en'), md('en')),
    ).not.toMatch(/sections below are ours/);
  });
});
