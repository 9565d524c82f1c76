/**
 * The machine-readable score summary (`assess score --format json`, the compare and history views): supplier scores,
 * customer readiness and the plan, rounded to 2 decimals. Pure.
 */
import type { Phase, PlanItem } from './plan.ts';
import type { AssessmentResult, Grade, SetScore } from './score.ts';

/** A score rounded to 2 decimals, or null. */
export function roundScore(score: number): number;
export function roundScore(score: number | null): number | null;
export function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100) / 100;
}

export interface ScoreSummary {
  /** The catalog scored against: `gbt28827.2` or a related practice, and its version. */
  catalog: { id: string; version: string };
  overall: { score: number | null; grade: Grade | null; provisional: boolean; completeness: number };
  chapters: Record<string, { score: number | null; applicable: number; answered: number }>;
  clauses: Record<string, { score: number | null; applicable: number; answered: number }>;
  elements: Record<string, { points: number | null; applicable: boolean; gap: number | null }>;
  customerReadiness: { score: number | null; completeness: number };
  plan: { id: string; phase: Phase; gap: number }[];
}

const setSummary = (s: SetScore) => ({ score: roundScore(s.score), applicable: s.applicable, answered: s.answered });
const mapValues = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

/** The machine-readable result (`assess score --format json`): supplier scores, customer readiness, the plan. */
export function toScoreSummary(result: AssessmentResult, plan: readonly PlanItem[]): ScoreSummary {
  const { overall } = result.supplier;
  return {
    catalog: { ...result.catalog },
    overall: {
      score: roundScore(overall.score),
      grade: overall.grade,
      provisional: overall.provisional,
      completeness: overall.completeness,
    },
    chapters: mapValues(result.supplier.chapters, setSummary),
    clauses: mapValues(result.supplier.clauses, setSummary),
    elements: Object.fromEntries(
      result.elements.map((e) => [e.id, { points: e.points, applicable: e.applicable, gap: e.gap }]),
    ),
    customerReadiness: {
      score: roundScore(result.customer.overall.score),
      completeness: result.customer.overall.completeness,
    },
    plan: plan.map((item) => ({ id: item.id, phase: item.phase, gap: item.gap })),
  };
}
