/**
 * The training cases and their instructor keys as the site sees them: loaded once per build from
 * `assessments/training/`, each key checked against its case, so a key that misses an element of the case's
 * scope, names another case or cites an excerpt the case does not have fails the build with a message naming it.
 * The cases are this portal's training material, not part of GB/T 28827.2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TRAINING_DIR, loadTrainingCases } from '../loader/load.ts';
import type { Locale } from '../catalog/schema.ts';
import type { TrainingCase } from '../catalog/training.ts';
import { assessmentFromJson } from '../engine/assessment-file.ts';
import { elementsOfClauses } from '../engine/agreement.ts';
import type { Assessment } from '../engine/assessment-schema.ts';
import type { EngineCatalog } from '../engine/catalog-index.ts';
import { catalog } from './catalog.ts';

let cached: TrainingCase[] | undefined;

export function trainingCases(): TrainingCase[] {
  cached ??= loadTrainingCases();
  return cached;
}

export function trainingCase(id: string): TrainingCase {
  const found = trainingCases().find((c) => c.id === id);
  if (!found) throw new Error(`Unknown training case "${id}" referenced from a page`);
  return found;
}

/** The key file of a case in one language, relative to `assessments/training/`. */
export const keyFile = (caseId: string, locale: Locale) => `keys/${caseId}.${locale}.json`;

/** Excerpt IDs cited in a text (`A-03`). */
export const citedExcerpts = (text: string) => [...text.matchAll(/\b[A-Z]-\d{2}\b/g)].map((m) => m[0]);

/**
 * What is wrong with a key for a case (none when it is sound): it must be a key (`role: "key"`) of this case and
 * of the catalog's version, answer exactly the answerable elements of the case's clauses, and give each answer a
 * reason that cites at least one of the case's excerpts, and only those.
 */
export function keyProblems(key: Assessment, trainingCase: TrainingCase, delivery: EngineCatalog): string[] {
  const problems: string[] = [];
  if (key.role !== 'key') problems.push('role is not "key"');
  if (key.case !== trainingCase.id) problems.push(`case is ${key.case ?? 'missing'}, not ${trainingCase.id}`);
  if (key.catalogVersion !== delivery.structure.version)
    problems.push(`catalogVersion ${key.catalogVersion} is not the catalog's ${delivery.structure.version}`);
  const expected = elementsOfClauses(delivery, trainingCase.clauses);
  for (const id of expected) if (!key.answers[id]) problems.push(`${id} has no answer`);
  for (const id of Object.keys(key.answers))
    if (!expected.includes(id)) problems.push(`${id} is outside the case's clauses ${trainingCase.clauses.join(', ')}`);
  const excerptIds = new Set(trainingCase.excerpts.map((e) => e.id));
  for (const [id, answer] of Object.entries(key.answers)) {
    const cited = citedExcerpts(answer.notes ?? '');
    if (cited.length === 0) problems.push(`${id}: the reason cites no excerpt`);
    for (const c of cited) if (!excerptIds.has(c)) problems.push(`${id}: cites ${c}, which the case does not have`);
  }
  return problems;
}

const keys = new Map<string, { text: string; assessment: Assessment }>();

/** A case's key in one language: its file's text (what is downloaded) and the parsed assessment. */
export function caseKey(caseId: string, locale: Locale, dir: string = DEFAULT_TRAINING_DIR) {
  const file = keyFile(caseId, locale);
  const known = keys.get(file);
  if (known) return known;
  const text = readFileSync(join(dir, file), 'utf8');
  const parsed = assessmentFromJson(text);
  if (!parsed.success)
    throw new Error(`training/${file}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const problems = keyProblems(parsed.assessment, trainingCase(caseId), catalog());
  if (problems.length) throw new Error(`training/${file}: ${problems.join('; ')}`);
  const entry = { text, assessment: parsed.assessment };
  keys.set(file, entry);
  return entry;
}
