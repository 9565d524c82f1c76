import { describe, expect, it } from 'vitest';
import { itemAt, valueAt } from '../../src/engine/invariant.ts';

describe('itemAt', () => {
  it('returns the item at an index, null included', () => {
    expect(itemAt(['a', 'b'], 1)).toBe('b');
    expect(itemAt([null], 0)).toBeNull();
  });
  it.each([-1, 2, 0.5])('throws at %s, naming the index', (index) => {
    expect(() => itemAt(['a', 'b'], index)).toThrow(`No item at index ${index} (of 2)`);
  });
});

describe('valueAt', () => {
  it('returns the value of a key, 0 and false included', () => {
    expect(valueAt(new Map([['a', 0]]), 'a')).toBe(0);
    expect(valueAt(new Map([['a', false]]), 'a')).toBe(false);
  });
  it('throws for a missing key, naming it', () => {
    expect(() => valueAt(new Map([['a', 1]]), 'b')).toThrow('No entry for b');
  });
});
