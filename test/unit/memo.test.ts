/**
 * The memo of src/islands/shared/memo.ts renders again only when a prop changed: its comparison, over generated
 * props.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propsDiffer } from '../../src/islands/shared/memo.ts';

describe('propsDiffer', () => {
  it('sees no change in the same values, even in new objects', () => {
    const answer = { level: 'F' };
    const parts: never[] = [];
    expect(propsDiffer({ id: 'a', answer, parts }, { id: 'a', answer, parts })).toBe(false);
    expect(propsDiffer({ n: Number.NaN }, { n: Number.NaN })).toBe(false);
  });

  it('sees a changed value, an object replaced by an equal one, and an added or removed key', () => {
    expect(propsDiffer({ id: 'a' }, { id: 'b' })).toBe(true);
    expect(propsDiffer({ answer: { level: 'F' } }, { answer: { level: 'F' } })).toBe(true);
    expect(propsDiffer({ id: 'a' }, { id: 'a', answer: undefined })).toBe(true);
    expect(propsDiffer({ id: 'a', answer: undefined }, { id: 'a', other: undefined })).toBe(true);
    expect(propsDiffer({ zero: 0 }, { zero: -0 })).toBe(true);
  });

  it('is symmetric, and false exactly when every key holds the same value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), fc.dictionary(fc.string(), fc.anything()), (a, b) => {
        const same =
          Object.keys(a).length === Object.keys(b).length &&
          Object.keys(a).every((k) => Object.hasOwn(b, k) && Object.is(a[k], b[k]));
        expect(propsDiffer(a, b)).toBe(!same);
        expect(propsDiffer(b, a)).toBe(propsDiffer(a, b));
        expect(propsDiffer(a, { ...a })).toBe(false);
      }),
    );
  });
});
