/**
 * The catalog's plain constants and the types made from them, without the schemas. Browser code imports these
 * from here so that a page does not download the schema library (zod) just to know the two languages or the
 * answer levels; `schema.ts` re-exports them and builds its schemas from them. No Node, DOM or `astro:*` imports.
 */

/** The two languages of the portal. zh-CN is the default and comes first. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The answer levels an element can be rated at, lowest first. */
export const LEVELS = ['N', 'P', 'L', 'F'] as const;
export type Level = (typeof LEVELS)[number];

/** The portal's fill-in templates, by ID; `schema.ts` describes each. */
export const TEMPLATE_IDS = [
  'sla',
  'service-catalogue',
  'priority',
  'checklist-onsite',
  'checklist-remote',
  'plans',
  'handover',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * Related practice: O&M practices from the source's other documents (handover, software O&M management, service
 * quality, work rules). They are NOT part of GB/T 28827.2; each is a catalog of its own under
 * `assessments/practices/<id>/`, with the same element shape, scored by the same engine.
 */
export const PRACTICE_IDS = ['handover', 'software', 'quality', 'work-rules'] as const;
export type PracticeId = (typeof PRACTICE_IDS)[number];

/** The two-letter element ID prefix of each practice catalog. */
export const PRACTICE_PREFIXES: Readonly<Record<PracticeId, string>> = {
  handover: 'HO',
  software: 'SW',
  quality: 'QM',
  'work-rules': 'WR',
};

/** The practice catalog an element ID belongs to, by its prefix (`HO-…` → handover); undefined for GB/T 28827.2. */
export const practiceOfElementId = (id: string): PracticeId | undefined =>
  PRACTICE_IDS.find((p) => id.startsWith(`${PRACTICE_PREFIXES[p]}-`));
