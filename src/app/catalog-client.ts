/**
 * Catalogs in the browser: the delivery catalog from `/catalog.json` and each related practice from
 * `/practices/<id>.json` (both languages), fetched once per catalog and checked against the catalog schemas, so a
 * stale or broken file fails here with a message instead of deep in a view.
 */
import { z } from 'zod';
import { ElementSchema, PracticeStructureSchema, StructureSchema } from '../catalog/schema.ts';
import { DELIVERY_CATALOG_ID, type CatalogId, type EngineCatalog } from '../engine/index.ts';
import { withBase } from '../lib/paths.ts';

const CatalogResponseSchema = z.object({ structure: StructureSchema, elements: z.array(ElementSchema) });
const PracticeResponseSchema = z.object({ structure: PracticeStructureSchema, elements: z.array(ElementSchema) });

/** A catalog's file, relative to the site's base: `catalog.json`, `practices/handover.json`. */
export const catalogFile = (id: CatalogId) => (id === DELIVERY_CATALOG_ID ? 'catalog.json' : `practices/${id}.json`);

/** Where a catalog is served, below the site's base path: `/catalog.json`, `/gbt28827/practices/handover.json`. */
export const catalogUrl = (id: CatalogId) => withBase(catalogFile(id));

/**
 * Checks a parsed catalog file; throws an Error naming the file and the first field that is wrong. A practice file
 * must be the practice asked for, so answers are never read against another catalog.
 */
export function parseCatalogResponse(raw: unknown, id: CatalogId = DELIVERY_CATALOG_ID): EngineCatalog {
  const file = catalogFile(id);
  const result =
    id === DELIVERY_CATALOG_ID ? CatalogResponseSchema.safeParse(raw) : PracticeResponseSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  const catalog = result.data;
  if ('practice' in catalog.structure && catalog.structure.practice.id !== id)
    throw new Error(`${file}: structure.practice.id: is ${catalog.structure.practice.id}, not ${id}`);
  return catalog;
}

const pending = new Map<CatalogId, Promise<EngineCatalog>>();

/** A catalog by ID (the delivery standard when absent), fetched once per page and catalog. */
export function fetchCatalog(id: CatalogId = DELIVERY_CATALOG_ID, url = catalogUrl(id)): Promise<EngineCatalog> {
  const cached = pending.get(id);
  if (cached) return cached;
  const request = fetch(url)
    .then((res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    })
    .then((raw) => parseCatalogResponse(raw, id))
    .catch((err: unknown) => {
      pending.delete(id);
      throw err;
    });
  pending.set(id, request);
  return request;
}
