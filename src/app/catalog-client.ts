/**
 * The catalog in the browser: fetched once from the site's `/catalog.json` (both languages) and checked
 * against the catalog schemas, so a stale or broken file fails here with a message instead of deep in a view.
 */
import { z } from 'zod';
import { ElementSchema, StructureSchema } from '../catalog/schema.ts';
import type { EngineCatalog } from '../engine/index.ts';

const CatalogResponseSchema = z.object({ structure: StructureSchema, elements: z.array(ElementSchema) });

/** Checks a parsed `/catalog.json`; throws an Error naming the first field that is wrong. */
export function parseCatalogResponse(raw: unknown): EngineCatalog {
  const result = CatalogResponseSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`catalog.json: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return result.data;
}

let pending: Promise<EngineCatalog> | undefined;

/** The catalog, fetched once per page. */
export function fetchCatalog(url = '/catalog.json'): Promise<EngineCatalog> {
  pending ??= fetch(url)
    .then((res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    })
    .then(parseCatalogResponse)
    .catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
  return pending;
}
