/**
 * The part of the catalog the engine needs, and lookups built from it once per catalog. Takes the catalog as
 * data (no loading), so the browser, the CLI and the tests pass in whatever catalog they have.
 */
import type { Catalog, Element } from '../catalog/schema.ts';

/** What the engine reads from a catalog: its version, the clause tree (which fixes the order) and the elements. */
export type EngineCatalog = Pick<Catalog, 'structure' | 'elements'>;

/** An element that can be answered: a requirement of the supplier or of the customer. */
export type AnswerableElement = Element & { kind: 'requirement'; party: 'supplier' | 'customer' };

export interface ClauseInfo {
  /** Clause number, e.g. `5.2`. */
  number: string;
  /** Number of the chapter it belongs to, e.g. `5`. */
  chapter: string;
}

export interface CatalogIndex {
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
  const index: CatalogIndex = { version: catalog.structure.version, byId, answerable, order, chapters, clauses };
  cache.set(catalog, index);
  return index;
}
