/**
 * Assessor calibration: how closely trainees' answers agree with a training case's instructor key, and where a
 * class disagrees with it. This is the portal's training method, not part of GB/T 28827.2.
 *
 * The elements compared are the ones the key answers (its case's scope). Per trainee, an element is
 * - *compared* when both the key and the trainee rated it N, P, L or F;
 * - *excluded as NA* when the key marked it not applicable (whatever the trainee did), or the trainee did;
 * - *excluded as unanswered* when the key rated it and the trainee has not answered it.
 * Exact agreement, agreement within one level and the quadratically weighted Cohen's kappa are taken over the
 * compared elements only. Pure: no DOM, Node or `astro:*`.
 */
import { LEVELS } from '../catalog/locales.ts';
import type { AnswerLevel, Assessment, CatalogId } from './assessment-schema.ts';
import { describeCatalogId, indexCatalog, type EngineCatalog } from './catalog-index.ts';
import { valueAt } from './invariant.ts';

/** One of the four implementation levels, the ordinal scale the kappa is taken on (N = 0 … F = 3). */
export type RatedLevel = (typeof LEVELS)[number];

const RANK = { N: 0, P: 1, L: 2, F: 3 } as const satisfies Record<RatedLevel, number>;

const isRated = (level: AnswerLevel | null | undefined): level is RatedLevel =>
  level === 'N' || level === 'P' || level === 'L' || level === 'F';

/**
 * Cohen's kappa with quadratic weights between two raters over the same items, each pair `[a, b]` being the two
 * raters' levels of one item:
 *
 *   κ = 1 − Σ w_ij·O_ij / Σ w_ij·E_ij,  w_ij = (i − j)² / (k − 1)²,  E_ij = row_i · col_j / n
 *
 * (Cohen 1968; O the observed counts, E the counts expected from the two raters' margins). Computed in whole
 * numbers, so "no expected disagreement" is exact. Null when it is undefined: no pairs, or both raters gave every
 * item one and the same level (no variation to agree about: 0/0). A rater who gives one level throughout while
 * the other varies gets 0: agreement no better than chance. Symmetric in the two raters; between −1 and 1.
 */
export function quadraticKappa(pairs: readonly (readonly [RatedLevel, RatedLevel])[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const rows: [number, number, number, number] = [0, 0, 0, 0];
  const cols: [number, number, number, number] = [0, 0, 0, 0];
  let observed = 0;
  for (const [a, b] of pairs) {
    const i = RANK[a];
    const j = RANK[b];
    rows[i] += 1;
    cols[j] += 1;
    observed += (i - j) ** 2;
  }
  let expected = 0;
  for (const [i, row] of rows.entries()) for (const [j, col] of cols.entries()) expected += (i - j) ** 2 * row * col;
  if (expected === 0) return null;
  // Σ w·O / Σ w·E with E = row·col / n: the common factor (k − 1)² cancels.
  return 1 - (n * observed) / expected;
}

/** A value rounded to 4 decimals (as the CLI prints it), or null. Never −0. */
export function round4(value: number): number;
export function round4(value: number | null): number | null;
export function round4(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10_000) / 10_000 + 0;
}

/** One file to calibrate: the assessment and where it came from (a file name in the CLI and the browser). */
export interface AgreementInput {
  file: string;
  assessment: Assessment;
}

/** Why a key and trainee files cannot be calibrated together. */
export type AgreementProblem =
  | { code: 'not-a-key'; file: string }
  | { code: 'no-trainees' }
  | { code: 'other-catalog'; file: string; catalog: CatalogId; keyCatalog: CatalogId }
  | { code: 'other-case'; file: string; case: string; keyCase: string | undefined };

/** The problem in English (the CLI; a UI translates `problem.code` itself). */
export function describeAgreementProblem(problem: AgreementProblem): string {
  switch (problem.code) {
    case 'not-a-key':
      return `${problem.file} is not an instructor key: its "role" is not "key"`;
    case 'no-trainees':
      return 'no trainee file given: name the key, then one or more trainee files';
    case 'other-catalog':
      return `${problem.file} is an assessment of ${describeCatalogId(problem.catalog)}, but the key is one of ${describeCatalogId(problem.keyCatalog)}`;
    case 'other-case':
      return `${problem.file} is an exercise for case "${problem.case}", but the key is for ${problem.keyCase ? `case "${problem.keyCase}"` : 'no case'}`;
  }
}

/**
 * Why these files cannot be calibrated, or undefined when they can. A trainee file must be of the key's catalog,
 * and of its case when it names one (a plain assessment that names no case is accepted).
 */
export function agreementProblem(
  key: AgreementInput,
  trainees: readonly AgreementInput[],
): AgreementProblem | undefined {
  if (key.assessment.role !== 'key') return { code: 'not-a-key', file: key.file };
  if (trainees.length === 0) return { code: 'no-trainees' };
  for (const { file, assessment } of trainees) {
    if (assessment.catalog !== key.assessment.catalog)
      return { code: 'other-catalog', file, catalog: assessment.catalog, keyCatalog: key.assessment.catalog };
    if (assessment.case !== undefined && assessment.case !== key.assessment.case)
      return { code: 'other-case', file, case: assessment.case, keyCase: key.assessment.case };
  }
  return undefined;
}

/** Why a trainee's kappa is null: nothing compared, or no variation in the levels of both. */
type KappaGap = 'none-compared' | 'no-variation';

export interface TraineeAgreement {
  file: string;
  /** Title and assessor of the trainee's file, for labels. */
  title: string;
  assessor: string;
  /** Elements both rated N/P/L/F. */
  compared: number;
  /** Share of compared elements at the key's level (0–1), null when none was compared. */
  exact: number | null;
  /** Share of compared elements at most one level from the key's (0–1), null when none was compared. */
  withinOne: number | null;
  /** Quadratically weighted kappa against the key, null when undefined (see `kappaGap`). */
  kappa: number | null;
  kappaGap?: KappaGap;
  /** Elements left out: marked NA by the key or the trainee, or rated by the key and not answered by the trainee. */
  excluded: { na: number; unanswered: number };
}

/** How many trainees gave each level (NA included) or left the element unanswered (`none`). */
type LevelSpread = Record<AnswerLevel | 'none', number>;

interface ElementAgreement {
  id: string;
  /** The key's level and its reason (the key answer's notes). */
  key: AnswerLevel;
  reason?: string;
  /** Each trainee's level, null when unanswered. */
  levels: (AnswerLevel | null)[];
  spread: LevelSpread;
  /** Trainees whose compared level differs from the key's. */
  misjudged: number;
  /** Trainees compared on this element. */
  compared: number;
  /** Mean distance in levels from the key over the compared trainees (0–3), null when none was compared. */
  meanDistance: number | null;
}

export interface Calibration {
  catalog: EngineCatalog;
  key: AgreementInput;
  trainees: TraineeAgreement[];
  /** Every element the key answers, in catalog order. */
  elements: ElementAgreement[];
  /** Elements at least one trainee misjudged: most misjudged first (then the larger mean distance, then catalog order). */
  misjudged: ElementAgreement[];
}

/** Thrown by `calibrate` when the files cannot be calibrated together. */
export class AgreementError extends Error {
  readonly problem: AgreementProblem;
  constructor(problem: AgreementProblem) {
    super(describeAgreementProblem(problem));
    this.name = 'AgreementError';
    this.problem = problem;
  }
}

const emptySpread = (): LevelSpread => ({ N: 0, P: 0, L: 0, F: 0, NA: 0, none: 0 });

/** Calibrates trainees against a key. Throws an AgreementError when `agreementProblem` names one. */
export function calibrate(
  catalog: EngineCatalog,
  key: AgreementInput,
  trainees: readonly AgreementInput[],
): Calibration {
  const problem = agreementProblem(key, trainees);
  if (problem) throw new AgreementError(problem);
  const index = indexCatalog(catalog);
  const keyAnswers = key.assessment.answers;
  const keyed = index.answerable.flatMap((e) => {
    const answer = keyAnswers[e.id];
    return answer === undefined ? [] : [{ id: e.id, answer }];
  });
  const ids = keyed.map((k) => k.id);

  const elements: ElementAgreement[] = keyed.map(({ id, answer }) => {
    const keyLevel = answer.level;
    const levels = trainees.map((t) => t.assessment.answers[id]?.level ?? null);
    const spread = emptySpread();
    let misjudged = 0;
    let compared = 0;
    let distance = 0;
    for (const level of levels) {
      spread[level ?? 'none'] += 1;
      if (isRated(keyLevel) && isRated(level)) {
        compared += 1;
        const d = Math.abs(RANK[level] - RANK[keyLevel]);
        distance += d;
        if (d > 0) misjudged += 1;
      }
    }
    const reason = answer.notes;
    return {
      id,
      key: keyLevel,
      ...(reason !== undefined && { reason }),
      levels,
      spread,
      misjudged,
      compared,
      meanDistance: compared ? distance / compared : null,
    };
  });

  const agreements = trainees.map(({ file, assessment }, t): TraineeAgreement => {
    const pairs: [RatedLevel, RatedLevel][] = [];
    const excluded = { na: 0, unanswered: 0 };
    let exact = 0;
    let withinOne = 0;
    for (const row of elements) {
      const level = row.levels[t];
      // The key's NA comes first: an element the key finds not applicable is out of the comparison whatever the
      // trainee did, so a trainee who rightly left it blank is not counted as unanswered.
      if (!isRated(row.key)) excluded.na += 1;
      else if (level === null || level === undefined) excluded.unanswered += 1;
      else if (!isRated(level)) excluded.na += 1;
      else {
        pairs.push([row.key, level]);
        const d = Math.abs(RANK[level] - RANK[row.key]);
        if (d === 0) exact += 1;
        if (d <= 1) withinOne += 1;
      }
    }
    const compared = pairs.length;
    const kappa = quadraticKappa(pairs);
    return {
      file,
      title: assessment.title,
      assessor: assessment.assessor,
      compared,
      exact: compared ? exact / compared : null,
      withinOne: compared ? withinOne / compared : null,
      kappa,
      ...(kappa === null && { kappaGap: compared === 0 ? 'none-compared' : 'no-variation' }),
      excluded,
    };
  });

  const order = new Map(ids.map((id, i) => [id, i]));
  const misjudged = elements
    .filter((e) => e.misjudged > 0)
    .sort(
      (a, b) =>
        b.misjudged - a.misjudged ||
        (b.meanDistance ?? 0) - (a.meanDistance ?? 0) ||
        valueAt(order, a.id) - valueAt(order, b.id),
    );
  return { catalog, key, trainees: agreements, elements, misjudged };
}

/** What `assess agreement --format json` prints: fractions and kappa rounded to 4 decimals. */
export interface AgreementSummary {
  trainees: {
    file: string;
    compared: number;
    exact: number | null;
    withinOne: number | null;
    kappa: number | null;
    excluded: { na: number; unanswered: number };
  }[];
  elements: Record<string, { key: AnswerLevel; levels: (AnswerLevel | null)[] }>;
}

export function toAgreementSummary(calibration: Calibration): AgreementSummary {
  return {
    trainees: calibration.trainees.map((t) => ({
      file: t.file,
      compared: t.compared,
      exact: round4(t.exact),
      withinOne: round4(t.withinOne),
      kappa: round4(t.kappa),
      excluded: { ...t.excluded },
    })),
    elements: Object.fromEntries(calibration.elements.map((e) => [e.id, { key: e.key, levels: [...e.levels] }])),
  };
}

/**
 * The answerable elements of the given clauses, in catalog order: what a case's key must cover.
 */
export function elementsOfClauses(catalog: EngineCatalog, clauses: readonly string[]): string[] {
  return indexCatalog(catalog)
    .answerable.filter((e) => clauses.includes(e.clause))
    .map((e) => e.id);
}
