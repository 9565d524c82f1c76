/**
 * The history page's model: the snapshots of one assessment scored by the engine (one row each, as
 * `assess history` prints them), the element changes between two chosen snapshots, and "save snapshot".
 * No DOM: storage and clock are passed in.
 */
import { computed, signal } from '@preact/signals';
import { compareSnapshots, historyOf, withSnapshot, type ElementChange } from '../engine/history.ts';
import type { Snapshot } from '../engine/assessment-schema.ts';
import { createRecordEditor } from './record-editor.ts';
import { createReportModel, type ReportModelOptions } from './report-model.ts';

/** What the last "save snapshot" did. */
export type SnapshotStatus =
  | { state: 'idle' }
  | { state: 'empty-label' }
  | { state: 'saved'; label: string; dropped: Snapshot[] }
  | { state: 'failed' };

/** Counts of element changes between two snapshots. */
export type ChangeCounts = Record<ElementChange['change'], number>;

export function createHistoryModel(options: ReportModelOptions) {
  const base = createReportModel(options);
  const editor = createRecordEditor(base, options.repository);
  const now = options.now ?? (() => new Date());
  const snapshotStatus = signal<SnapshotStatus>({ state: 'idle' });
  /** Positions of the two snapshots compared; null means the default (the last two). */
  const fromIndex = signal<number | null>(null);
  const toIndex = signal<number | null>(null);

  const shown = computed(() => {
    const s = base.state.value;
    return s.status === 'ready' ? s : undefined;
  });

  /** One row per snapshot, oldest first. */
  const rows = computed(() => {
    const s = shown.value;
    return s ? historyOf(s.catalog, s.assessment) : [];
  });

  /** The pair compared: the chosen one, else the last two snapshots; undefined with fewer than two. */
  const pair = computed(() => {
    const n = shown.value?.assessment.snapshots.length ?? 0;
    if (n < 2) return undefined;
    const clamp = (i: number | null, fallback: number) => (i === null || i < 0 || i >= n ? fallback : i);
    return { from: clamp(fromIndex.value, n - 2), to: clamp(toIndex.value, n - 1) };
  });

  /** Every requirement element's change between the pair (in scope in either), in catalog order. */
  const changes = computed(() => {
    const s = shown.value;
    const p = pair.value;
    if (!s || !p) return [];
    return compareSnapshots(s.catalog, s.assessment, p.from, p.to).filter(
      (c) => c.from.points !== null || c.to.points !== null,
    );
  });

  const counts = computed((): ChangeCounts => {
    const out: ChangeCounts = { improved: 0, regressed: 0, unchanged: 0, 'not-comparable': 0 };
    for (const c of changes.value) out[c.change]++;
    return out;
  });

  /** Saves a snapshot of the assessment as it is now; the oldest is dropped past the bound (and reported). */
  async function saveSnapshot(label: string): Promise<boolean> {
    if (label.trim() === '') {
      snapshotStatus.value = { state: 'empty-label' };
      return false;
    }
    let dropped: Snapshot[] = [];
    const ok = await editor.change((a) => {
      const r = withSnapshot(a, label, { now: now() });
      dropped = r.dropped;
      return r.assessment;
    });
    snapshotStatus.value = ok ? { state: 'saved', label: label.trim(), dropped } : { state: 'failed' };
    if (ok) {
      // Compare the new snapshot with the one before it.
      fromIndex.value = null;
      toIndex.value = null;
    }
    return ok;
  }

  return {
    ...base,
    rows,
    pair,
    changes,
    counts,
    snapshotStatus,
    editStatus: editor.status,
    saveSnapshot,
    choose: (which: 'from' | 'to', index: number) => void ((which === 'from' ? fromIndex : toIndex).value = index),
  };
}

export type HistoryModel = ReturnType<typeof createHistoryModel>;
