/**
 * The plans document's schema and its `TemplateDefinition`. The plans page loads this module (and zod) with
 * `import()` only when a document has to be checked (`plansKind` in plans.ts). Pure: no DOM.
 */
import * as z from 'zod/mini';
import { documentHeader, textField } from './document-schema.ts';
import type { TemplateDefinition } from './document.ts';
import { issueParams } from './issues.ts';
import { PLAN_KIND_IDS, SECTION_FIELDS, SECTION_IDS, type SectionField } from './plan-structure.ts';
import { PLANS_VERSION, type PlansDocument } from './plans.ts';
import { isIsoDate } from './priority.ts';
import { defineTemplate } from './zod-issues.ts';

const MAX_ITEMS = 100;

function valueSchema(field: SectionField) {
  switch (field.type) {
    case 'text':
      return z.string().check(z.maxLength(10_000));
    case 'list':
      return z.array(z.string().check(z.maxLength(1_000))).check(z.maxLength(MAX_ITEMS));
    case 'table':
      return z
        .array(z.strictObject(Object.fromEntries(field.columns.map((c) => [c, textField(2_000)]))))
        .check(z.maxLength(MAX_ITEMS));
  }
}

/** Every section of every kind, each optional: a document keeps the sections of a kind it no longer has. */
const SectionsSchema = z.strictObject(
  Object.fromEntries(SECTION_IDS.map((id) => [id, z.optional(valueSchema(SECTION_FIELDS[id]))])),
);

const optionalDate = z._default(
  z.string().check(z.refine((s) => s === '' || isIsoDate(s), issueParams('bad-date'))),
  '',
);

export const plansSchema = z.strictObject({
  ...documentHeader('plans', PLANS_VERSION),
  /** Which plan or report the document is. */
  kind: z.enum(PLAN_KIND_IDS),
  /** The supplier writing the document. */
  organisation: textField(200),
  /** The customer it is for. */
  customer: textField(200),
  /** The service or contract it concerns. */
  service: textField(200),
  author: textField(200),
  /** The document's own version, as the author numbers it. */
  version: textField(40),
  /** Date of this version (YYYY-MM-DD), or empty. */
  date: optionalDate,
  approver: textField(200),
  /** Content by section ID; a section not yet touched is absent. */
  sections: z._default(SectionsSchema, {}),
});

export const plansTemplate: TemplateDefinition<PlansDocument> = defineTemplate({
  id: 'plans',
  version: PLANS_VERSION,
  // The section shapes are built from data, so zod cannot name each one's type; the interface above does.
  schema: plansSchema as unknown as z.ZodMiniType<PlansDocument>,
});
