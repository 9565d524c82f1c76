/**
 * Where assessments are kept in the browser. The model never touches `indexedDB` or `localStorage` itself: it is
 * handed a `RecordStore`, so it imports cleanly in Node and tests pass an in-memory store.
 *
 * Every record is re-validated when read: a corrupt or hand-edited record is reported (never thrown away) and
 * the other records still load.
 */
import { createStore, del, entries, get, set } from 'idb-keyval';
import { parseAssessment, type Assessment } from '../engine/index.ts';

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

/** A minimal key–value store of plain JSON values. */
export interface RecordStore {
  /** `indexeddb`, `localstorage` or `memory`: shown to the user so they know whether data survives a reload. */
  readonly kind: 'indexeddb' | 'localstorage' | 'memory';
  all(): Promise<[string, unknown][]>;
  get(id: string): Promise<unknown>;
  put(id: string, value: unknown): Promise<void>;
  remove(id: string): Promise<void>;
}

export function memoryStore(): RecordStore {
  const map = new Map<string, unknown>();
  return {
    kind: 'memory',
    all: async () => [...map.entries()].map(([k, v]) => [k, structuredClone(v)]),
    get: async (id) => structuredClone(map.get(id)),
    put: async (id, value) => void map.set(id, structuredClone(value)),
    remove: async (id) => void map.delete(id),
  };
}

const LS_PREFIX = 'itss-assessment:';

export function localStorageStore(ls: Storage): RecordStore {
  const read = (key: string): unknown => {
    const text = ls.getItem(key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return text; // kept as the raw string; validation reports it as unreadable
    }
  };
  return {
    kind: 'localstorage',
    all: async () => {
      const rows: [string, unknown][] = [];
      for (let i = 0; i < ls.length; i++) {
        const key = ls.key(i);
        if (key?.startsWith(LS_PREFIX)) rows.push([key.slice(LS_PREFIX.length), read(key)]);
      }
      return rows;
    },
    get: async (id) => read(LS_PREFIX + id),
    put: async (id, value) => ls.setItem(LS_PREFIX + id, JSON.stringify(value)),
    remove: async (id) => ls.removeItem(LS_PREFIX + id),
  };
}

export function indexedDbStore(): RecordStore {
  const store = createStore('itss-delivery-portal', 'assessments');
  return {
    kind: 'indexeddb',
    all: async () => (await entries(store)).map(([k, v]) => [String(k), v]),
    get: (id) => get(id, store),
    put: (id, value) => set(id, value, store),
    remove: (id) => del(id, store),
  };
}

/**
 * The best store this browser offers: IndexedDB, else localStorage (e.g. IndexedDB blocked in a private
 * window), else memory (nothing survives a reload; the UI says so).
 */
export async function openBrowserStore(): Promise<RecordStore> {
  try {
    if (typeof indexedDB !== 'undefined') {
      const store = indexedDbStore();
      await store.all(); // opening can fail late (private mode, quota, policy)
      return store;
    }
  } catch {
    /* fall through */
  }
  try {
    if (typeof localStorage !== 'undefined') {
      const probe = `${LS_PREFIX}__probe`;
      localStorage.setItem(probe, '1');
      localStorage.removeItem(probe);
      return localStorageStore(localStorage);
    }
  } catch {
    /* fall through */
  }
  return memoryStore();
}

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
    for (const [id, value] of await this.store.all()) {
      const parsed = parseAssessment(value);
      if (parsed.success) saved.push({ id, assessment: parsed.assessment });
      else unreadable.push({ id, problem: parsed.issues.map((i) => `${i.path || '(file)'}: ${i.message}`).join('; ') });
    }
    saved.sort((a, b) => b.assessment.updated.localeCompare(a.assessment.updated));
    return { saved, unreadable };
  }

  async get(id: string): Promise<SavedAssessment | undefined> {
    const value = await this.store.get(id);
    if (value === undefined) return undefined;
    const parsed = parseAssessment(value);
    if (!parsed.success) throw new Error(parsed.issues.map((i) => `${i.path || '(file)'}: ${i.message}`).join('; '));
    return { id, assessment: parsed.assessment };
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
