/**
 * Comparing 2–10 candidate assessments of one catalog, side by side. Nothing is scored here that the engine
 * does not already score: each candidate is scored by `scoreAssessment` and summarised by `toScoreSummary`,
 * exactly as `assess score FILE --format json` prints it, once on its own scope and once with its scope set to
 * the common scope (the intersection of every candidate's contents and modes), so candidates are compared on
 * the same elements.
 *
 * What this module adds is arrangement: the best candidate per row, the key-element matrix, the element
 * differences, and the customer's "fit" ranking. The fit is the portal's own measure from the customer's
 * priorities, never the standard's score; with equal priorities it equals the overall score (see `fitScore`).
 * Pure: no DOM, Node or `astro:*`.
 */
import type { Assessment, AnswerLevel, CatalogId } from './assessment-schema.ts';
import { catalogIdOf, describeCatalogId, indexCatalog, type EngineCatalog } from './catalog-index.ts';
import { roundScore, toScoreSummary, type ScoreSummary } from './score-summary.ts';
import { buildPlan } from './plan.ts';
import {
  MAX_POINTS,
  POINTS,
  scoreAssessment,
  type AssessedParty,
  type AssessmentResult,
  type ElementScore,
  type Exclusion,
  type PartyScores,
} from './score.ts';
import { SCOPE_CONTENTS, SCOPE_MODES, type Scope } from './scope.ts';
import { itemAt } from './invariant.ts';

/** How many candidates a comparison takes. */
export const COMPARE_LIMITS = { min: 2, max: 10 } as const;

/** One candidate to compare: the assessment and where it came from (a file name, or a title in the browser). */
export interface CompareInput {
  file: string;
  assessment: Assessment;
}

/** Why a set of assessments cannot be compared. */
export type CompareProblem =
  | { code: 'too-few'; count: number }
  | { code: 'too-many'; count: number }
  | {
      code: 'different-catalogs';
      first: { file: string; catalog: CatalogId };
      other: { file: string; catalog: CatalogId };
    };

/** The problem in words (English, for the CLI and for errors); a UI translates `problem` itself. */
export function describeCompareProblem(problem: CompareProblem): string {
  switch (problem.code) {
    case 'too-few':
      return `at least ${COMPARE_LIMITS.min} assessments are needed to compare, got ${problem.count}`;
    case 'too-many':
      return `at most ${COMPARE_LIMITS.max} assessments can be compared at once, got ${problem.count}`;
    case 'different-catalogs':
      return `${problem.first.file} is an assessment of ${describeCatalogId(problem.first.catalog)} but ${problem.other.file} is one of ${describeCatalogId(problem.other.catalog)}; only assessments of the same catalog can be compared`;
  }
}

/** Thrown by `compareAssessments` when the assessments cannot be compared. */
export class CompareError extends Error {
  readonly problem: CompareProblem;
  constructor(problem: CompareProblem) {
    super(describeCompareProblem(problem));
    this.name = 'CompareError';
    this.problem = problem;
  }
}

/** Why these assessments cannot be compared against this catalog, or undefined when they can. */
export function compareProblem(catalog: EngineCatalog, inputs: readonly CompareInput[]): CompareProblem | undefined {
  const first = inputs[0];
  if (first === undefined || inputs.length < COMPARE_LIMITS.min) return { code: 'too-few', count: inputs.length };
  if (inputs.length > COMPARE_LIMITS.max) return { code: 'too-many', count: inputs.length };
  const other = inputs.find((i) => i.assessment.catalog !== first.assessment.catalog);
  if (other) {
    return {
      code: 'different-catalogs',
      first: { file: first.file, catalog: first.assessment.catalog },
      other: { file: other.file, catalog: other.assessment.catalog },
    };
  }
  const id = catalogIdOf(catalog);
  if (first.assessment.catalog !== id) {
    // The assessments agree with each other but not with the catalog given: name the catalog as the other side.
    return {
      code: 'different-catalogs',
      first: { file: first.file, catalog: first.assessment.catalog },
      other: { file: `the catalog ${id}`, catalog: id },
    };
  }
  return undefined;
}

/** The contents and modes every scope has (in catalog order). */
export function commonScopeOf(scopes: readonly Scope[]): Scope {
  return {
    contents: SCOPE_CONTENTS.filter((c) => scopes.every((s) => s.contents.includes(c))),
    modes: SCOPE_MODES.filter((m) => scopes.every((s) => s.modes.includes(m))),
  };
}

/** What a scope covers beyond another (contents and modes of `scope` not in `base`). */
export function scopeBeyond(scope: Scope, base: Scope): Scope {
  return {
    contents: scope.contents.filter((c) => !base.contents.includes(c)),
    modes: scope.modes.filter((m) => !base.modes.includes(m)),
  };
}

const sameScope = (a: Scope, b: Scope) => a.contents.join() === b.contents.join() && a.modes.join() === b.modes.join();

/** A candidate as the engine scores it: the result and the summary `assess score --format json` prints. */
interface CandidateView {
  /** The scope it was scored on. */
  scope: Scope;
  result: AssessmentResult;
  summary: ScoreSummary;
}

interface Candidate {
  /** Where it came from: a file name, or a title for a browser's saved assessment. */
  file: string;
  assessment: Assessment;
  /** Scored on its own scope. */
  own: CandidateView;
  /** Scored with its scope set to the common scope. */
  common: CandidateView;
  /** What its own scope covers beyond the common scope (empty when it is the common scope). */
  beyondCommon: Scope;
}

export interface Comparison {
  catalog: EngineCatalog;
  candidates: Candidate[];
  /** The intersection of the candidates' scopes. */
  commonScope: Scope;
  /** Whether every candidate has the same scope (then the common-scope view equals the own-scope view). */
  sameScope: boolean;
}

/** Which scoring of the candidates a view shows. */
export type ScopeView = 'own' | 'common';

function view(catalog: EngineCatalog, assessment: Assessment): CandidateView {
  const result = scoreAssessment(catalog, assessment);
  return { scope: assessment.scope, result, summary: toScoreSummary(result, buildPlan(catalog, assessment, result)) };
}

/**
 * Scores every candidate on its own scope and on the common scope. Throws a CompareError when there are fewer
 * than 2 or more than 10, or when they are not all assessments of `catalog`.
 */
export function compareAssessments(catalog: EngineCatalog, inputs: readonly CompareInput[]): Comparison {
  const problem = compareProblem(catalog, inputs);
  if (problem) throw new CompareError(problem);
  const commonScope = commonScopeOf(inputs.map((i) => i.assessment.scope));
  const candidates = inputs.map(({ file, assessment }): Candidate => {
    const own = view(catalog, assessment);
    const common = sameScope(assessment.scope, commonScope)
      ? own
      : view(catalog, { ...assessment, scope: commonScope });
    return { file, assessment, own, common, beyondCommon: scopeBeyond(assessment.scope, commonScope) };
  });
  return {
    catalog,
    candidates,
    commonScope,
    sameScope: inputs.every((i) => sameScope(i.assessment.scope, commonScope)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The machine-readable comparison (`assess compare --format json`)

/** One candidate as `compare` prints it: each field exactly as `score FILE --format json` prints it. */
interface CandidateSummary extends Pick<ScoreSummary, 'overall' | 'chapters' | 'clauses' | 'customerReadiness'> {
  file: string;
  subject: string;
}

export interface CompareSummary {
  assessments: CandidateSummary[];
  commonScope: Scope;
  /** Per assessment, the same fields with its scope set to the common scope. */
  common: CandidateSummary[];
}

const candidateSummary = (c: Candidate, v: CandidateView): CandidateSummary => ({
  file: c.file,
  subject: c.assessment.subject,
  overall: v.summary.overall,
  chapters: v.summary.chapters,
  clauses: v.summary.clauses,
  customerReadiness: v.summary.customerReadiness,
});

export function toCompareSummary(comparison: Comparison): CompareSummary {
  return {
    assessments: comparison.candidates.map((c) => candidateSummary(c, c.own)),
    commonScope: { contents: [...comparison.commonScope.contents], modes: [...comparison.commonScope.modes] },
    common: comparison.candidates.map((c) => candidateSummary(c, c.common)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Scores side by side, with the best of each row

/**
 * The candidates (by index) with the highest score of a row, compared as shown (rounded to 2 decimals) so a
 * tie on screen is a tie here. Candidates without a score are never best; an empty list when none has one.
 */
export function bestOf(scores: readonly (number | null)[]): number[] {
  const rounded = scores.map(roundScore);
  const top = Math.max(...rounded.filter((s): s is number => s !== null));
  if (!Number.isFinite(top)) return [];
  return rounded.flatMap((s, i) => (s === top ? [i] : []));
}

/**
 * Standard competition ranking (1, 2, 2, 4) of scores rounded as shown, highest first; null scores are not
 * ranked (null rank).
 */
export function rankOf(scores: readonly (number | null)[]): (number | null)[] {
  const rounded = scores.map(roundScore);
  return rounded.map((s) => (s === null ? null : 1 + rounded.filter((o) => o !== null && o > s).length));
}

/** One row of scores: a chapter, a clause, the overall score or customer readiness, one score per candidate. */
export interface ScoreRow {
  number: string;
  /** Unrounded, as the engine computes them; null when nothing of the row is applicable. */
  scores: (number | null)[];
  /** Indices of the best candidates. */
  best: number[];
}

const row = (number: string, scores: (number | null)[]): ScoreRow => ({ number, scores, best: bestOf(scores) });

/** The candidates' scores in one view: overall, customer readiness, each chapter and clause, best marked. */
export function scoreRows(comparison: Comparison, scopeView: ScopeView, party: AssessedParty = 'supplier') {
  const parties = comparison.candidates.map((c) => c[scopeView].result[party]);
  // Every candidate is scored against the same catalog, so the first one's chapters and clauses are everyone's.
  const first = itemAt(parties, 0);
  return {
    overall: row(
      'overall',
      parties.map((p) => p.overall.score),
    ),
    customerReadiness: row(
      'customer',
      comparison.candidates.map((c) => c[scopeView].result.customer.overall.score),
    ),
    chapters: Object.keys(first.chapters).map((n) =>
      row(
        n,
        parties.map((p) => p.chapters[n]?.score ?? null),
      ),
    ),
    clauses: Object.keys(first.clauses).map((n) =>
      row(
        n,
        parties.map((p) => p.clauses[n]?.score ?? null),
      ),
    ),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Elements side by side

/**
 * How a key element stands for the grade: `met` at L or F, `partial` at P (blocks "conformant"), `failed` at N
 * or unanswered (blocks "largely conformant" too), `excluded` when it does not count.
 */
type KeyState = 'met' | 'partial' | 'failed' | 'excluded';

export interface ElementCell {
  /** The level answered; null when unanswered. */
  level: AnswerLevel | null;
  applicable: boolean;
  answered: boolean;
  exclusion: Exclusion | null;
  /** Standing of the element for the grade (meaningful for key elements). */
  state: KeyState;
}

export interface ElementRow {
  id: string;
  clause: string;
  chapter: string;
  party: AssessedParty;
  key: boolean;
  /** One cell per candidate. */
  cells: ElementCell[];
  /** Whether the candidates' answers differ (level, unanswered or why it does not count). */
  differs: boolean;
}

function cellOf(e: ElementScore): ElementCell {
  const state: KeyState = !e.applicable
    ? 'excluded'
    : !e.answered || e.points === POINTS.N
      ? 'failed'
      : e.points === POINTS.P
        ? 'partial'
        : 'met';
  return { level: e.level, applicable: e.applicable, answered: e.answered, exclusion: e.exclusion, state };
}

/** What makes two cells the same answer. */
const cellKey = (c: ElementCell) => (c.exclusion ? `x:${c.exclusion}` : c.answered ? c.level : 'none');

/** Every requirement element (supplier and customer, in catalog order) with each candidate's answer. */
export function elementRows(comparison: Comparison, scopeView: ScopeView = 'own'): ElementRow[] {
  const results = comparison.candidates.map((c) => c[scopeView].result);
  // One catalog for all, so every result lists the same elements in the same order.
  return itemAt(results, 0).elements.map((e, i) => {
    const cells = results.map((r) => cellOf(itemAt(r.elements, i)));
    return {
      id: e.id,
      clause: e.clause,
      chapter: e.chapter,
      party: e.party,
      key: e.key,
      cells,
      differs: new Set(cells.map(cellKey)).size > 1,
    };
  });
}

/** The key-element matrix: key element × candidate, with each one's standing for the grade. */
export const keyElementMatrix = (comparison: Comparison, scopeView: ScopeView = 'own') =>
  elementRows(comparison, scopeView).filter((r) => r.key);

/** Filters of the element differences. */
export interface DifferenceFilter {
  /** Only elements whose answers differ between candidates. */
  onlyDiffering?: boolean;
  /** Only key elements. */
  onlyKey?: boolean;
  /** Only the elements of this clause; all clauses when absent or empty. */
  clause?: string;
}

export const filterElementRows = (rows: readonly ElementRow[], filter: DifferenceFilter): ElementRow[] =>
  rows.filter(
    (r) =>
      (!filter.onlyDiffering || r.differs) &&
      (!filter.onlyKey || r.key) &&
      (!filter.clause || r.clause === filter.clause),
  );

// ---------------------------------------------------------------------------------------------------------------
// Fit: the customer's priorities (the portal's own measure, not the standard's score)

/** Whether priorities are given per chapter or per clause. */
export type PriorityBasis = 'chapter' | 'clause';

/** Importance a customer can give a chapter or clause: 0 leaves it out, 1 is normal, up to 5. */
export const PRIORITY_VALUES = [0, 1, 2, 3, 4, 5] as const;
/** The importance of anything not given one. */
export const DEFAULT_PRIORITY = 1;

export interface Priorities {
  basis: PriorityBasis;
  /** Importance u by chapter or clause number; DEFAULT_PRIORITY when absent. Whole numbers 0–5. */
  weights: Readonly<Record<string, number>>;
}

export const EQUAL_PRIORITIES: Priorities = { basis: 'chapter', weights: {} };

/** The formula of the fit, as shown next to it. */
export const FIT_FORMULA = 'fit = 100 × Σᵤ u·Σ(w·p)ᵤ / (3 × Σᵤ u·Σwᵤ)';

/** An importance as used: a whole number from 0 to 5 (anything else falls back to the nearest allowed value). */
export function priorityOf(priorities: Priorities, unit: string): number {
  const raw = (Object.hasOwn(priorities.weights, unit) ? priorities.weights[unit] : undefined) ?? DEFAULT_PRIORITY;
  if (!Number.isFinite(raw)) return DEFAULT_PRIORITY;
  return Math.min(5, Math.max(0, Math.round(raw)));
}

export interface FitScore {
  /** The fit, 0–100 (not rounded); null when no weighted unit has an applicable element. */
  fit: number | null;
  /** Σᵤ u·Σ(w·p)ᵤ */
  weightedPoints: number;
  /** Σᵤ u·Σwᵤ */
  weightTotal: number;
}

/**
 * The fit of one party's scores to the customer's priorities: each chapter (or clause) u counts with its
 * importance, over the same weighted points the standard's formula uses:
 * fit = 100 × Σᵤ u·Σ(w·p)ᵤ / (3 × Σᵤ u·Σwᵤ). Chapters (and clauses) split the elements, so with every u equal
 * the fit is exactly the overall score. Importances are whole numbers, so the sums stay exact integers.
 */
export function fitScore(scores: PartyScores, priorities: Priorities): FitScore {
  const units = priorities.basis === 'chapter' ? scores.chapters : scores.clauses;
  let weightedPoints = 0;
  let weightTotal = 0;
  for (const [unit, set] of Object.entries(units)) {
    const u = priorityOf(priorities, unit);
    weightedPoints += u * set.weightedPoints;
    weightTotal += u * set.weightTotal;
  }
  return {
    fit: weightTotal === 0 ? null : (100 * weightedPoints) / (MAX_POINTS * weightTotal),
    weightedPoints,
    weightTotal,
  };
}

export interface FitRow extends FitScore {
  /** Index of the candidate. */
  index: number;
  /** Rank by fit (1 = best fit); null without a fit. */
  rank: number | null;
  /** The standard's overall score in the same view, for comparison. */
  overall: number | null;
  /** Rank by the overall score. */
  overallRank: number | null;
}

/**
 * The fit ranking of the candidates, on the common scope by default (so every candidate is weighed on the same
 * elements). Listed best fit first; candidates of equal rounded fit share a rank and keep their order.
 */
export function fitRanking(comparison: Comparison, priorities: Priorities, scopeView: ScopeView = 'common'): FitRow[] {
  const fits = comparison.candidates.map((c) => fitScore(c[scopeView].result.supplier, priorities));
  const overall = comparison.candidates.map((c) => c[scopeView].result.supplier.overall.score);
  const ranks = rankOf(fits.map((f) => f.fit));
  const overallRanks = rankOf(overall);
  return fits
    .map((f, index) => ({
      ...f,
      index,
      rank: itemAt(ranks, index),
      overall: itemAt(overall, index),
      overallRank: itemAt(overallRanks, index),
    }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.index - b.index);
}

/** Whether every chapter or clause has the same importance (then the fit is the overall score). */
export function prioritiesAreEqual(catalog: EngineCatalog, priorities: Priorities): boolean {
  const index = indexCatalog(catalog);
  const units =
    priorities.basis === 'chapter' ? index.chapters.map((c) => c.number) : index.chapters.flatMap((c) => c.clauses);
  return new Set(units.map((u) => priorityOf(priorities, u))).size <= 1;
}
