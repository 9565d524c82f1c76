/**
 * Creating and changing assessments without mutating them, so a UI model can keep the previous value and any
 * caller gets a valid, canonical assessment back.
 */
import { DELIVERY_CATALOG_ID, SCHEMA_VERSION, type CatalogId, type Perspective } from './assessment-constants.ts';
import {
  AnswerSchema,
  AssessmentSchema,
  PlanEditSchema,
  type AnswerInput,
  type Assessment,
  type PlanEdit,
} from './assessment-schema.ts';
import { FULL_SCOPE, type Scope } from './scope.ts';

export interface NewAssessment {
  /** Which catalog the assessment is for; the delivery standard when absent. */
  catalog?: CatalogId;
  /** `structure.version` of the catalog in use. */
  catalogVersion: string;
  title: string;
  subject: string;
  assessor?: string;
  perspective: Perspective;
  /** Everything in scope when absent (and always for a related practice, which has no scope to choose). */
  scope?: Scope;
  /** Creation time; now when absent. */
  now?: Date;
}

/** A new, empty assessment of the current schema version. Throws a ZodError if a field is invalid (e.g. empty title). */
export function createAssessment(init: NewAssessment): Assessment {
  const stamp = (init.now ?? new Date()).toISOString();
  return AssessmentSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    catalog: init.catalog ?? DELIVERY_CATALOG_ID,
    catalogVersion: init.catalogVersion,
    title: init.title,
    subject: init.subject,
    assessor: init.assessor ?? '',
    perspective: init.perspective,
    scope: (init.catalog ?? DELIVERY_CATALOG_ID) === DELIVERY_CATALOG_ID ? (init.scope ?? FULL_SCOPE) : FULL_SCOPE,
    created: stamp,
    updated: stamp,
    answers: {},
    plan: {},
  });
}

/** The assessment with one answer set (or removed when `answer` is undefined) and `updated` moved on. */
export function withAnswer(
  assessment: Assessment,
  elementId: string,
  answer: AnswerInput | undefined,
  now: Date = new Date(),
): Assessment {
  const answers = { ...assessment.answers };
  if (answer === undefined) delete answers[elementId];
  else answers[elementId] = AnswerSchema.parse(answer);
  return { ...assessment, answers, updated: now.toISOString() };
}

/** The assessment with the user's edits to one plan item set (or removed) and `updated` moved on. */
export function withPlanEdit(
  assessment: Assessment,
  elementId: string,
  edit: Partial<PlanEdit> | undefined,
  now: Date = new Date(),
): Assessment {
  const plan = { ...assessment.plan };
  if (edit === undefined) delete plan[elementId];
  else plan[elementId] = PlanEditSchema.parse(edit);
  return { ...assessment, plan, updated: now.toISOString() };
}

/** The assessment with another scope and `updated` moved on. Answers outside the scope are kept, not scored. */
export function withScope(assessment: Assessment, scope: Scope, now: Date = new Date()): Assessment {
  return { ...assessment, scope: AssessmentSchema.shape.scope.parse(scope), updated: now.toISOString() };
}
