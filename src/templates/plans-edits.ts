/**
 * Every change the plans page makes to a plan or report, as pure functions `(doc, …) → doc`, called through
 * `DocumentModel.update`. A list section's items and a table section's rows are added at the end, changed and
 * removed at any index; a section not yet touched reads as empty and is written on its first change.
 *
 * Pure: no DOM.
 */
import { insertAt, patchAt, removeAt, replaceAt } from './list-edits.ts';
import type { ColumnId, PlanKindId, SectionId } from './plan-structure.ts';
import { emptyRow, itemsOf, rowsOf, type HeaderField, type PlansDocument, type SectionValue } from './plans.ts';

/** The kind of document changed; sections of another kind are kept, hidden. */
export const setPlansKind = (doc: PlansDocument, kind: PlanKindId): PlansDocument => ({ ...doc, kind });

/** One field of the document details changed. */
export const setPlansHeader = (doc: PlansDocument, field: HeaderField, value: string): PlansDocument => ({
  ...doc,
  [field]: value,
});

/** Section `id` set to `value` (text, items or rows). */
export const setSection = (doc: PlansDocument, id: SectionId, value: SectionValue): PlansDocument => ({
  ...doc,
  sections: { ...doc.sections, [id]: value },
});

/** An empty item added at the end of list section `id`. */
export const appendItem = (doc: PlansDocument, id: SectionId): PlansDocument => {
  const items = itemsOf(doc, id);
  return setSection(doc, id, insertAt(items, items.length, ''));
};

/** Item `index` of list section `id` changed to `text`. */
export const setItem = (doc: PlansDocument, id: SectionId, index: number, text: string): PlansDocument =>
  setSection(doc, id, replaceAt(itemsOf(doc, id), index, text));

/** `doc` without item `index` of list section `id`. */
export const removeItem = (doc: PlansDocument, id: SectionId, index: number): PlansDocument =>
  setSection(doc, id, removeAt(itemsOf(doc, id), index));

/** An empty row (every column blank) added at the end of table section `id`. */
export const appendRow = (doc: PlansDocument, id: SectionId): PlansDocument => {
  const rows = rowsOf(doc, id);
  return setSection(doc, id, insertAt(rows, rows.length, emptyRow(id)));
};

/** Cell `column` of row `index` of table section `id` changed to `value`. */
export const setCell = (
  doc: PlansDocument,
  id: SectionId,
  index: number,
  column: ColumnId,
  value: string,
): PlansDocument => setSection(doc, id, patchAt(rowsOf(doc, id), index, { [column]: value }));

/** `doc` without row `index` of table section `id`. */
export const removeRow = (doc: PlansDocument, id: SectionId, index: number): PlansDocument =>
  setSection(doc, id, removeAt(rowsOf(doc, id), index));
