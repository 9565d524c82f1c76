/** The copy-on-write list edits every template's edits are built from (src/templates/list-edits.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertAt, patchAt, removeAt, replaceAt, toggleIn } from '../../src/templates/list-edits.ts';

describe('list edits', () => {
  const list = ['a', 'b', 'c'] as const;

  it.each([
    [0, ['x', 'a', 'b', 'c']],
    [1, ['a', 'x', 'b', 'c']],
    [3, ['a', 'b', 'c', 'x']],
  ])('inserts at %i', (index, expected) => expect(insertAt(list, index, 'x')).toEqual(expected));

  it('removes, replaces and patches one item, leaving the input alone', () => {
    expect(removeAt(list, 1)).toEqual(['a', 'c']);
    expect(replaceAt(list, 2, 'z')).toEqual(['a', 'b', 'z']);
    const rows: { n: number; s: string }[] = [
      { n: 1, s: 'x' },
      { n: 2, s: 'y' },
    ];
    expect(patchAt(rows, 1, { s: 'z' })).toEqual([
      { n: 1, s: 'x' },
      { n: 2, s: 'z' },
    ]);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['insertAt', () => insertAt(list, 4, 'x')],
    ['insertAt', () => insertAt(list, -1, 'x')],
    ['removeAt', () => removeAt(list, 3)],
    ['removeAt', () => removeAt([], 0)],
    ['replaceAt', () => replaceAt(list, 0.5, 'x')],
    ['patchAt', () => patchAt([{ n: 1 }], 1, { n: 2 })],
  ])('%s refuses an index outside the list', (_, edit) => expect(edit).toThrow(RangeError));

  it('toggles a value in a fixed order, each once', () => {
    const order = [1, 2, 3, 4] as const;
    expect(toggleIn([3, 1], 2, true, order)).toEqual([1, 2, 3]);
    expect(toggleIn([1, 2, 3], 2, false, order)).toEqual([1, 3]);
    expect(toggleIn([1, 1], 1, true, order)).toEqual([1]);
  });

  it('inserting then removing at the same index gives back the list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(), fc.integer(), (items, n, item) => {
        const index = n % (items.length + 1);
        const inserted = insertAt(items, index, item);
        expect(inserted[index]).toBe(item);
        expect(removeAt(inserted, index)).toEqual(items);
      }),
    );
  });
});
