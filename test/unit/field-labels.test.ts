/**
 * The words a user knows a template field by: every field of every template has a label in both languages, rows
 * are numbered from 1, nested fields without a label of their own take their container's, and names from data
 * (plan sections, checklist items) come first.
 */
import { describe, expect, it } from 'vitest';
import type { TemplateId } from '../../src/catalog/schema.ts';
import { templateDictionaries } from '../../src/i18n/templates.ts';
import { checklistTemplate } from '../../src/templates/checklist.ts';
import { FIELD_RULES, fieldLabel, fieldLabels } from '../../src/templates/field-labels.ts';
import { plansSchema } from '../../src/templates/plans-schema.ts';
import { PriorityDocumentSchema } from '../../src/templates/priority-schema.ts';
import { catalogueSchema } from '../../src/templates/service-catalogue.ts';
import { slaSchema } from '../../src/templates/sla-schema.ts';

const zh = templateDictionaries['zh-CN'] as Record<string, string>;
const en = templateDictionaries.en as Record<string, string>;

const shapes: Partial<Record<TemplateId, Record<string, unknown>>> = {
  sla: slaSchema.shape,
  'service-catalogue': catalogueSchema.shape,
  priority: PriorityDocumentSchema.shape,
  'checklist-onsite': (checklistTemplate('checklist-onsite', []).schema as unknown as typeof slaSchema).shape,
  'checklist-remote': (checklistTemplate('checklist-remote', []).schema as unknown as typeof slaSchema).shape,
  plans: plansSchema.shape,
};
/** Fields the user never edits: no notice ever names them. */
const BOOKKEEPING = new Set(['schemaVersion', 'template', 'created', 'updated']);

describe('fieldLabel', () => {
  it.each(Object.keys(shapes) as TemplateId[])(
    'names every field of %s in both languages, with keys that exist',
    (template) => {
      expect(Object.keys(FIELD_RULES).sort()).toEqual(Object.keys(shapes).sort());
      for (const [, label, row] of FIELD_RULES[template]!)
        for (const key of [label, row].filter(Boolean) as string[]) {
          expect(zh[key], `zh-CN ${key}`).toBeTruthy();
          expect(en[key], `en ${key}`).toBeTruthy();
        }
      for (const field of Object.keys(shapes[template]!).filter((f) => !BOOKKEEPING.has(f)))
        for (const strings of [zh, en]) {
          const label = fieldLabel(template, field, strings);
          expect(label, `${template} ${field}`).not.toBe(strings['toolbar.field.other']);
          expect(label, `${template} ${field}`).not.toBe(field);
        }
    },
  );

  it('names the fields of the SLA the way its form labels them', () => {
    expect(fieldLabel('sla', 'supplier', zh)).toBe('供方');
    expect(fieldLabel('sla', 'customer', en)).toBe('Customer');
    expect(fieldLabel('sla', 'title', zh)).toBe('文档名称');
    expect(fieldLabel('sla', 'term.end', zh)).toBe('终止日期');
    expect(fieldLabel('sla', 'staffing', zh)).toBe(zh['sla.section.staffing']);
  });

  it('numbers rows from 1 and joins the row and the field', () => {
    expect(fieldLabel('sla', 'services.1.name', zh)).toBe('服务 2：服务名称');
    expect(fieldLabel('sla', 'services.1.name', en)).toBe(
      `${en['sla.service.heading']!.replace('{n}', '2')}: ${en['sla.service.name']}`,
    );
    expect(fieldLabel('sla', 'targets.0.responseMinutes', zh)).toBe('优先级 1：响应时限（分钟）');
    expect(fieldLabel('service-catalogue', 'services.0', zh)).toBe('服务 1');
  });

  it('gives a nested field without a label of its own the label of the field it lies in', () => {
    expect(fieldLabel('sla', 'services.3.contents.0', zh)).toBe('服务 4：交付内容');
    expect(fieldLabel('priority', 'thresholds.alarm', en)).toBe(en['priority.thresholdsHeading']);
    expect(fieldLabel('priority', 'impacts.2.name', zh)).toBe(zh['priority.impacts']);
    expect(fieldLabel('sla', 'services.x.name', zh)).toBe(zh['sla.section.services']);
  });

  it('prefers names from data, and says "other content" for a path it cannot place', () => {
    const named = { 'sections.risks': '风险管理' };
    expect(fieldLabel('plans', 'sections.risks.0.owner', zh, named)).toBe('风险管理');
    expect(fieldLabel('plans', 'sections.other', zh, named)).toBe(zh['plans.sections']);
    expect(fieldLabel('sla', 'nothing.like.this', zh)).toBe('其他内容');
    expect(fieldLabel('sla', 'nothing', en)).toBe('other content');
  });

  it('names two paths in one field once, in order', () => {
    expect(fieldLabels('sla', ['customer', 'services.0.contents.0', 'services.0.contents.1'], zh)).toEqual([
      '需方',
      '服务 1：交付内容',
    ]);
  });
});
