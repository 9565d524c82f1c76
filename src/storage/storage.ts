/**
 * Where assessments are kept in the browser. The model never touches `indexedDB` or `localStorage` itself: it is
 * handed a `RecordStore`, so it imports cleanly in Node and tests pass an in-memory store.
 *
 * Every record is re-validated when read: a corrupt or hand-edited record is reported (never thrown away) and
 * the other records still load.
 */
import {
  namedMemoryStore,
  openChangeChannel,
  openNamedBrowserStore,
  rawRecordText,
  type RecordStore,
  type StoreKind,
  type StoreName,
} from './browser-store.ts';
import type { Assessment } from '../engine/assessment-schema.ts';
import { byCodeUnits } from '../engine/order.ts';

/** One saved assessment under its local ID (the ID is the browser's, not part of the exchange file). */
export interface SavedAssessment {
  id: string;
  assessment: Assessment;
}

/** A record that could not be read back, kept in storage untouched so nothing is lost. */
export interface UnreadableRecord {
  id: string;
  problem: string;
}

export type { RecordStore } from './browser-store.ts';

/** Where assessments are kept. The names are part of what users have saved: do not change them. */
export const ASSESSMENT_STORE: StoreName = {
  database: 'itss-delivery-portal',
  store: 'assessments',
  prefix: 'itss-assessment:',
};

export const memoryStore = namedMemoryStore;
export const openBrowserStore = () => openNamedBrowserStore(ASSESSMENT_STORE);
/** The channel on which tabs tell each other about changed assessments. */
export const openAssessmentChannel = (kind: StoreKind) => openChangeChannel(ASSESSMENT_STORE, kind);

/** A change could not be applied because the stored record is gone (deleted in another tab) or unreadable. */
export class RecordUnavailableError extends Error {
  readonly reason: 'gone' | 'unreadable';
  constructor(reason: 'gone' | 'unreadable', message: string) {
    super(message);
    this.name = 'RecordUnavailableError';
    this.reason = reason;
  }
}

const problemText = (issues: { path: string; message: string }[]) =>
  issues.map((i) => `${i.path || '(file)'}: ${i.message}`).join('; ');

/**
 * The assessment schema (and zod), loaded with `import()` the first time a stored record has to be read: an empty
 * store loads nothing.
 */
const loadSchema = () => import('../engine/assessment-schema.ts');

/** Assessments on top of a RecordStore, validated on the way in and out. */
export class AssessmentRepository {
  readonly store: RecordStore;
  constructor(store: RecordStore) {
    this.store = store;
  }

  /** Every saved assessment, newest first, plus the records that could not be read. */
  async list(): Promise<{ saved: SavedAssessment[]; unreadable: UnreadableRecord[] }> {
    const saved: SavedAssessment[] = [];
    const unreadable: UnreadableRecord[] = [];
    const records = await this.store.all();
    if (records.length === 0) return { saved, unreadable };
    const { parseAssessment } = await loadSchema();
    for (const [id, value] of records) {
      const parsed = parseAssessment(value);
      if (parsed.success) saved.push({ id, assessment: parsed.assessment });
      else unreadable.push({ id, problem: problemText(parsed.issues) });
    }
    saved.sort((a, b) => byCodeUnits(b.assessment.updated, a.assessment.updated));
    return { saved, unreadable };
  }

  async get(id: string): Promise<SavedAssessment | undefined> {
    const value = await this.store.get(id);
    if (value === undefined) return undefined;
    const { parseAssessment } = await loadSchema();
    const parsed = parseAssessment(value);
    if (!parsed.success) throw new Error(problemText(parsed.issues));
    return { id, assessment: parsed.assessment };
  }

  /**
   * Applies `change` to the latest stored version of an assessment and writes the result, in one transaction:
   * what another tab saved meanwhile is kept. Returns what was written. A record that is gone or unreadable is
   * left as it is (RecordUnavailableError).
   */
  async update(id: string, change: (latest: Assessment) => Assessment): Promise<Assessment> {
    const { parseAssessment } = await loadSchema();
    return this.store.update(id, (value) => {
      if (value === undefined) throw new RecordUnavailableError('gone', `the assessment ${id} is no longer stored`);
      const parsed = parseAssessment(value);
      if (!parsed.success) throw new RecordUnavailableError('unreadable', problemText(parsed.issues));
      return change(parsed.assessment);
    });
  }

  /** The record as stored, as text to download for repair (readable or not); undefined when there is none. */
  async raw(id: string): Promise<string | undefined> {
    const value = await this.store.get(id);
    return value === undefined ? undefined : rawRecordText(value);
  }

  async save(id: string, assessment: Assessment): Promise<void> {
    await this.store.put(id, assessment);
  }

  async remove(id: string): Promise<void> {
    await this.store.remove(id);
  }
}

/** A fresh local ID. */
export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
