/**
 * A three-way merge of template documents, field by field, so that two tabs editing one document keep each
 * other's changes. `diffFields(base, edited)` lists what one tab changed since the version it last stored
 * (`base`): one edit per leaf field, by path. `applyFields(latest, edits, …)` writes only those fields onto the
 * latest stored version. Where both changed the same field, the edit applied last wins.
 *
 * Arrays: when an array has the same length in `base` and `edited`, its items are compared one by one (a field
 * of row 3 is its own edit). When its length changed (a row added or removed), the whole array is one edit. An
 * edit inside an array is applied only when the latest array still has the length the base had; otherwise rows
 * may have moved, and the whole array as edited is written instead (later wins for that array).
 *
 * Pure: no DOM, no storage.
 */

export type FieldPath = (string | number)[];

export interface FieldEdit {
  /** Where the field is: object keys and array indexes. */
  path: FieldPath;
  /** The edited value; undefined when the field was removed. */
  value: unknown;
  /** Arrays on the way to the field that were compared item by item: their path and length in the base. */
  arrays: { path: FieldPath; length: number }[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `priorities.1.responseMinutes`: the dotted path the issue messages use too. */
export const pathKey = (path: FieldPath) => path.join('.');

/** The fields changed from `base` to `edited`. The root `updated` stamp is not a field of its own. */
export function diffFields(base: unknown, edited: unknown): FieldEdit[] {
  const edits: FieldEdit[] = [];
  const walk = (a: unknown, b: unknown, path: FieldPath, arrays: FieldEdit['arrays']) => {
    if (isRecord(a) && isRecord(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (path.length === 0 && key === 'updated') continue;
        walk(
          Object.hasOwn(a, key) ? a[key] : undefined,
          Object.hasOwn(b, key) ? b[key] : undefined,
          [...path, key],
          arrays,
        );
      }
    } else if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      const inner = [...arrays, { path, length: a.length }];
      a.forEach((item, i) => walk(item, b[i], [...path, i], inner));
    } else if (!same(a, b)) {
      edits.push({ path, value: b === undefined ? undefined : structuredClone(b), arrays });
    }
  };
  walk(base, edited, [], []);
  return edits;
}

function valueAt(doc: unknown, path: FieldPath): unknown {
  let node = doc;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** A copy of `doc` with `value` at `path` (containers on the way copied, missing ones created). */
function withValue<T>(doc: T, path: FieldPath, value: unknown): T {
  if (path.length === 0) return structuredClone(value) as T;
  const [step, ...rest] = path as [string | number, ...FieldPath];
  const container: unknown = doc;
  if (Array.isArray(container)) {
    const copy = [...(container as unknown[])];
    copy[step as number] = withValue(copy[step as number], rest, value);
    return copy as T;
  }
  const copy: Record<string, unknown> = isRecord(container) ? { ...container } : {};
  const inner = withValue(copy[step], rest, value);
  if (inner === undefined && rest.length === 0) delete copy[step];
  else copy[step] = inner;
  return copy as T;
}

/**
 * `latest` with the `edits` of one tab applied. `edited` is that tab's whole document, used when an array an edit
 * lies in has changed length in `latest` (the array is then taken whole from `edited`).
 */
export function applyFields<T>(latest: T, edits: readonly FieldEdit[], edited: unknown): T {
  let doc = latest;
  for (const edit of edits) {
    const moved = edit.arrays.find(({ path, length }) => {
      const now = valueAt(doc, path);
      return !Array.isArray(now) || now.length !== length;
    });
    doc = moved ? withValue(doc, moved.path, valueAt(edited, moved.path)) : withValue(doc, edit.path, edit.value);
  }
  return doc;
}
