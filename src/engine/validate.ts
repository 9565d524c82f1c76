/**
 * Checks an assessment against the catalog: what the file's schema cannot know (which IDs exist, which can be
 * answered, which clauses are in scope). Every issue names the field and the element.
 */
import { practiceOfElementId, type Level } from '../catalog/locales.ts';
import { DELIVERY_CATALOG_ID } from './assessment-constants.ts';
import { parseAssessment, type Assessment, type Migration } from './assessment-schema.ts';
import {
  catalogIdOf,
  catalogMismatch,
  describeCatalogId,
  indexCatalog,
  isAnswerable,
  isClauseInScopeOf,
  type EngineCatalog,
} from './catalog-index.ts';
import { hasErrors, type AssessmentIssue } from './issues.ts';
import { RESULT_CLAUSE_OF_CONTENT } from './scope.ts';
import { POINTS } from './score.ts';
import { valueAt } from './invariant.ts';

const CODES = {
  answers: { unknown: 'unknown-element', notAnswerable: 'not-answerable' },
  plan: { unknown: 'plan-unknown-element', notAnswerable: 'plan-not-answerable' },
  review: { unknown: 'review-unknown-element', notAnswerable: 'review-not-answerable' },
} as const;

function elementProblem(
  catalog: EngineCatalog,
  field: 'answers' | 'plan' | 'review',
  id: string,
): AssessmentIssue | undefined {
  const el = indexCatalog(catalog).byId.get(id);
  const path = field === 'review' ? `review.elements.${id}` : `${field}.${id}`;
  if (!el) {
    const own = catalogIdOf(catalog);
    const other = practiceOfElementId(id) ?? DELIVERY_CATALOG_ID;
    return {
      severity: 'error',
      code: CODES[field].unknown,
      path,
      elementId: id,
      message:
        other === own
          ? `unknown element ${id} (not in the ${describeCatalogId(own)} catalog ${catalog.structure.version})`
          : `${id} is an element of ${describeCatalogId(other)}, not of ${describeCatalogId(own)}`,
    };
  }
  if (!isAnswerable(el)) {
    const what =
      el.kind === 'sub-item'
        ? `${id} is a sub-item judged as part of ${el.parent}; answer ${el.parent} instead`
        : `${id} is an informative note and cannot be answered`;
    return {
      severity: 'error',
      code: CODES[field].notAnswerable,
      path,
      elementId: id,
      message: what,
    };
  }
  return undefined;
}

/** Problems of a well-formed assessment with respect to a catalog, errors and warnings, in file order. */
export function validateAssessment(catalog: EngineCatalog, assessment: Assessment): AssessmentIssue[] {
  const mismatch = catalogMismatch(catalog, assessment);
  // Nothing else can be judged against the wrong catalog: every answer would be "unknown".
  if (mismatch) return [{ severity: 'error', code: 'catalog-mismatch', path: 'catalog', message: mismatch }];
  const issues: AssessmentIssue[] = [];
  const version = catalog.structure.version;
  const isDelivery = assessment.catalog === DELIVERY_CATALOG_ID;
  if (assessment.catalogVersion !== version) {
    issues.push({
      severity: 'warning',
      code: 'catalog-version-differs',
      path: 'catalogVersion',
      message: `answers were given against the ${describeCatalogId(assessment.catalog)} catalog ${assessment.catalogVersion}; this catalog is ${version}`,
    });
  }
  if (isDelivery && assessment.scope.contents.length === 0) {
    issues.push({
      severity: 'warning',
      code: 'empty-scope',
      path: 'scope.contents',
      message: `no delivery content in scope: chapter 6 and ${Object.values(RESULT_CLAUSE_OF_CONTENT).join(', ')} are not assessed`,
    });
  }
  if (isDelivery && assessment.scope.modes.length === 0) {
    issues.push({
      severity: 'warning',
      code: 'empty-scope',
      path: 'scope.modes',
      message: 'no delivery mode in scope: chapter 7 is not assessed',
    });
  }
  if (Date.parse(assessment.updated) < Date.parse(assessment.created)) {
    issues.push({
      severity: 'warning',
      code: 'dates-reversed',
      path: 'updated',
      message: `${assessment.updated} is before created ${assessment.created}`,
    });
  }

  const index = indexCatalog(catalog);
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const problem = elementProblem(catalog, 'answers', id);
    if (problem) {
      issues.push(problem);
      continue;
    }
    const el = valueAt(index.byId, id);
    const path = `answers.${id}`;
    if (answer.level === 'NA' && answer.justification === undefined) {
      issues.push({
        severity: 'error',
        code: 'na-without-justification',
        path: `${path}.justification`,
        elementId: id,
        message: `${id} is answered NA (not applicable) without a justification`,
      });
    }
    if (answer.level === 'NA' && answer.target !== undefined) {
      issues.push({
        severity: 'warning',
        code: 'target-on-na',
        path: `${path}.target`,
        elementId: id,
        message: `${id} is answered NA, so its target ${answer.target} is ignored`,
      });
    } else if (
      answer.target !== undefined &&
      answer.level !== 'NA' &&
      POINTS[answer.target] < POINTS[answer.level as Level]
    ) {
      issues.push({
        severity: 'warning',
        code: 'target-not-above-level',
        path: `${path}.target`,
        elementId: id,
        message: `${id} has target ${answer.target} below its level ${answer.level}; it needs no improvement`,
      });
    }
    if (!isClauseInScopeOf(catalog, assessment.scope, el.clause)) {
      issues.push({
        severity: 'warning',
        code: 'answer-out-of-scope',
        path,
        elementId: id,
        message: `${id} is answered but clause ${el.clause} is out of scope; the answer is kept and not scored`,
      });
    }
  }
  for (const id of Object.keys(assessment.plan)) {
    const problem = elementProblem(catalog, 'plan', id);
    if (problem) issues.push(problem);
  }
  for (const id of Object.keys(assessment.review?.elements ?? {})) {
    const problem = elementProblem(catalog, 'review', id);
    if (problem) issues.push(problem);
  }
  return issues;
}

export type CheckResult =
  | { success: true; assessment: Assessment; issues: AssessmentIssue[]; migratedFrom?: number }
  | { success: false; issues: AssessmentIssue[] };

/**
 * Everything an importer needs in one call: migrate, check the shape, then check against the catalog.
 * `success` is false when any issue is an error; warnings come back either way.
 */
export function checkAssessment(
  catalog: EngineCatalog,
  raw: unknown,
  options: { migrations?: Readonly<Record<number, Migration>> } = {},
): CheckResult {
  const parsed = parseAssessment(raw, options);
  if (!parsed.success) return parsed;
  const issues = validateAssessment(catalog, parsed.assessment);
  if (hasErrors(issues)) return { success: false, issues };
  return { ...parsed, issues };
}
