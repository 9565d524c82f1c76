/**
 * The class exercise of a training case: a new, empty assessment "for case X" (its scope from the case, the case's
 * ID recorded in `case`), saved through the ordinary assessment storage so the questionnaire opens it like any
 * other. No DOM: the repository is passed in.
 */
import { createAssessment } from '../engine/assessment.ts';
import type { Assessment } from '../engine/assessment-schema.ts';
import type { Scope } from '../engine/scope.ts';
import { newId, type AssessmentRepository } from '../storage/storage.ts';

/** What the case page knows about its exercise. */
export interface CaseExercise {
  caseId: string;
  /** Title of the new assessment, e.g. "Case exercise: …". */
  title: string;
  /** The case's fictional supplier. */
  subject: string;
  scope: Scope;
  /** `structure.version` of the delivery catalog the case's key was written against. */
  catalogVersion: string;
}

/** The new assessment of an exercise; the trainee's name, if given, is its assessor. */
export function exerciseAssessment(exercise: CaseExercise, trainee: string, now: Date = new Date()): Assessment {
  const name = trainee.trim();
  return {
    ...createAssessment({
      catalogVersion: exercise.catalogVersion,
      title: name ? `${exercise.title} · ${name}` : exercise.title,
      subject: exercise.subject,
      assessor: name,
      perspective: 'customer-evaluation',
      scope: exercise.scope,
      now,
    }),
    case: exercise.caseId,
  };
}

/** Saves a new exercise and returns its local ID (what the questionnaire's address names: `#/a/<id>`). */
export async function startCaseExercise(
  repository: Pick<AssessmentRepository, 'save'>,
  exercise: CaseExercise,
  trainee: string,
  options: { id?: string; now?: Date } = {},
): Promise<string> {
  const id = options.id ?? newId();
  await repository.save(id, exerciseAssessment(exercise, trainee, options.now));
  return id;
}
