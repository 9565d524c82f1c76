/**
 * Checks on a file's JSON before any schema sees it, shared by every importer (assessments and template
 * documents). `JSON.parse` keeps a `"__proto__"` key as an own property, but a zod record skips it without a word,
 * so a file could pass validation while part of it vanished; such keys are refused here by name. A key written
 * twice in one object is legal JSON that keeps only the last value, so it is found here for a warning. Both
 * walks are iterative: a file may nest a million levels deep. Pure: no DOM, no Node.
 */

/** Keys that name parts of JavaScript's object model; no field or ID of the portal's files uses them. */
const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** A key found in a file, and the dotted path of the object that holds it (empty for the top level). */
export interface KeyAt {
  key: string;
  path: string;
}

/** Path of a key inside the object at `path`. */
export const keyPath = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Every forbidden key in a parsed JSON value, in document order, at most `limit` of them. Values that JSON
 * cannot produce (getters, proxies) are not the concern here: files come from `JSON.parse`.
 */
export function findForbiddenKeys(value: unknown, limit = 20): KeyAt[] {
  const found: KeyAt[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (found.length < limit) {
    const next = stack.pop();
    if (!next) break;
    const { value: node, path } = next;
    if (typeof node !== 'object' || node === null) continue;
    const keys = Object.keys(node);
    const children: { value: unknown; path: string }[] = [];
    for (const key of keys) {
      if (!Array.isArray(node) && FORBIDDEN_KEYS.includes(key)) {
        found.push({ key, path });
        if (found.length >= limit) break;
      }
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) children.push({ value: child, path: keyPath(path, key) });
    }
    // Pushed in reverse so that the first key is visited first.
    for (const child of children.reverse()) stack.push(child);
  }
  return found;
}

/**
 * Keys written more than once in the same object of a JSON text, in document order, each reported once per
 * object, at most `limit` of them. Expects text that `JSON.parse` accepts; on anything else it returns what it
 * found up to the point where it lost its way, never throws.
 */
export function findDuplicateKeys(text: string, limit = 20): KeyAt[] {
  const found: KeyAt[] = [];
  /**
   * One open object or array: its path, the keys seen (objects only, each with whether it was reported as written
   * twice) and what the next string is.
   */
  interface Frame {
    path: string;
    keys: Map<string, boolean> | undefined;
    expectKey: boolean;
    index: number;
    current: string;
  }
  const stack: Frame[] = [];
  let i = 0;
  const n = text.length;
  const childPath = () => {
    const top = stack.at(-1);
    if (!top) return '';
    return top.keys ? keyPath(top.path, top.current) : keyPath(top.path, String(top.index));
  };
  while (i < n && found.length < limit) {
    const c = text.charAt(i);
    if (c === '"') {
      // A string: find its end, skipping escapes, and decode it only when it is a key.
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          return found;
        }
        const reported = top.keys.get(key);
        if (reported === undefined) top.keys.set(key, false);
        else if (!reported) {
          top.keys.set(key, true);
          found.push({ key, path: top.path });
        }
        top.current = key;
        top.expectKey = false;
      }
      i = j + 1;
      continue;
    }
    if (c === '{' || c === '[') {
      const path = childPath();
      stack.push({
        path,
        keys: c === '{' ? new Map() : undefined,
        expectKey: c === '{',
        index: 0,
        current: '',
      });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
      else if (top) top.index++;
    }
    i++;
  }
  return found;
}
