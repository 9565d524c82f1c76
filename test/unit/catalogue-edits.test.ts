/** The catalogue page's edits of the user's own services (src/templates/catalogue-edits.ts). */
import { describe, expect, it } from 'vitest';
import {
  appendCatalogueService,
  patchCatalogueService,
  removeCatalogueService,
} from '../../src/templates/catalogue-edits.ts';
import { documentIssues } from '../../src/templates/document.ts';
import { catalogueTemplate, newCatalogueDocument } from '../../src/templates/service-catalogue.ts';
import { emptyService } from '../../src/templates/sla.ts';

const NOW = '2025-03-07T10:30:00.000Z';

describe('catalogue edits', () => {
  it("adds a blank service in the filter's category, or in other", () => {
    let doc = appendCatalogueService(newCatalogueDocument('目录', NOW), 'hardware');
    doc = appendCatalogueService(doc, '');
    expect(doc.services).toEqual([emptyService('hardware'), emptyService('other')]);
  });

  it('changes and removes one service, leaving the input alone', () => {
    const before = appendCatalogueService(appendCatalogueService(newCatalogueDocument('目录', NOW), ''), '');
    const named = patchCatalogueService(before, 1, { name: '机房巡检', contents: ['routine'] });
    expect(named.services[1]).toMatchObject({ name: '机房巡检', contents: ['routine'] });
    expect(named.services[0]).toEqual(emptyService());
    expect(removeCatalogueService(named, 0).services).toEqual([named.services[1]]);
    expect(before.services.every((s) => s.name === '')).toBe(true);
    expect(documentIssues(removeCatalogueService(named, 0), catalogueTemplate)).toEqual([]);
    expect(() => removeCatalogueService(before, 2)).toThrow(RangeError);
  });
});
