/**
 * Elements by ID across the delivery catalog and the related-practice catalogs. Apart from `catalog.ts` and
 * `practices.ts` because it needs both, and `practices.ts` needs `catalog.ts`: one direction, no cycle.
 */
import type { Element, Locale } from '../catalog/schema.ts';
import { catalog } from './catalog.ts';
import { elementAnchorHref, practiceOfElementId } from './paths.ts';
import { practiceById } from './practices.ts';

export const elementHref = (id: string, locale: Locale) => elementAnchorHref(id, elementById(id).clause, locale);

/** An element of GB/T 28827.2 or of a related-practice catalog, by ID. */
export function elementById(id: string): Element {
  const practice = practiceOfElementId(id);
  const elements = practice ? practiceById(practice).elements : catalog().elements;
  const el = elements.find((e) => e.id === id);
  if (!el) throw new Error(`Unknown element ID "${id}" referenced from a page`);
  return el;
}
