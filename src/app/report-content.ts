/**
 * What the report says beyond the scores, as pure functions of the engine's result and the assessment: the
 * elements answered not applicable with their justifications, every answer's notes and evidence, and the
 * one-page executive summary. No DOM, so each is unit-tested directly.
 */
import { POINTS, type AssessmentResult, type ElementScore, type SetScore } from '../engine/score.ts';
import type { Answer, Assessment } from '../engine/assessment-schema.ts';
import type { PlanItem } from '../engine/plan.ts';

const answerOf = (assessment: Assessment, id: string): Answer | undefined =>
  Object.hasOwn(assessment.answers, id) ? assessment.answers[id] : undefined;

/** An element answered NA with a justification (so excluded from the scores), and why. */
export interface NotApplicableRow {
  element: ElementScore;
  justification: string;
}

/** The elements excluded as not applicable, in catalog order, each with its justification. */
export function notApplicableRows(result: AssessmentResult, assessment: Assessment): NotApplicableRow[] {
  return result.elements.flatMap((element) => {
    const justification = answerOf(assessment, element.id)?.justification;
    return element.exclusion === 'not-applicable' && justification ? [{ element, justification }] : [];
  });
}

/** An answered element's notes and evidence. */
export interface AnswerDetailRow {
  element: ElementScore;
  notes?: string;
  evidence: Answer['evidence'];
  flagged: boolean;
}

/**
 * Every element whose answer has notes or evidence (flagged or not), in catalog order. Out-of-scope answers
 * are kept in the file but not reported, as they are not scored.
 */
export function answerDetailRows(result: AssessmentResult, assessment: Assessment): AnswerDetailRow[] {
  return result.elements.flatMap((element) => {
    const answer = answerOf(assessment, element.id);
    if (!answer || element.exclusion === 'out-of-scope') return [];
    if (!answer.notes && answer.evidence.length === 0) return [];
    return [
      { element, ...(answer.notes && { notes: answer.notes }), evidence: answer.evidence, flagged: answer.flagged },
    ];
  });
}

/** Plan items the executive summary lists at most. */
const SUMMARY_PLAN_ITEMS = 5;

export interface ExecutiveSummary {
  subject: string;
  scope: Assessment['scope'];
  /** The assessment date when one is recorded, else when the assessment was last changed. */
  date: string;
  /** Whether `date` is the recorded assessment date (a plain day) rather than the last change (a timestamp). */
  dateRecorded: boolean;
  overall: AssessmentResult['supplier']['overall'];
  /** Supplier chapter scores in catalog order. */
  chapters: [number: string, score: SetScore][];
  /** Applicable key elements below L (at P, N or unanswered): each keeps the grade from 符合/conformant. */
  keyFailures: ElementScore[];
  /** The first items of the plan (key first, then larger gap). */
  topPlan: PlanItem[];
  /** How many plan items there are in all. */
  planCount: number;
}

/** The one-page summary at the top of the report: who, what, when, the result and what to do first. */
export function executiveSummary(
  assessment: Assessment,
  result: AssessmentResult,
  plan: readonly PlanItem[],
  planItems = SUMMARY_PLAN_ITEMS,
): ExecutiveSummary {
  return {
    subject: assessment.subject,
    scope: assessment.scope,
    date: assessment.date ?? assessment.updated,
    dateRecorded: assessment.date !== undefined,
    overall: result.supplier.overall,
    chapters: Object.entries(result.supplier.chapters).filter(([, s]) => s.applicable > 0),
    keyFailures: result.elements.filter(
      (e) => e.party === 'supplier' && e.key && e.applicable && (!e.answered || e.points < POINTS.L),
    ),
    topPlan: plan.slice(0, planItems),
    planCount: plan.length,
  };
}
