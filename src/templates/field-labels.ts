/**
 * The name a user knows a field of a template document by, from its dotted path (`services.1.name` → "服务 2：服务
 * 名称" / "Service 2: Service name"). Used where the page names fields of a document rather than showing them, such
 * as the notice that another tab overwrote a change. Each template lists its fields as path patterns (`*` stands
 * for a row number) with the dictionary key of their label, and for a row the key of its heading (`服务 {n}`). A
 * path without a pattern of its own takes the label of the nearest field it lies in, so a new nested field still
 * reads as words, never as a JSON path. Names that come from data (a plan's sections, a checklist's items) are
 * passed in by path. Pure: the strings are passed in, no dictionaries are loaded here.
 */
import type { TemplateId } from '../catalog/schema.ts';
import { formatMessage } from '../i18n/format.ts';
import { SLA_TEXT_SECTIONS } from './sla-sections.ts';

/** A field pattern, the key of its label and, for a field in a row, the key of the row's heading (`{n}`). */
export type FieldRule = readonly [pattern: string, label: string, row?: string];

const header: FieldRule[] = [['title', 'toolbar.title']];

/** Fields of one service, in the SLA and in the user's own service catalogue (they share the shape). */
const serviceRows = (list: string, listLabel: string): FieldRule[] => [
  [list, listLabel],
  [`${list}.*`, 'sla.service.heading', 'sla.service.heading'],
  ...(['name', 'category', 'objects', 'contents', 'modes', 'description'] as const).map((field): FieldRule => [
    `${list}.*.${field}`,
    `sla.service.${field}`,
    'sla.service.heading',
  ]),
];

const rows = (list: string, listLabel: string, row: string, fields: Record<string, string>): FieldRule[] => [
  [list, listLabel],
  [`${list}.*`, row, row],
  ...Object.entries(fields).map(([field, label]): FieldRule => [`${list}.*.${field}`, label, row]),
];

const checklistFields = (kind: 'onsite' | 'remote'): FieldRule[] => [
  ...header,
  ['job', 'checklist.job'],
  ...(['ticket', 'engineer', 'customerContact', 'date', 'signOff'] as const).map((f): FieldRule => [
    `job.${f}`,
    `checklist.job.${f}`,
  ]),
  ['job.start', `checklist.${kind}.start`],
  ['job.end', `checklist.${kind}.end`],
  ['items', 'checklist.items'],
];

/** The fields of every template that keeps documents, by template ID. */
export const FIELD_RULES: Partial<Record<TemplateId, readonly FieldRule[]>> = {
  sla: [
    ...header,
    ['supplier', 'sla.supplier'],
    ['customer', 'sla.customer'],
    ['term', 'sla.section.term'],
    ['term.start', 'sla.term.start'],
    ['term.end', 'sla.term.end'],
    ...serviceRows('services', 'sla.section.services'),
    ...rows('targets', 'sla.section.targets', 'sla.target.row', {
      priority: 'sla.target.priority',
      responseMinutes: 'sla.target.response',
      resolutionMinutes: 'sla.target.resolution',
    }),
    ...rows('indicators', 'sla.section.indicators', 'sla.indicator.row', {
      name: 'sla.indicator.name',
      target: 'sla.indicator.target',
      calculation: 'sla.indicator.calculation',
    }),
    ...rows('deliverables', 'sla.section.deliverables', 'sla.deliverable.row', {
      name: 'sla.deliverable.name',
      frequency: 'sla.deliverable.frequency',
      recipient: 'sla.deliverable.recipient',
    }),
    ...SLA_TEXT_SECTIONS.map((section): FieldRule => [section, `sla.section.${section}`]),
  ],
  'service-catalogue': [...header, ...serviceRows('services', 'catalogue.own')],
  'checklist-onsite': checklistFields('onsite'),
  'checklist-remote': checklistFields('remote'),
  plans: [
    ...header,
    ['kind', 'plans.kind'],
    ...(['organisation', 'customer', 'service', 'author', 'version', 'date', 'approver'] as const).map(
      (f): FieldRule => [f, `plans.header.${f}`],
    ),
    ['sections', 'plans.sections'],
  ],
  priority: [
    ...header,
    ['impacts', 'priority.impacts'],
    ['urgencies', 'priority.urgencies'],
    ['priorities', 'priority.targetsHeading'],
    ['priorities.*.name', 'priority.priorityName'],
    ['priorities.*.responseMinutes', 'priority.responseMinutes'],
    ['priorities.*.resolutionMinutes', 'priority.resolutionMinutes'],
    ['matrix', 'priority.matrixHeading'],
    ['thresholds', 'priority.thresholdsHeading'],
    ['serviceHours', 'priority.hoursHeading'],
    ['serviceHours.mode', 'priority.mode'],
    ['serviceHours.days', 'priority.days'],
    ['serviceHours.closedDates', 'priority.closedDates'],
    ['serviceHours.extraDates', 'priority.extraDates'],
    ['request', 'priority.calculator'],
    ['request.impact', 'priority.impact'],
    ['request.urgency', 'priority.urgency'],
  ],
};

const matches = (pattern: string[], path: string[]) =>
  pattern.length === path.length &&
  pattern.every((step, i) => (step === '*' ? /^\d+$/.test(path[i] ?? '') : step === path[i]));

/**
 * The label of the field at `path` (dotted, as `changedElsewhere` and the issues name it) in the language of
 * `strings`. `named` gives labels that come from data, by path (`sections.risks` → that section's title).
 * `strings['toolbar.fieldInRow']` joins a row's heading and a field's label; `strings['toolbar.field.other']` is
 * the last resort for a path no pattern covers.
 */
export function fieldLabel(
  template: TemplateId,
  path: string,
  strings: Readonly<Record<string, string>>,
  named: Readonly<Record<string, string>> = {},
): string {
  const steps = path.split('.');
  const rules = FIELD_RULES[template] ?? [];
  for (let length = steps.length; length > 0; length--) {
    const prefix = steps.slice(0, length);
    const ownName = named[prefix.join('.')];
    if (ownName) return ownName;
    const rule = rules.find(([pattern]) => matches(pattern.split('.'), prefix));
    if (!rule) continue;
    const [pattern, labelKey, rowKey] = rule;
    const label = strings[labelKey] ?? labelKey;
    if (!rowKey) return label;
    const star = pattern.split('.').indexOf('*');
    const row = formatMessage(strings[rowKey] ?? rowKey, { n: Number(prefix[star]) + 1 });
    return labelKey === rowKey
      ? row
      : formatMessage(strings['toolbar.fieldInRow'] ?? '{row}: {field}', { row, field: label });
  }
  return strings['toolbar.field.other'] ?? path;
}

/** The distinct labels of `paths`, in their order (two paths in one field name it once). */
export function fieldLabels(
  template: TemplateId,
  paths: readonly string[],
  strings: Readonly<Record<string, string>>,
  named: Readonly<Record<string, string>> = {},
): string[] {
  return [...new Set(paths.map((path) => fieldLabel(template, path, strings, named)))];
}
