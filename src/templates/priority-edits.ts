/**
 * Every change the priority page makes to a priority document, as pure functions `(doc, …) → doc`. The page calls
 * them through `DocumentModel.update`; the unit tests call them directly.
 *
 * They keep the scheme's invariants: the matrix has one row per impact level and one column per urgency level;
 * every cell names an existing priority; the request names existing levels or none. Levels and priorities are
 * inserted and removed at any index. An edit that would pass a limit of the schema (a seventh level, a tenth
 * priority, no priority at all) returns the document unchanged, as the page's disabled button does.
 *
 * Pure: no DOM.
 */
import { insertAt, patchAt, removeAt, replaceAt, toggleIn } from './list-edits.ts';
import {
  MAX_LEVELS,
  MAX_PRIORITIES,
  type Level,
  type Priority,
  type PriorityDocument,
  type PriorityRequest,
  type Thresholds,
} from './priority-document.ts';
import type { ServiceHours } from './priority.ts';
import { itemAt } from '../engine/invariant.ts';

/** The two lists of levels: impacts are the matrix's rows, urgencies its columns. */
export type LevelField = 'impacts' | 'urgencies';

const ID_PREFIX: Record<LevelField, string> = { impacts: 'impact-', urgencies: 'urgency-' };
const REQUEST_KEY = { impacts: 'impact', urgencies: 'urgency' } as const;

/** A fresh ID that the list does not use yet: `prefix` + the first free number from the list's length + 1. */
export function freshId(list: readonly { id: string }[], prefix: string): string {
  for (let n = list.length + 1; ; n++) if (!list.some((l) => l.id === `${prefix}${n}`)) return `${prefix}${n}`;
}

// The matrix is edited with plain slices: a level list has already been checked, and a malformed matrix (which
// the document's issues report) must not make a click throw.
const sliceIn = <T>(list: readonly T[], index: number, item: T) => [
  ...list.slice(0, index),
  item,
  ...list.slice(index),
];
const sliceOut = <T>(list: readonly T[], index: number) => [...list.slice(0, index), ...list.slice(index + 1)];

/** Whether one more level fits in `field`. */
export const canInsertLevel = (doc: PriorityDocument, field: LevelField) => doc[field].length < MAX_LEVELS;
/** Whether a level of `field` may go (one must stay). */
export const canRemoveLevel = (doc: PriorityDocument, field: LevelField) => doc[field].length > 1;
/** Whether one more priority fits. */
export const canInsertPriority = (doc: PriorityDocument) => doc.priorities.length < MAX_PRIORITIES;
/** Whether a priority may go (one must stay). */
export const canRemovePriority = (doc: PriorityDocument) => doc.priorities.length > 1;

/**
 * A new level named `name` at `index` of `field` (0 … length; length appends), with a fresh ID and no
 * description. Its matrix row or column starts at the lowest priority everywhere; the user changes cells after.
 */
export function insertLevel(doc: PriorityDocument, field: LevelField, index: number, name: string): PriorityDocument {
  if (!canInsertLevel(doc, field)) return doc;
  const level: Level = { id: freshId(doc[field], ID_PREFIX[field]), name, description: '' };
  const levels = insertAt(doc[field], index, level);
  const lowest = doc.priorities.at(-1)?.id ?? '';
  const matrix =
    field === 'impacts'
      ? sliceIn(
          doc.matrix,
          index,
          doc.urgencies.map(() => lowest),
        )
      : doc.matrix.map((row) => sliceIn(row, index, lowest));
  return { ...doc, [field]: levels, matrix };
}

/** `doc` without level `index` of `field`: its matrix row or column goes too, and a request that named it is cleared. */
export function removeLevel(doc: PriorityDocument, field: LevelField, index: number): PriorityDocument {
  if (!canRemoveLevel(doc, field)) return doc;
  const removed = doc[field][index]?.id;
  const levels = removeAt(doc[field], index);
  const matrix = field === 'impacts' ? sliceOut(doc.matrix, index) : doc.matrix.map((row) => sliceOut(row, index));
  const key = REQUEST_KEY[field];
  const stillThere = levels.some((l) => l.id === removed);
  const request = doc.request[key] === removed && !stillThere ? { ...doc.request, [key]: '' } : doc.request;
  return { ...doc, [field]: levels, matrix, request };
}

/** Level `index` of `field` with its name or description changed (its ID stays). */
export function setLevel(
  doc: PriorityDocument,
  field: LevelField,
  index: number,
  patch: Partial<Pick<Level, 'name' | 'description'>>,
): PriorityDocument {
  return { ...doc, [field]: patchAt<Level>(doc[field], index, patch) };
}

/**
 * A new priority at `index` (0 … length; length appends) with a fresh ID (`P5`) and the name `name(id)`. It
 * starts with the targets of the priority above it (of the first one when it goes at the top). No cell uses it
 * yet.
 */
export function insertPriority(doc: PriorityDocument, index: number, name: (id: string) => string): PriorityDocument {
  if (!canInsertPriority(doc)) return doc;
  const model = doc.priorities[index - 1] ?? doc.priorities[0];
  const id = freshId(doc.priorities, 'P');
  const priority: Priority = {
    id,
    name: name(id),
    responseMinutes: model?.responseMinutes ?? 60,
    resolutionMinutes: model?.resolutionMinutes ?? 480,
  };
  return { ...doc, priorities: insertAt(doc.priorities, index, priority) };
}

/**
 * `doc` without priority `index`. Cells that named it move to the priority that takes its place (the next lower
 * one), or to the new lowest when the lowest is removed.
 */
export function removePriority(doc: PriorityDocument, index: number): PriorityDocument {
  if (!canRemovePriority(doc)) return doc;
  const removed = doc.priorities[index]?.id;
  const priorities = removeAt(doc.priorities, index);
  if (priorities.some((p) => p.id === removed)) return { ...doc, priorities };
  // canRemovePriority leaves at least one.
  const heir = itemAt(priorities, Math.min(index, priorities.length - 1)).id;
  const matrix = doc.matrix.map((row) => row.map((cell) => (cell === removed ? heir : cell)));
  return { ...doc, priorities, matrix };
}

/** Priority `index` with its name or targets changed (its ID stays). */
export function setPriority(
  doc: PriorityDocument,
  index: number,
  patch: Partial<Omit<Priority, 'id'>>,
): PriorityDocument {
  return { ...doc, priorities: patchAt<Priority>(doc.priorities, index, patch) };
}

/** The cell for impact level `impact` and urgency level `urgency` set to priority `priorityId`. */
export function setCell(doc: PriorityDocument, impact: number, urgency: number, priorityId: string): PriorityDocument {
  const row = doc.matrix[impact];
  if (!row) throw new RangeError(`no matrix row ${impact}`);
  return { ...doc, matrix: replaceAt(doc.matrix, impact, replaceAt(row, urgency, priorityId)) };
}

/** The request being worked out, partly changed. */
export function setRequest(doc: PriorityDocument, patch: Partial<PriorityRequest>): PriorityDocument {
  return { ...doc, request: { ...doc.request, ...patch } };
}

/** One threshold (in percent of each target) changed. */
export function setThreshold(doc: PriorityDocument, threshold: keyof Thresholds, percent: number): PriorityDocument {
  return { ...doc, thresholds: { ...doc.thresholds, [threshold]: percent } };
}

/** The service hours, partly changed. */
export function setServiceHours(doc: PriorityDocument, patch: Partial<ServiceHours>): PriorityDocument {
  return { ...doc, serviceHours: { ...doc.serviceHours, ...patch } };
}

const WEEK = [1, 2, 3, 4, 5, 6, 7] as const;

/** Weekday `day` (ISO, 1 = Monday) made a service day (`on`) or not; the days stay in week order. */
export function setServiceDay(doc: PriorityDocument, day: number, on: boolean): PriorityDocument {
  return setServiceHours(doc, { days: toggleIn<number>(doc.serviceHours.days, day, on, WEEK) });
}
