/**
 * The improvement plan: every applicable element with a gap, key elements first, then larger gaps, then
 * catalog order. Items are computed from the answers; the user's owner, due date and status come from the
 * assessment's `plan` edits and survive re-scoring.
 */
import type { Level, LocalizedText } from '../catalog/schema.ts';
import type { Assessment, PlanStatus } from './assessment-schema.ts';
import { indexCatalog, type EngineCatalog } from './catalog-index.ts';
import { POINTS, scoreAssessment, type AssessedParty, type AssessmentResult, type ElementScore } from './score.ts';
import { valueAt } from './invariant.ts';

/** 1: key elements and anything at N or unanswered; 2: elements at P; 3: elements at L. */
export type Phase = 1 | 2 | 3;

export interface PlanItem {
  id: string;
  clause: string;
  key: boolean;
  weight: number;
  /** Current level; null when unanswered (an unjustified NA counts as unanswered). */
  level: Level | null;
  /** Level aimed at. */
  target: Level;
  phase: Phase;
  /** w × (target − p), > 0. */
  gap: number;
  /** From the catalog: the element's title, what to do and what an assessor will ask to see. */
  title: LocalizedText;
  guidance: LocalizedText[];
  evidence: LocalizedText[];
  /** From the assessment's plan edits. */
  owner?: string;
  due?: string;
  status: PlanStatus;
}

/** The phase of an element with a gap. */
export function phaseOf(el: Pick<ElementScore, 'key' | 'answered' | 'points'>): Phase {
  if (el.key || !el.answered || el.points === POINTS.N) return 1;
  return el.points === POINTS.P ? 2 : 3;
}

/** Key first, then larger gap, then catalog order. */
function comparePlanItems(order: ReadonlyMap<string, number>) {
  return (a: Pick<PlanItem, 'id' | 'key' | 'gap'>, b: Pick<PlanItem, 'id' | 'key' | 'gap'>) =>
    Number(b.key) - Number(a.key) || b.gap - a.gap || valueAt(order, a.id) - valueAt(order, b.id);
}

/**
 * The improvement plan of one party (the supplier's unless asked otherwise): customer gaps never enter the
 * supplier's plan. Pass `result` when the assessment has already been scored.
 */
export function buildPlan(
  catalog: EngineCatalog,
  assessment: Assessment,
  result: AssessmentResult = scoreAssessment(catalog, assessment),
  party: AssessedParty = 'supplier',
): PlanItem[] {
  const index = indexCatalog(catalog);
  const items = result.elements
    .filter((e) => e.applicable)
    .filter((e) => e.party === party && e.gap > 0)
    .map((e): PlanItem => {
      const el = valueAt(index.byId, e.id);
      const edit = Object.hasOwn(assessment.plan, e.id) ? assessment.plan[e.id] : undefined;
      return {
        id: e.id,
        clause: e.clause,
        key: e.key,
        weight: e.weight,
        level: e.answered ? (e.level as Level) : null,
        target: e.target,
        phase: phaseOf(e),
        gap: e.gap,
        title: el.title,
        guidance: el.guidance,
        evidence: el.evidence,
        ...(edit?.owner !== undefined && { owner: edit.owner }),
        ...(edit?.due !== undefined && { due: edit.due }),
        status: edit?.status ?? 'open',
      };
    });
  return items.sort(comparePlanItems(index.order));
}
