/**
 * The assessment file's plain constants and the types made from them, without the schemas. The questionnaire,
 * the report and the other tools import these from here so that a first visit does not download the schema
 * library (zod); `assessment-schema.ts` re-exports them and builds its schemas from them. No Node, DOM or
 * `astro:*` imports.
 */
import { LEVELS, PRACTICE_IDS } from '../catalog/locales.ts';

/** Version of the file format this code writes. Bump it, and add a migration, whenever the shape changes. */
export const SCHEMA_VERSION = 2;

/** ID of the GB/T 28827.2 delivery catalog (`assessments/`), as an assessment file names it. */
export const DELIVERY_CATALOG_ID = 'gbt28827.2';

/** Every catalog an assessment can be for: the delivery standard first, then the related practices. */
export const CATALOG_IDS = [DELIVERY_CATALOG_ID, ...PRACTICE_IDS] as const;
export type CatalogId = (typeof CATALOG_IDS)[number];

/** The answer levels: the four implementation levels, plus NA (not applicable, justified). */
export const ANSWER_LEVELS = [...LEVELS, 'NA'] as const;
export type AnswerLevel = (typeof ANSWER_LEVELS)[number];

/** The levels an improvement can aim at. */
export const TARGET_LEVELS = ['P', 'L', 'F'] as const;
export type TargetLevel = (typeof TARGET_LEVELS)[number];

/** Progress of one improvement-plan item. */
export const PLAN_STATUSES = ['open', 'in-progress', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Who assesses whom: a supplier assessing itself, or a customer evaluating a supplier. */
export const PERSPECTIVES = ['supplier-self', 'customer-evaluation'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** A customer's verdict on one claimed answer: accepted, challenged, or more evidence requested. */
export const REVIEW_STATUSES = ['accepted', 'challenged', 'evidence-requested'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Most snapshots a file keeps; the oldest is dropped (and the user told) when another is taken. */
export const MAX_SNAPSHOTS = 20;

/**
 * Largest assessment file the browser reads (the questionnaire's import and the report's "open a file"); it is
 * checked before the file is read. An assessment of the whole catalog with long notes is well under 1 MB.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
