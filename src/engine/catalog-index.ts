/**
 * The part of the catalog the engine needs, and lookups built from it once per catalog. Takes the catalog as
 * data (no loading), so the browser, the CLI and the tests pass in whatever catalog they have.
 */
import type { Catalog, Element, LocalizedText, PracticeCatalog } from '../catalog/schema.ts';
import { DELIVERY_CATALOG_ID, type CatalogId } from './assessment-constants.ts';
import type { Assessment } from './assessment-schema.ts';
import { isClauseInScope, type Scope } from './scope.ts';

/**
 * What the engine reads from a catalog: its version, the clause tree (which fixes the order) and the elements.
 * Either the GB/T 28827.2 delivery catalog or a related-practice catalog; `catalogIdOf` tells which.
 */
export type EngineCatalog = Pick<Catalog, 'structure' | 'elements'> | PracticeCatalog;

/** Which catalog this is, as an assessment file's `catalog` names it. */
export const catalogIdOf = (catalog: EngineCatalog): CatalogId =>
  'practice' in catalog.structure ? catalog.structure.practice.id : DELIVERY_CATALOG_ID;

/** The catalog's practice metadata, or undefined for the delivery standard. */
export const practiceOf = (catalog: EngineCatalog): PracticeCatalog['structure']['practice'] | undefined =>
  'practice' in catalog.structure ? catalog.structure.practice : undefined;

/** The catalog's name: the standard's title, or the practice's. */
export const catalogTitleOf = (catalog: EngineCatalog): LocalizedText =>
  'practice' in catalog.structure ? catalog.structure.practice.title : catalog.structure.standard.title;

/** An element that can be answered: a requirement of the supplier or of the customer. */
export type AnswerableElement = Element & { kind: 'requirement'; party: 'supplier' | 'customer' };

interface ClauseInfo {
  /** Clause number, e.g. `5.2`. */
  number: string;
  /** Number of the chapter it belongs to, e.g. `5`. */
  chapter: string;
}

export interface CatalogIndex {
  /** Which catalog: what a new assessment records as `catalog`. */
  id: CatalogId;
  /** `structure.version`: what a new assessment records as `catalogVersion`. */
  version: string;
  /** Every element by ID (including sub-items and notes). */
  byId: ReadonlyMap<string, Element>;
  /** Answerable elements in catalog order (the order of `structure.yaml`). */
  answerable: readonly AnswerableElement[];
  /** Position of each element in catalog order. */
  order: ReadonlyMap<string, number>;
  /** Chapters that carry clauses, in order, with their clause numbers. */
  chapters: readonly { number: string; clauses: readonly string[] }[];
  /** Every clause with its chapter, by clause number. */
  clauses: ReadonlyMap<string, ClauseInfo>;
}

export const isAnswerable = (el: Element): el is AnswerableElement =>
  el.kind === 'requirement' && (el.party === 'supplier' || el.party === 'customer');

const cache = new WeakMap<EngineCatalog, CatalogIndex>();

/** Lookups over a catalog, computed once per catalog object. */
export function indexCatalog(catalog: EngineCatalog): CatalogIndex {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const byId = new Map(catalog.elements.map((el) => [el.id, el]));
  const order = new Map<string, number>();
  const answerable: AnswerableElement[] = [];
  const clauses = new Map<string, ClauseInfo>();
  const chapters: { number: string; clauses: string[] }[] = [];
  for (const chapter of catalog.structure.chapters) {
    if (chapter.clauses.length === 0) continue;
    chapters.push({ number: chapter.number, clauses: chapter.clauses.map((c) => c.number) });
    for (const clause of chapter.clauses) {
      clauses.set(clause.number, { number: clause.number, chapter: chapter.number });
      for (const id of clause.elements) {
        order.set(id, order.size);
        const el = byId.get(id);
        if (el && isAnswerable(el)) answerable.push(el);
      }
    }
  }
  const index: CatalogIndex = {
    id: catalogIdOf(catalog),
    version: catalog.structure.version,
    byId,
    answerable,
    order,
    chapters,
    clauses,
  };
  cache.set(catalog, index);
  return index;
}

/** The chapter of a clause number: `5` for `5.2`. */
export function chapterOfClause(clause: string): string {
  const dot = clause.indexOf('.');
  return dot === -1 ? clause : clause.slice(0, dot);
}

/** How a message names a catalog: `GB/T 28827.2` or `related practice "handover"`. */
export const describeCatalogId = (id: CatalogId) =>
  id === DELIVERY_CATALOG_ID ? 'GB/T 28827.2' : `related practice "${id}"`;

/** Why answers for one catalog cannot be read against another, or undefined when the catalogs agree. */
export function catalogMismatch(catalog: EngineCatalog, assessment: Pick<Assessment, 'catalog'>): string | undefined {
  const id = catalogIdOf(catalog);
  if (assessment.catalog === id) return undefined;
  return `the answers are for ${describeCatalogId(assessment.catalog)} (catalog ${assessment.catalog}), not for ${describeCatalogId(id)} (catalog ${id})`;
}

/** Thrown when an assessment is scored against a catalog it was not written for. */
export class CatalogMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogMismatchError';
  }
}

/** Throws a CatalogMismatchError unless the assessment is for this catalog. */
export function assertSameCatalog(catalog: EngineCatalog, assessment: Pick<Assessment, 'catalog'>): void {
  const problem = catalogMismatch(catalog, assessment);
  if (problem) throw new CatalogMismatchError(problem);
}

/**
 * Whether a clause is assessed in a catalog under a scope. A related practice has no contents or modes to
 * choose: every section of it is assessed, whatever its number.
 */
export function isClauseInScopeOf(catalog: EngineCatalog, scope: Scope, clause: string): boolean {
  return catalogIdOf(catalog) !== DELIVERY_CATALOG_ID || isClauseInScope(scope, clause);
}
