/**
 * Key–value stores in the browser, each under a name of its own (IndexedDB database and localStorage key prefix),
 * so assessments and templates never see each other's records. Fallback order: IndexedDB, else localStorage (e.g.
 * IndexedDB blocked in a private window), else memory (nothing survives a reload; the UI says so).
 *
 * Generic: nothing here knows what is stored, so templates use it without pulling in the assessment engine.
 */
import { createStore, del, entries, get, set } from 'idb-keyval';

/** A minimal key–value store of plain JSON values. */
export interface RecordStore {
  /** `indexeddb`, `localstorage` or `memory`: shown to the user so they know whether data survives a reload. */
  readonly kind: 'indexeddb' | 'localstorage' | 'memory';
  all(): Promise<[string, unknown][]>;
  get(id: string): Promise<unknown>;
  put(id: string, value: unknown): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface StoreName {
  /** IndexedDB database. One object store per database: idb-keyval cannot add a store to an existing database. */
  database: string;
  /** Object store inside the database. */
  store: string;
  /** Key prefix in localStorage. */
  prefix: string;
}

export function namedMemoryStore(): RecordStore {
  const map = new Map<string, unknown>();
  return {
    kind: 'memory',
    all: async () => [...map.entries()].map(([k, v]) => [k, structuredClone(v)]),
    get: async (id) => structuredClone(map.get(id)),
    put: async (id, value) => void map.set(id, structuredClone(value)),
    remove: async (id) => void map.delete(id),
  };
}

export function namedLocalStorageStore(ls: Storage, prefix: string): RecordStore {
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
        if (key?.startsWith(prefix)) rows.push([key.slice(prefix.length), read(key)]);
      }
      return rows;
    },
    get: async (id) => read(prefix + id),
    put: async (id, value) => ls.setItem(prefix + id, JSON.stringify(value)),
    remove: async (id) => ls.removeItem(prefix + id),
  };
}

export function namedIndexedDbStore(name: StoreName): RecordStore {
  const store = createStore(name.database, name.store);
  return {
    kind: 'indexeddb',
    all: async () => (await entries(store)).map(([k, v]) => [String(k), v]),
    get: (id) => get(id, store),
    put: (id, value) => set(id, value, store),
    remove: (id) => del(id, store),
  };
}

/** The best store this browser offers under `name`. */
export async function openNamedBrowserStore(name: StoreName): Promise<RecordStore> {
  try {
    if (typeof indexedDB !== 'undefined') {
      const store = namedIndexedDbStore(name);
      await store.all(); // opening can fail late (private mode, quota, policy)
      return store;
    }
  } catch {
    /* fall through */
  }
  try {
    if (typeof localStorage !== 'undefined') {
      const probe = `${name.prefix}__probe`;
      localStorage.setItem(probe, '1');
      localStorage.removeItem(probe);
      return namedLocalStorageStore(localStorage, name.prefix);
    }
  } catch {
    /* fall through */
  }
  return namedMemoryStore();
}

/** Where the templates keep their documents. */
export const TEMPLATE_STORE: StoreName = {
  database: 'itss-delivery-portal-templates',
  store: 'documents',
  prefix: 'itss-template:',
};
