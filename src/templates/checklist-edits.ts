/**
 * Every change the checklist page makes to a checklist, as pure functions `(doc, …) → doc`, called through
 * `DocumentModel.update`: the job's fields, and what was recorded against one item (its status and note).
 *
 * Pure: no DOM.
 */
import { itemState, type ChecklistDocument, type ItemState, type Job } from './checklist.ts';

/** Some of the job's fields changed; the others stay. */
export function setJob(doc: ChecklistDocument, patch: Partial<Job>): ChecklistDocument {
  return { ...doc, job: { ...doc.job, ...patch } };
}

/**
 * What was recorded against item `id` changed: its status or its note. An item not touched before starts from
 * its default state (open, no note), so a note alone leaves it open.
 */
export function setItemState(doc: ChecklistDocument, id: string, patch: Partial<ItemState>): ChecklistDocument {
  return { ...doc, items: { ...doc.items, [id]: { ...itemState(doc, id), ...patch } } };
}
