/**
 * Drawing a long view in turns. The report drew its ~4,000 elements in one task: 0.8 s of blocked main thread at
 * Lighthouse's 4× CPU throttle, during which a click or a key waited (issue 12). Each part of the view that can
 * wait takes a turn: the parts are drawn one per task, in the order they asked, so the browser can answer input
 * and paint between them. Printing asks for everything at once: from then on a part draws as soon as it asks.
 *
 * No DOM here: `schedule` is `setTimeout` in the browser and a fake in the unit tests.
 */

/** Draws one waiting part (sets its state to shown). */
export type Turn = () => void;

export interface DrawTurns {
  /** Queues a part; it is drawn after every part queued before it (or at once, after `drawAll`). */
  wait(turn: Turn): void;
  /** A part was drawn, or went away before its turn: it leaves the queue and no longer counts as waiting. */
  done(turn: Turn): void;
  /**
   * Draws every queued part now, and every part asked for from now on as soon as it asks (before printing: the parts
   * those parts hold are drawn in the same pass, so nothing is missing from the page by the time it is printed).
   */
  drawAll(): void;
  /** How many parts are queued or asked to draw and not yet drawn. */
  readonly waiting: number;
}

export interface DrawTurnsOptions {
  /** Runs a function in a later task. */
  schedule: (run: () => void) => void;
  /** Called whenever the number of waiting parts changes. */
  onChange?: (waiting: number) => void;
}

export function createDrawTurns({ schedule, onChange }: DrawTurnsOptions): DrawTurns {
  const queue: Turn[] = [];
  /** Parts queued or told to draw, not yet drawn. */
  const pending = new Set<Turn>();
  let scheduled = false;
  let atOnce = false;

  const changed = () => onChange?.(pending.size);
  const next = () => {
    scheduled = false;
    queue.shift()?.();
    plan();
  };
  const plan = () => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    schedule(next);
  };
  return {
    wait(turn) {
      pending.add(turn);
      changed();
      if (atOnce) return turn();
      queue.push(turn);
      plan();
    },
    done(turn) {
      const i = queue.indexOf(turn);
      if (i >= 0) queue.splice(i, 1);
      if (pending.delete(turn)) changed();
    },
    drawAll() {
      atOnce = true;
      for (const turn of queue.splice(0)) turn();
    },
    get waiting() {
      return pending.size;
    },
  };
}
