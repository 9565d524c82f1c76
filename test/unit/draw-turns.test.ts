/**
 * Drawing a long view in turns (src/app/draw-turns.ts): one part per task, in the order asked, parts that went away
 * skipped, and everything at once from the moment printing asks for it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDrawTurns, type Turn } from '../../src/app/draw-turns.ts';

/** Turns over a fake task queue: `task()` runs the next scheduled task. */
function setup() {
  const tasks: (() => void)[] = [];
  const counts: number[] = [];
  const turns = createDrawTurns({ schedule: (run) => tasks.push(run), onChange: (n) => counts.push(n) });
  const drawn: string[] = [];
  /** A part as Later.tsx makes it: drawing it records its name and reports it drawn. */
  const part = (name: string): Turn => {
    const turn: Turn = () => {
      drawn.push(name);
      turns.done(turn);
    };
    return turn;
  };
  const task = () => {
    const run = tasks.shift();
    if (!run) throw new Error('no task scheduled');
    run();
  };
  return { turns, tasks, counts, drawn, part, task };
}

describe('draw turns', () => {
  it('draws one part per task, in the order they asked', () => {
    const { turns, tasks, drawn, part, task } = setup();
    for (const name of ['a', 'b', 'c']) turns.wait(part(name));
    expect(drawn).toEqual([]);
    expect(turns.waiting).toBe(3);
    expect(tasks).toHaveLength(1);
    task();
    expect(drawn).toEqual(['a']);
    task();
    expect(drawn).toEqual(['a', 'b']);
    task();
    expect(drawn).toEqual(['a', 'b', 'c']);
    expect(turns.waiting).toBe(0);
    expect(tasks).toHaveLength(0);
  });

  it('queues the parts a drawn part holds after those already waiting', () => {
    const { turns, drawn, part, task } = setup();
    const outer: Turn = () => {
      drawn.push('outer');
      turns.wait(part('inner'));
      turns.done(outer);
    };
    turns.wait(outer);
    turns.wait(part('next'));
    task();
    task();
    task();
    expect(drawn).toEqual(['outer', 'next', 'inner']);
    expect(turns.waiting).toBe(0);
  });

  it('skips a part that went away before its turn, and stops counting it', () => {
    const { turns, drawn, part, task, tasks } = setup();
    const gone = part('gone');
    turns.wait(part('a'));
    turns.wait(gone);
    turns.wait(part('b'));
    turns.done(gone);
    expect(turns.waiting).toBe(2);
    task();
    task();
    expect(drawn).toEqual(['a', 'b']);
    expect(tasks).toHaveLength(0);
  });

  it('reports every change of the number waiting, ending at zero', () => {
    const { turns, counts, part, task } = setup();
    turns.wait(part('a'));
    turns.wait(part('b'));
    task();
    task();
    expect(counts).toEqual([1, 2, 1, 0]);
  });

  it('draws everything at once when asked, and every part asked for afterwards as it asks', () => {
    const { turns, drawn, part, task, tasks } = setup();
    turns.wait(part('a'));
    turns.wait(part('b'));
    turns.drawAll();
    expect(drawn).toEqual(['a', 'b']);
    expect(turns.waiting).toBe(0);
    turns.wait(part('later'));
    expect(drawn).toEqual(['a', 'b', 'later']);
    // The task scheduled before drawAll finds nothing left to draw.
    task();
    expect(drawn).toEqual(['a', 'b', 'later']);
    expect(tasks).toHaveLength(0);
  });

  it('draws every part exactly once, in order, whatever the parts that go away', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 40 }), (goes) => {
        const { turns, drawn, part, tasks } = setup();
        const parts = goes.map((_, i) => part(String(i)));
        parts.forEach((p) => turns.wait(p));
        goes.forEach((g, i) => {
          if (!g) return;
          turns.done(parts[i]!);
        });
        while (tasks.length > 0) tasks.shift()!();
        expect(drawn).toEqual(goes.flatMap((g, i) => (g ? [] : [String(i)])));
        expect(turns.waiting).toBe(0);
      }),
    );
  });
});
