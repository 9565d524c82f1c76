/**
 * The worked example of the "how scoring works" page, computed from an example assessment by the engine at
 * build time, so the page's numbers can never drift from the method. Pure: takes the catalog and the file.
 */
import { buildPlan, type Phase } from '../engine/plan.ts';
import { checkAssessment } from '../engine/validate.ts';
import { GRADE_THRESHOLDS, MAX_POINTS, POINTS, scoreAssessment } from '../engine/score.ts';
import { isClauseInScope } from '../engine/scope.ts';
import type { EngineCatalog } from '../engine/catalog-index.ts';

export function scoringExample(catalog: EngineCatalog, raw: unknown, clause: string) {
  const checked = checkAssessment(catalog, raw);
  if (!checked.success) {
    throw new Error(
      `the scoring example is not a valid assessment: ${checked.issues.map((i) => i.message).join('; ')}`,
    );
  }
  const { assessment } = checked;
  const result = scoreAssessment(catalog, assessment);
  const plan = buildPlan(catalog, assessment, result);
  const supplier = result.elements.filter((e) => e.party === 'supplier');
  const overall = result.supplier.overall;

  const clauseElements = result.elements.filter((e) => e.clause === clause);
  const clauseScore = result.supplier.clauses[clause];
  if (!clauseScore) throw new Error(`the scoring example names clause ${clause}, which the catalog does not have`);
  const allClauses = catalog.structure.chapters.flatMap((c) => c.clauses.map((cl) => cl.number));
  const outOfScope = allClauses.filter((n) => !isClauseInScope(assessment.scope, n));

  // A chapter whose score differs from the mean of its clause scores shows why means of means are not used.
  const chapterVsMean = Object.entries(result.supplier.chapters)
    .map(([number, chapter]) => {
      const clauses = catalog.structure.chapters.find((c) => c.number === number)?.clauses ?? [];
      const scores = clauses
        .map((cl) => result.supplier.clauses[cl.number]?.score ?? null)
        .filter((s): s is number => s !== null);
      const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
      return { number, score: chapter.score, mean };
    })
    .find((c) => c.score !== null && c.mean !== null && Math.abs(c.score - c.mean) >= 0.01);

  const keys = supplier.filter((e) => e.applicable).filter((e) => e.key);
  const keysBelowL = keys.filter((k) => !k.answered || k.points < POINTS.L).length;
  const keysAtN = keys.filter((k) => !k.answered || k.points === POINTS.N).length;
  const score = overall.score ?? 0;
  const phaseCount = (phase: Phase) => plan.filter((i) => i.phase === phase).length;

  return {
    assessment,
    result,
    clause: {
      number: clause,
      score: clauseScore,
      elements: clauseElements,
      excluded: clauseElements
        .filter((e) => e.party === 'supplier' && e.exclusion === 'not-applicable')
        .map((e) => e.id),
      customer: clauseElements.filter((e) => e.party === 'customer').map((e) => e.id),
    },
    outOfScope: {
      clauses: outOfScope,
      elements: supplier.filter((e) => e.exclusion === 'out-of-scope').length,
    },
    overall,
    maxWeightedPoints: MAX_POINTS * overall.weightTotal,
    chapterVsMean,
    unanswered: supplier.filter((e) => e.applicable && !e.answered).map((e) => e.id),
    /** Why the grade is what it is: the conditions of the grades above it that fail. */
    grade: {
      below85: score < GRADE_THRESHOLDS.conformant,
      below60: score < GRADE_THRESHOLDS.largely,
      keysBelowL,
      keysAtN,
    },
    customer: { ...result.customer.overall, maxWeightedPoints: MAX_POINTS * result.customer.overall.weightTotal },
    plan,
    /** Number of plan items in each phase. */
    phases: { 1: phaseCount(1), 2: phaseCount(2), 3: phaseCount(3) },
  };
}
