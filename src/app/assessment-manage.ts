/**
 * Managing saved assessments, apart from answering them: what a saved card shows (the engine's overall result),
 * editing the details (supplier, assessor, perspective, date), a blank copy for another supplier, and telling
 * whether an imported file is plainly an assessment already saved here. Pure: no DOM, no storage; the
 * questionnaire's model and the report's model call these and save the result.
 */
import type { Perspective } from '../engine/assessment-constants.ts';
import type { Assessment } from '../engine/assessment-schema.ts';
import { roundScore } from '../engine/score-summary.ts';
import { scoreAssessment, type Grade } from '../engine/score.ts';
import type { EngineCatalog } from '../engine/catalog-index.ts';
import { formatPercent } from './report-format.ts';
import { formatMessage } from '../i18n/format.ts';

/** The overall result a saved card shows: the supplier's score, grade and completeness, as the report has them. */
export interface CardSummary {
  /** Overall score rounded to 2 decimals as the report and the CLI give it; null when nothing is applicable. */
  score: number | null;
  /** `score` with both decimals (`84.29`), or null. */
  scoreText: string | null;
  grade: Grade | null;
  /** True while applicable elements are unanswered: the grade may still change. */
  provisional: boolean;
  /** Answered / applicable over the supplier's elements (0–1). */
  completeness: number;
  /** `completeness` as a percentage with at most one decimal (`37.5%`), as the report shows it. */
  completenessText: string;
  answered: number;
  applicable: number;
}

/** The engine's overall result of an assessment, for its card in the list. */
export function cardSummaryOf(catalog: EngineCatalog, assessment: Assessment): CardSummary {
  const overall = scoreAssessment(catalog, assessment).supplier.overall;
  const score = roundScore(overall.score);
  return {
    score,
    scoreText: score === null ? null : score.toFixed(2),
    grade: overall.grade,
    provisional: overall.provisional,
    completeness: overall.completeness,
    completenessText: formatPercent(overall.completeness),
    answered: overall.answered,
    applicable: overall.applicable,
  };
}

/** The details of an assessment that can be edited after it was created. */
export interface AssessmentDetails {
  /** The supplier assessed; required. */
  subject: string;
  /** Who assesses; may be blank. */
  assessor: string;
  perspective: Perspective;
  /** The day of the assessment as an ISO date (`2025-06-30`); blank for none. */
  date: string;
}

/** What is wrong with details being saved, by field. */
export interface DetailsProblems {
  subject?: 'required';
  date?: 'invalid';
  perspective?: 'invalid';
}

/** The details of an assessment as the edit form starts with them. */
export const detailsOf = (a: Assessment): AssessmentDetails => ({
  subject: a.subject,
  assessor: a.assessor,
  perspective: a.perspective,
  date: a.date ?? '',
});

/**
 * The assessment with checked details applied and `updated` moved on, or undefined when nothing changes. A blank
 * date removes it. Answers, plan, review and snapshots are kept as they are.
 */
export function withDetails(assessment: Assessment, details: AssessmentDetails, now: Date): Assessment | undefined {
  const next: Assessment = {
    ...assessment,
    subject: details.subject,
    assessor: details.assessor,
    perspective: details.perspective,
    date: details.date,
  };
  if (details.date === '') delete next.date;
  const same =
    next.subject === assessment.subject &&
    next.assessor === assessment.assessor &&
    next.perspective === assessment.perspective &&
    next.date === assessment.date;
  return same ? undefined : { ...next, updated: now.toISOString() };
}

/**
 * A title for the blank copy: the old title with the old supplier's name replaced by the new one when it names
 * it, else the old title and the new supplier joined by `join` (e.g. `{title} – {subject}`).
 */
export function blankCopyTitle(title: string, oldSubject: string, newSubject: string, join: string): string {
  const subject = newSubject.trim();
  if (subject === '') return title;
  if (oldSubject.trim() !== '' && title.includes(oldSubject.trim()))
    return title.split(oldSubject.trim()).join(subject);
  return formatMessage(join, { title, subject });
}

/** A saved assessment, by its local ID. */
export interface Saved {
  id: string;
  assessment: Assessment;
}

/**
 * The saved assessment an imported one plainly is: the one under the same local ID when the caller knows it,
 * else one of the same catalog, created at the same time, with the same title or the same supplier (a file
 * exported from here and imported again, perhaps after one of them was renamed). Undefined when none is.
 */
export function findSameAssessment(
  saved: readonly Saved[],
  incoming: Assessment,
  incomingId?: string,
): Saved | undefined {
  if (incomingId !== undefined) {
    const byId = saved.find((s) => s.id === incomingId);
    if (byId) return byId;
  }
  const sameTime = (a: string, b: string) => a === b || Date.parse(a) === Date.parse(b);
  const candidates = saved.filter(
    ({ assessment: a }) =>
      a.catalog === incoming.catalog &&
      sameTime(a.created, incoming.created) &&
      (a.title === incoming.title || a.subject === incoming.subject),
  );
  // The closest first: same title and supplier, then same title (a kept copy has another title).
  const closeness = ({ assessment: a }: Saved) =>
    (a.title === incoming.title ? 2 : 0) + (a.subject === incoming.subject ? 1 : 0);
  return candidates.sort((x, y) => closeness(y) - closeness(x))[0];
}

/** How the user settles an import that is an assessment already saved here. */
export type ImportChoice = 'replace' | 'keep-both' | 'cancel';

/** The imported assessment kept beside the saved one: its title marked as a copy (`template` has `{title}`). */
export function asCopy(assessment: Assessment, template: string): Assessment {
  return { ...assessment, title: formatMessage(template, { title: assessment.title }) };
}
