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
/**
 * A turn runs just after the next frame, so each part is laid out and painted in a frame of its own (a timer alone
 * let several parts pile up into one frame whose layout took 180 ms at 4× throttle). A hidden tab draws no frames:
 * the timer runs the turn anyway.
 */
function afterNextFrame(run: () => void) {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

const turns = createDrawTurns({
  schedule: afterNextFrame,
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
    return () => turns.done(turn);
  }, [shown]);
  return shown ? <>{children}</> : null;
}

/**
 * A table's rows in batches of `size`, each in its turn; with `firstNow`, the first batch is drawn with the table.
 * Batches are keyed `batch-<n>`, so the rows' own keys must not take that form.
 */
export function inBatches<T>(items: readonly T[], size: number, draw: (item: T) => VNode, firstNow = true): VNode[] {
  const batches: VNode[] = [];
  for (let start = 0; start < items.length; start += size) {
    const rows = items.slice(start, start + size).map(draw);
    if (start === 0 && firstNow) batches.push(...rows);
    else batches.push(<Later key={`batch-${start / size}`}>{rows}</Later>);
  }
  return batches;
}
