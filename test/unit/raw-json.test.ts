import { describe, expect, it } from 'vitest';
import { findDuplicateKeys, findForbiddenKeys } from '../../src/engine/raw-json.ts';

describe('findForbiddenKeys', () => {
  it.each<[string, string, { key: string; path: string }[]]>([
    ['a clean file', '{"a": {"b": [1, {"c": 2}]}, "constructorName": "x"}', []],
    ['__proto__ at the top', '{"__proto__": {"polluted": true}}', [{ key: '__proto__', path: '' }]],
    [
      '__proto__ in a map',
      '{"answers": {"__proto__": "x", "DM-PLAN-01": {}}}',
      [{ key: '__proto__', path: 'answers' }],
    ],
    ['constructor deep down', '{"plan": {"X": {"constructor": 1}}}', [{ key: 'constructor', path: 'plan.X' }]],
    ['prototype inside an array', '{"items": [{}, {"prototype": null}]}', [{ key: 'prototype', path: 'items.1' }]],
    [
      "several: an object's own keys before those inside its children",
      '{"a": {"prototype": 1}, "b": {"__proto__": 2}, "constructor": 3}',
      [
        { key: 'constructor', path: '' },
        { key: 'prototype', path: 'a' },
        { key: '__proto__', path: 'b' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(findForbiddenKeys(JSON.parse(text))).toEqual(expected);
  });
  it('ignores such words as values', () => {
    expect(findForbiddenKeys(JSON.parse('{"a": "__proto__", "b": ["constructor"]}'))).toEqual([]);
  });
  it('walks a very deep file without overflowing the stack', () => {
    const depth = 200_000;
    const text = `${'{"a":'.repeat(depth)}{"__proto__":1}${'}'.repeat(depth)}`;
    const found = findForbiddenKeys(JSON.parse(text));
    expect(found).toHaveLength(1);
    expect(found[0]!.key).toBe('__proto__');
  });
  it('stops at the limit', () => {
    const many = JSON.parse(`[${Array.from({ length: 50 }, () => '{"__proto__":1}').join(',')}]`) as unknown;
    expect(findForbiddenKeys(many, 5)).toHaveLength(5);
  });
});

describe('findDuplicateKeys', () => {
  it.each<[string, string, { key: string; path: string }[]]>([
    ['none', '{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}', []],
    ['at the top', '{"schemaVersion": 2, "title": "x", "schemaVersion": 1}', [{ key: 'schemaVersion', path: '' }]],
    ['inside a map', '{"answers": {"X": {"level": "N", "level": "F"}}}', [{ key: 'level', path: 'answers.X' }]],
    ['inside an array', '{"list": [{"a": 1}, {"b": 1, "b": 2}]}', [{ key: 'b', path: 'list.1' }]],
    ['three times counts once', '{"a": 1, "a": 2, "a": 3}', [{ key: 'a', path: '' }]],
    ['a repeated map key', '{"answers": {"X": {}, "X": {}}}', [{ key: 'X', path: 'answers' }]],
    ['escaped keys are decoded', '{"\\u0061": 1, "a": 2}', [{ key: 'a', path: '' }]],
    ['quotes and brackets inside strings are not structure', '{"a": "}{\\"a\\":", "b": "[,]"}', []],
    ['a key equal to a value is no duplicate', '{"a": "a", "b": {"c": "a"}}', []],
  ])('%s', (_, text, expected) => {
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(findDuplicateKeys(text)).toEqual(expected);
  });
  it('gives up quietly on text that is not JSON', () => {
    expect(() => findDuplicateKeys('{"a": 1, "a"')).not.toThrow();
    expect(() => findDuplicateKeys('{"\\x": 1}')).not.toThrow();
  });
});
