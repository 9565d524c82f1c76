import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../src/engine/order.ts';

describe('byCodeUnits (src/engine/order.ts)', () => {
  it('orders the times the portal writes (toISOString) as time does', () => {
    const time = fc.date({
      min: new Date('1970-01-01T00:00:00Z'),
      max: new Date('2999-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(fc.array(time), (dates) => {
        const byText = dates.map((d) => d.toISOString()).sort(byCodeUnits);
        const byTime = [...dates].sort((a, b) => a.getTime() - b.getTime()).map((d) => d.toISOString());
        expect(byText).toEqual(byTime);
      }),
    );
  });

  it('is a total order: antisymmetric, zero only for equal strings, and the same as < and >', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(byCodeUnits(a, b))).toBe(-Math.sign(byCodeUnits(b, a)) || 0);
        expect(byCodeUnits(a, b) === 0).toBe(a === b);
        expect(byCodeUnits(a, b) < 0).toBe(a < b);
      }),
    );
  });

  it('orders IDs the same on every machine, whatever its language', () => {
    expect(['b-2', 'B-1', 'a-10', 'a-9'].sort(byCodeUnits)).toEqual(['B-1', 'a-10', 'a-9', 'b-2']);
  });
});
