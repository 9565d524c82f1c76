/**
 * How far an assessment has got, clause by clause: what the task list shows. Built on `scoreAssessment`, so
 * "answered" means what the engine means, plus justified NA answers (the user has dealt with them). An NA
 * without justification is not answered. Pure, no DOM.
 */
import { indexCatalog, isClauseInScopeOf, type EngineCatalog } from '../engine/catalog-index.ts';
import { scoreAssessment } from '../engine/score.ts';
import type { Assessment } from '../engine/assessment-schema.ts';

type ClauseStatus = 'not-started' | 'in-progress' | 'completed';

interface ClauseProgress {
  clause: string;
  chapter: string;
  inScope: boolean;
  /** Requirement elements of the clause (supplier and customer). */
  total: number;
  /** Of those, answered N/P/L/F or NA with a justification. */
  answered: number;
  /** Of those, flagged for review. */
  flagged: number;
  /** Requirement elements that count in the scores: all but those answered NA with a justification; 0 out of scope. */
  applicable: number;
  /** Of the applicable elements, those answered N, P, L or F (the report's "answered / applicable"). */
  rated: number;
  /** Null when out of scope. */
  status: ClauseStatus | null;
}

export interface AssessmentProgress {
  /** Every clause with elements, in catalog order. */
  clauses: ClauseProgress[];
  /** Over the clauses in scope. */
  total: number;
  answered: number;
  flagged: number;
  /** answered / total, 1 when nothing is in scope. */
  completeness: number;
}

export function progressOf(catalog: EngineCatalog, assessment: Assessment): AssessmentProgress {
  const index = indexCatalog(catalog);
  const result = scoreAssessment(catalog, assessment);
  const clauses: ClauseProgress[] = [];
  for (const chapter of index.chapters) {
    for (const clause of chapter.clauses) {
      const elements = result.elements.filter((e) => e.clause === clause);
      const inScope = isClauseInScopeOf(catalog, assessment.scope, clause);
      const answered = elements.filter((e) => e.answered || e.exclusion === 'not-applicable').length;
      const touched = elements.some((e) => Object.hasOwn(assessment.answers, e.id));
      const flagged = elements.filter((e) => assessment.answers[e.id]?.flagged).length;
      clauses.push({
        clause,
        chapter: chapter.number,
        inScope,
        total: elements.length,
        answered,
        flagged,
        applicable: elements.filter((e) => e.applicable).length,
        rated: elements.filter((e) => e.answered).length,
        status: !inScope ? null : answered === elements.length ? 'completed' : touched ? 'in-progress' : 'not-started',
      });
    }
  }
  const inScope = clauses.filter((c) => c.inScope);
  const total = inScope.reduce((n, c) => n + c.total, 0);
  const answered = inScope.reduce((n, c) => n + c.answered, 0);
  const flagged = inScope.reduce((n, c) => n + c.flagged, 0);
  return { clauses, total, answered, flagged, completeness: total === 0 ? 1 : answered / total };
}

/** Where one clause view stands: its place among the clauses in scope, its neighbours and its own count. */
export interface ClauseStep {
  clause: string;
  /** 1-based place among the clauses in scope; null when the clause is out of scope. */
  position: number | null;
  /** How many clauses are in scope. */
  count: number;
  /** The clauses in scope before and after it (for an out-of-scope clause: none). */
  previous: string | null;
  next: string | null;
  /** Applicable requirement elements of the clause, and how many of them are answered N, P, L or F. */
  applicable: number;
  rated: number;
  /** rated / applicable, 1 when nothing in the clause is applicable. */
  completeness: number;
}

/** The step of `clause` in an assessment's progress; null when the catalog has no such clause with elements. */
export function clauseStepOf(progress: AssessmentProgress, clause: string): ClauseStep | null {
  const found = progress.clauses.find((c) => c.clause === clause);
  if (!found) return null;
  const order = progress.clauses.filter((c) => c.inScope).map((c) => c.clause);
  const at = order.indexOf(clause);
  return {
    clause,
    position: at < 0 ? null : at + 1,
    count: order.length,
    previous: at > 0 ? (order[at - 1] ?? null) : null,
    next: at >= 0 ? (order[at + 1] ?? null) : null,
    applicable: found.applicable,
    rated: found.rated,
    completeness: found.applicable === 0 ? 1 : found.rated / found.applicable,
  };
}
