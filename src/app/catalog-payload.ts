/**
 * The catalog as the islands fetch it from `/catalog.json`, checked with the catalog's own schemas on arrival
 * (a stale or cached file fails loudly rather than half-working).
 */
import { z } from 'zod';
import { ElementSchema, StructureSchema } from '../catalog/schema.ts';
import type { EngineCatalog } from '../engine/index.ts';

export const CatalogPayloadSchema = z.object({
  structure: StructureSchema,
  elements: z.array(ElementSchema),
});

export function parseCatalogPayload(raw: unknown): EngineCatalog {
  const parsed = CatalogPayloadSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`catalog.json: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return parsed.data;
}

export async function fetchCatalog(url: string): Promise<EngineCatalog> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parseCatalogPayload(await response.json());
}
