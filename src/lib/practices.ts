/**
 * The related-practice catalogs as the site sees them: loaded once per build from `assessments/practices/`,
 * checked against the delivery catalog they may refer to. They are not part of GB/T 28827.2; every page that shows
 * one says so.
 */
import { loadPractices } from '../loader/load.ts';
import type { Element, PracticeCatalog, PracticeId } from '../catalog/schema.ts';
import { catalog, requirementCounts } from './catalog.ts';
import { practiceOfElementId } from './paths.ts';

let cached: PracticeCatalog[] | undefined;

/** Every practice catalog on disk, in the order of `PRACTICE_IDS`. */
export function practices(): PracticeCatalog[] {
  cached ??= loadPractices(catalog());
  return cached;
}

export function practiceById(id: string): PracticeCatalog {
  const practice = practices().find((p) => p.structure.practice.id === id);
  if (!practice) throw new Error(`Unknown practice "${id}" referenced from a page`);
  return practice;
}

/** The practice catalog an element belongs to, or undefined for an element of GB/T 28827.2. */
export function practiceOfElement(el: Pick<Element, 'id'>): PracticeCatalog | undefined {
  const id: PracticeId | undefined = practiceOfElementId(el.id);
  return id ? practiceById(id) : undefined;
}

/** Counts of a practice's requirements, as for a clause. */
export const practiceCounts = (practice: PracticeCatalog) => requirementCounts(practice.elements);
