/**
 * Every change the catalogue page makes to the user's own services, as pure functions `(doc, …) → doc`, called
 * through `DocumentModel.update`. A service's fields are patched as on the SLA page (`sla-edits.ts`).
 *
 * Pure: no DOM.
 */
import { insertAt, patchAt, removeAt } from './list-edits.ts';
import type { CatalogueDocument } from './service-catalogue.ts';
import { emptyService, type ServiceCategory, type SlaService } from './sla.ts';

/** A blank service of `category` (the filter's, or "other" when none is chosen) added at the end. */
export const appendCatalogueService = (doc: CatalogueDocument, category: ServiceCategory | ''): CatalogueDocument => ({
  ...doc,
  services: insertAt(doc.services, doc.services.length, emptyService(category || 'other')),
});

/** Service `index` with the fields of `patch` changed. */
export const patchCatalogueService = (
  doc: CatalogueDocument,
  index: number,
  patch: Partial<SlaService>,
): CatalogueDocument => ({ ...doc, services: patchAt<SlaService>(doc.services, index, patch) });

/** `doc` without service `index`. */
export const removeCatalogueService = (doc: CatalogueDocument, index: number): CatalogueDocument => ({
  ...doc,
  services: removeAt(doc.services, index),
});
