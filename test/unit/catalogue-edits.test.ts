/**
 * The catalogue page's edits of the user's own services (src/templates/catalogue-edits.ts): examples, and a
 * fast-check property over random sequences of edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendCatalogueService,
  patchCatalogueService,
  removeCatalogueService,
} from '../../src/templates/catalogue-edits.ts';
import { documentIssues } from '../../src/templates/document.ts';
import { catalogueTemplate, newCatalogueDocument } from '../../src/templates/service-catalogue.ts';
import { emptyService, SERVICE_CATEGORIES } from '../../src/templates/sla.ts';

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

  it('keeps each service in place and valid once named, whatever the sequence of edits', () => {
    const edit = fc.oneof(
      fc.record({ append: fc.constantFrom('' as const, ...SERVICE_CATEGORIES) }),
      fc.record({ remove: fc.nat(10) }),
      fc.record({ patch: fc.nat(10), name: fc.string({ maxLength: 30 }) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        let doc = newCatalogueDocument('目录', NOW);
        let names: string[] = [];
        for (const e of edits) {
          if ('append' in e) {
            doc = appendCatalogueService(doc, e.append);
            names = [...names, ''];
          } else if ('remove' in e) {
            if (e.remove >= names.length) continue;
            doc = removeCatalogueService(doc, e.remove);
            names = names.filter((_, i) => i !== e.remove);
          } else {
            if (e.patch >= names.length) continue;
            doc = patchCatalogueService(doc, e.patch, { name: e.name });
            names = names.map((n, i) => (i === e.patch ? e.name : n));
          }
        }
        expect(doc.services.map((s) => s.name)).toEqual(names);
        // A new service is blank until the user names it: the only issues are the names still missing.
        const unnamed = names.flatMap((name, i) => (name.trim() === '' ? [`services.${i}.name`] : []));
        expect(documentIssues(doc, catalogueTemplate).map((issue) => issue.path)).toEqual(unnamed);
      }),
    );
  });
});
