/**
 * Lookups the caller knows succeed (an index within a parallel array, an ID taken from the same catalog), in
 * place of a `!` assertion: a broken invariant fails here, naming what was missing, instead of as an undefined
 * value further on.
 */

/** The item at `index` of `list`; throws when there is none. */
export function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`No item at index ${index} (of ${list.length})`);
  return item;
}

/** The value of `key` in `map`; throws when it has none. */
export function valueAt<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`No entry for ${String(key)}`);
  return value;
}
