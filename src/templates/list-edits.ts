/**
 * Copy-on-write edits of one list inside a document: the building blocks of every template's edits (a row of an
 * SLA, an item of a plan, a level of the priority matrix). Each returns a new array and leaves its input alone.
 * An index outside the list is a mistake of the caller, not of the user, so it throws rather than guesses.
 *
 * Pure: no DOM.
 */

function checkIndex(list: readonly unknown[], index: number, end: number): void {
  if (!Number.isInteger(index) || index < 0 || index > end)
    throw new RangeError(`index ${index} is outside 0…${end} (a list of ${list.length})`);
}

/** `list` with `item` placed at `index` (0 … length; length appends). */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  checkIndex(list, index, list.length);
  return [...list.slice(0, index), item, ...list.slice(index)];
}

/** `list` without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  checkIndex(list, index, list.length - 1);
  return list.filter((_, i) => i !== index);
}

/** `list` with the item at `index` replaced by `item`. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  checkIndex(list, index, list.length - 1);
  return list.map((x, i) => (i === index ? item : x));
}

/** `list` with the fields of `patch` written onto the item at `index`. */
export function patchAt<T extends object>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  checkIndex(list, index, list.length - 1);
  return list.map((x, i) => (i === index ? { ...x, ...patch } : x));
}

/** `list` in `order`, with `value` in it when `on` and out of it otherwise (a group of checkboxes). */
export function toggleIn<T>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  return order.filter((v) => (v === value ? on : list.includes(v)));
}
