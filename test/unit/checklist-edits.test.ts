/**
 * The checklist page's edits (src/templates/checklist-edits.ts): worked examples, then a fast-check property that
 * any sequence of edits keeps a valid checklist whose progress counts every item once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { setItemState, setJob } from '../../src/templates/checklist-edits.ts';
import {
  CHECKLIST_KINDS,
  checklistItems,
  checklistProgress,
  checklistTemplate,
  ITEM_STATUSES,
  itemState,
  newChecklistDocument,
  type ChecklistDocument,
} from '../../src/templates/checklist.ts';
import { documentIssues } from '../../src/templates/document.ts';

const NOW = '2025-03-07T10:30:00.000Z';
const catalog = loadCatalog();

describe.each(CHECKLIST_KINDS)('%s edits', (kind) => {
  const items = checklistItems(kind, catalog.elements);
  const template = checklistTemplate(
    kind,
    items.map((i) => i.id),
  );
  const fresh = () => newChecklistDocument(kind, '巡检', NOW);
  const first = items[0]!.id;

  it('changes some job fields and keeps the others', () => {
    const before = setJob(fresh(), { ticket: 'INC-1', engineer: '王工' });
    const after = setJob(before, { date: '2025-03-07', engineer: '李工' });
    expect(after.job).toMatchObject({ ticket: 'INC-1', engineer: '李工', date: '2025-03-07', start: '' });
    expect(before.job.engineer).toBe('王工');
    expect(documentIssues(after, template)).toEqual([]);
  });

  it('records a status or a note against one item, starting from open', () => {
    const noted = setItemState(fresh(), first, { note: '机房温度正常' });
    expect(itemState(noted, first)).toEqual({ status: 'open', note: '机房温度正常' });
    const done = setItemState(noted, first, { status: 'done' });
    expect(itemState(done, first)).toEqual({ status: 'done', note: '机房温度正常' });
    expect(itemState(noted, first).status).toBe('open');
    expect(checklistProgress(done, items)).toMatchObject({ done: 1, open: items.length - 1, na: 0 });
    expect(documentIssues(done, template)).toEqual([]);
  });

  it('keeps a valid checklist whose progress counts every item once, whatever the edits', () => {
    const edit = fc.oneof(
      fc.record({
        item: fc.constantFrom(...items.map((i) => i.id)),
        status: fc.option(fc.constantFrom(...ITEM_STATUSES), { nil: undefined }),
        note: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
      }),
      fc.record({ ticket: fc.string({ maxLength: 20 }), signOff: fc.string({ maxLength: 20 }) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        let doc: ChecklistDocument = fresh();
        const last = new Map<string, string>();
        for (const e of edits) {
          if ('item' in e) {
            const patch = {
              ...(e.status === undefined ? {} : { status: e.status }),
              ...(e.note === undefined ? {} : { note: e.note }),
            };
            doc = setItemState(doc, e.item, patch);
            if (e.status !== undefined) last.set(e.item, e.status);
          } else doc = setJob(doc, e);
        }
        const progress = checklistProgress(doc, items);
        expect(progress.done + progress.na + progress.open).toBe(items.length);
        for (const [id, status] of last) expect(itemState(doc, id).status).toBe(status);
        expect(documentIssues(doc, template)).toEqual([]);
      }),
    );
  });
});
