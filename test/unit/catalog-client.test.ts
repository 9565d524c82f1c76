import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.ts';
import { parseCatalogResponse } from '../../src/app/catalog-client.ts';

describe('parseCatalogResponse', () => {
  const { structure, elements, terms } = loadCatalog();
  const served = JSON.parse(JSON.stringify({ structure, elements, terms })) as unknown;

  it('reads what /catalog.json serves back into the same catalog', () => {
    expect(parseCatalogResponse(served)).toEqual({ structure, elements });
  });
  it('names the first wrong field', () => {
    const broken = JSON.parse(JSON.stringify({ structure, elements })) as { elements: { weight: unknown }[] };
    broken.elements[3]!.weight = 'heavy';
    expect(() => parseCatalogResponse(broken)).toThrow(/^catalog\.json: elements\.3\.weight: /);
    expect(() => parseCatalogResponse(null)).toThrow(/^catalog\.json: \(file\): /);
  });
});
