/**
 * The SLA document's schema (shape and rules) and its `TemplateDefinition`. The SLA page loads this module (and
 * zod) with `import()` only when a document has to be checked (`slaKind` in sla.ts). Pure: no DOM.
 */
import * as z from 'zod/mini';
import { documentHeader, textField } from './document-schema.ts';
import type { TemplateDefinition } from './document.ts';
import { addRuleIssue, issueParams } from './issues.ts';
import { isIsoDate } from './priority.ts';
import {
  DELIVERY_CONTENTS,
  DELIVERY_MODES,
  SERVICE_CATEGORIES,
  SLA_VERSION,
  TARGET_MINUTES,
  type SlaDocument,
} from './sla.ts';
import { defineTemplate } from './zod-issues.ts';

const uniqueList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    ._default(z.array(z.enum(values)).check(z.maxLength(values.length)), [])
    .check(z.refine((list) => new Set(list).size === list.length, issueParams('invalid', { detail: 'duplicate' })));

export const SlaServiceSchema = z.strictObject({
  category: z.enum(SERVICE_CATEGORIES),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** The objects under O&M the service covers. */
  objects: textField(1_000),
  contents: uniqueList(DELIVERY_CONTENTS),
  modes: uniqueList(DELIVERY_MODES),
  description: textField(2_000),
});

export const SlaTargetSchema = z.strictObject({
  priority: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  responseMinutes: z
    .int()
    .check(z.minimum(TARGET_MINUTES.responseMinutes.min), z.maximum(TARGET_MINUTES.responseMinutes.max)),
  resolutionMinutes: z
    .int()
    .check(z.minimum(TARGET_MINUTES.resolutionMinutes.min), z.maximum(TARGET_MINUTES.resolutionMinutes.max)),
});

const SlaIndicatorSchema = z.strictObject({
  name: textField(200),
  target: textField(200),
  calculation: textField(1_000),
});

const SlaDeliverableSchema = z.strictObject({
  name: textField(200),
  frequency: textField(100),
  recipient: textField(200),
});

const optionalDate = z._default(
  z.string().check(z.refine((s) => s === '' || isIsoDate(s), issueParams('bad-date'))),
  '',
);

export const slaSchema = z
  .strictObject({
    ...documentHeader('sla', SLA_VERSION),
    supplier: textField(200),
    customer: textField(200),
    services: z._default(z.array(SlaServiceSchema).check(z.maxLength(200)), []),
    serviceHours: textField(),
    targets: z._default(z.array(SlaTargetSchema).check(z.maxLength(20)), []),
    indicators: z._default(z.array(SlaIndicatorSchema).check(z.maxLength(50)), []),
    deliverables: z._default(z.array(SlaDeliverableSchema).check(z.maxLength(50)), []),
    deliveryMode: textField(),
    staffing: textField(),
    assessment: textField(),
    rewardsPenalties: textField(),
    security: textField(),
    complaints: textField(),
    disputes: textField(),
    outstanding: textField(),
    term: z._default(z.strictObject({ start: optionalDate, end: optionalDate }), { start: '', end: '' }),
  })
  .check(
    z.superRefine((doc, ctx) => {
      const { start, end } = doc.term;
      if (start && end && end < start) addRuleIssue(ctx, ['term', 'end'], 'term-order', { start, end });
      const seen = new Set<string>();
      doc.targets.forEach((t, i) => {
        if (seen.has(t.priority)) addRuleIssue(ctx, ['targets', i, 'priority'], 'duplicate-id', { id: t.priority });
        seen.add(t.priority);
      });
    }),
  );

export const slaTemplate: TemplateDefinition<SlaDocument> = defineTemplate({
  id: 'sla',
  version: SLA_VERSION,
  schema: slaSchema,
});
