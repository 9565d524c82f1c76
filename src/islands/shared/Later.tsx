/**
 * A part of a long view that is drawn in its turn (src/app/draw-turns.ts): nothing at first, its children once the
 * parts before it are drawn, one part per task. Rendered to a string (no document), it draws at once.
 */
import type { ComponentChildren, VNode } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { computed, signal } from '@preact/signals';
import { createDrawTurns } from '../../app/draw-turns.ts';

const inBrowser = typeof document !== 'undefined';
const waiting = signal(0);
const turns = createDrawTurns({
  schedule: (run) => void setTimeout(run, 0),
  onChange: (count) => (waiting.value = count),
});

/** `"true"` once no part waits for its turn: bound to a `data-drawn` attribute that tests can wait for. */
export const allDrawn = computed(() => String(waiting.value === 0));

/** Draws every waiting part now, and any part asked for later at once (see DrawTurns.drawAll). */
export function drawAll(): void {
  turns.drawAll();
}

export default function Later({ children }: { children: ComponentChildren }) {
  const [shown, setShown] = useState(!inBrowser);
  useLayoutEffect(() => {
    if (shown) return;
    const turn = () => setShown(true);
    turns.wait(turn);
    // Runs once the part is drawn (the state changed) or when it goes away before its turn.
    return () => {
      turns.cancel(turn);
      turns.drawn(turn);
    };
  }, [shown]);
  return shown ? <>{children}</> : null;
}

/**
 * A table's rows in batches of `size`: the first batch is drawn with the table, each further batch in its turn
 * (keyed `batch-<n>`, so the rows' own keys must not take that form).
 */
export function inBatches<T>(items: readonly T[], size: number, draw: (item: T) => VNode): VNode[] {
  const first = items.slice(0, size).map(draw);
  const rest: VNode[] = [];
  for (let start = size; start < items.length; start += size)
    rest.push(<Later key={`batch-${start / size}`}>{items.slice(start, start + size).map(draw)}</Later>);
  return [...first, ...rest];
}
