/**
 * Key–value stores in the browser, each under a name of its own (IndexedDB database and localStorage key prefix),
 * so assessments and templates never see each other's records. Fallback order: IndexedDB, else localStorage (e.g.
 * IndexedDB blocked in a private window), else memory (nothing survives a reload). A fallback is never silent: the
 * store says why it is not the browser database (`opened.fallbackFrom`), and the UI tells the user.
 *
 * A database that exists but lacks its object store (an old or foreign schema, a partly deleted database) is
 * repaired: it is reopened one version up and the store is created.
 *
 * Writes that change part of a record go through `update`, a read-modify-write on the latest stored value in one
 * IndexedDB readwrite transaction, so two tabs never write each other's stale copy. Other tabs hear of each
 * change through a `ChangeChannel` (BroadcastChannel in the browser).
 *
 * Generic: nothing here knows what is stored, so templates use it without pulling in the assessment engine.
 */
import { del, entries, get, set, update, type UseStore } from 'idb-keyval';

export type StoreKind = 'indexeddb' | 'localstorage' | 'memory';

/**
 * Why a storage operation failed, from the DOMException's name, so the UI can say it in the user's language:
 * `quota` (the browser's storage is full), `closed` (the browser closed the database, e.g. it was deleted or the
 * disk went away), `missing-store` (the database has no store for the app's records), `denied` (the browser or a
 * policy forbids storage here), `version` (a newer version of the database is open), `blocked` (another tab keeps
 * the database from being repaired), `unavailable` (this browser offers no IndexedDB), `data` (a value that cannot
 * be stored), `gone` (the record was deleted meanwhile, e.g. in another tab), `unreadable` (the stored record no
 * longer reads as what it should be), `unknown` (anything else).
 */
export type StorageProblem =
  | 'gone'
  | 'unreadable'
  | 'quota'
  | 'closed'
  | 'missing-store'
  | 'denied'
  | 'version'
  | 'blocked'
  | 'unavailable'
  | 'data'
  | 'unknown';

const PROBLEM_BY_NAME: Record<string, StorageProblem> = {
  QuotaExceededError: 'quota',
  InvalidStateError: 'closed',
  TransactionInactiveError: 'closed',
  AbortError: 'closed',
  NotFoundError: 'missing-store',
  SecurityError: 'denied',
  NotAllowedError: 'denied',
  VersionError: 'version',
  DataCloneError: 'data',
  DataError: 'data',
};

/** A storage failure: what kind it is, for a localized message, and the browser's own words as secondary detail. */
export interface StorageFailure {
  problem: StorageProblem;
  /** The browser's message (English, as the browser words it), without trailing punctuation. */
  detail: string;
}

/** Classifies an error thrown by IndexedDB or localStorage. */
export function describeStorageError(err: unknown): StorageFailure {
  const name = err instanceof Error || isDomExceptionLike(err) ? (err as { name: string }).name : '';
  const message = err instanceof Error || isDomExceptionLike(err) ? (err as { message: string }).message : String(err);
  const problem =
    (err instanceof StorageError && err.problem) ||
    PROBLEM_BY_NAME[name] ||
    (/quota/i.test(`${name} ${message}`) ? 'quota' : 'unknown');
  const detail = [name && name !== 'Error' && !message.includes(name) ? name : '', message]
    .filter(Boolean)
    .join(': ')
    .replace(/[\s.。]+$/u, '');
  return { problem, detail };
}

const isDomExceptionLike = (err: unknown) =>
  typeof err === 'object' && err !== null && typeof (err as { name?: unknown }).name === 'string';

/** An error of this module with a known problem. */
export class StorageError extends Error {
  readonly problem: StorageProblem;
  constructor(problem: StorageProblem, message: string) {
    super(message);
    this.name = 'StorageError';
    this.problem = problem;
  }
}

/** What happened when a store was opened, so the user can be told where their work is kept and why. */
interface StoreOpening {
  /** The database lacked the app's store, and it was created again. */
  repaired?: boolean;
  /**
   * With `repaired`: how many records the database holds in other stores, which this site cannot read (left
   * untouched; `RecordStore.foreignRecords` gives them for a download). Absent when there are none, so nothing
   * was lost.
   */
  foreign?: number;
  /** Why the browser database is not used: the store in use is a fallback (localStorage or memory). */
  fallbackFrom?: StorageFailure;
  /** Records found in localStorage, left there by an earlier fallback, and moved into the database. */
  adopted?: number;
  /** Of those, records whose key the database already held with other content: kept under a key of their own. */
  copies?: number;
}

/** A minimal key–value store of plain JSON values. */
export interface RecordStore {
  /** `indexeddb`, `localstorage` or `memory`: shown to the user so they know whether data survives a reload. */
  readonly kind: StoreKind;
  /** Set by `openNamedBrowserStore`: repairs made and fallbacks taken while opening. */
  readonly opened?: StoreOpening;
  all(): Promise<[string, unknown][]>;
  get(id: string): Promise<unknown>;
  put(id: string, value: unknown): Promise<void>;
  remove(id: string): Promise<void>;
  /**
   * Reads the latest stored value (undefined when there is none), computes the next one with `change` and writes
   * it, as one step that no other tab's write can split (one IndexedDB readwrite transaction). Returns what was
   * written. `change` may throw to write nothing; the error is passed on.
   */
  update<T>(id: string, change: (current: unknown) => T): Promise<T>;
  /**
   * The records of the database's other stores (see `StoreOpening.foreign`) as JSON text to download for a repair;
   * undefined when there are none or the store is not a database.
   */
  foreignRecords?(): Promise<{ name: string; text: string } | undefined>;
}

export interface StoreName {
  /** IndexedDB database. One object store per database. */
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
    update: async (id, change) => {
      const next = change(structuredClone(map.get(id)));
      map.set(id, structuredClone(next));
      return next;
    },
  };
}

function namedLocalStorageStore(ls: Storage, prefix: string): RecordStore {
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
    // Read and write in one task: no other script of this or another tab runs in between.
    update: async (id, change) => {
      const next = change(read(prefix + id));
      ls.setItem(prefix + id, JSON.stringify(next));
      return next;
    },
  };
}

/** How long a repair waits for other tabs to let go of the database before giving up. */
const REPAIR_WAIT_MS = 5_000;

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * Opens `name.database`, creating `name.store` when the database is new, and repairing the database when it
 * exists without that store (reopened one version up, the store created in the upgrade). Reports whether it
 * repaired. Each connection closes when another tab needs to upgrade, so no tab blocks another's repair.
 */
async function openRepairedDatabase(
  name: StoreName,
  idb: IDBFactory = indexedDB,
): Promise<{ db: IDBDatabase; repaired: boolean; foreign: number }> {
  const first = idb.open(name.database);
  first.onupgradeneeded = () => first.result.createObjectStore(name.store);
  const db = await request(first);
  if (db.objectStoreNames.contains(name.store)) return { db: yieldOnVersionChange(db), repaired: false, foreign: 0 };
  const foreign = (await foreignRows(db, name)).length;
  const version = db.version + 1;
  db.close();
  const second = idb.open(name.database, version);
  second.onupgradeneeded = () => {
    if (!second.result.objectStoreNames.contains(name.store)) second.result.createObjectStore(name.store);
  };
  const repaired = await new Promise<IDBDatabase>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    second.onblocked = () => {
      timer ??= setTimeout(() => {
        gaveUp = true;
        reject(new StorageError('blocked', `another tab keeps ${name.database} open`));
      }, REPAIR_WAIT_MS);
    };
    second.onsuccess = () => {
      clearTimeout(timer);
      if (gaveUp) second.result.close();
      else resolve(second.result);
    };
    second.onerror = () => {
      clearTimeout(timer);
      reject(second.error);
    };
  });
  return { db: yieldOnVersionChange(repaired), repaired: true, foreign };
}

/** Every record of the database's stores other than `name.store`, with its store and key. */
async function foreignRows(
  db: IDBDatabase,
  name: StoreName,
): Promise<{ store: string; key: unknown; value: unknown }[]> {
  const others = [...db.objectStoreNames].filter((store) => store !== name.store);
  if (others.length === 0) return [];
  const tx = db.transaction(others, 'readonly');
  const perStore = await Promise.all(
    others.map(async (store) => {
      const objects = tx.objectStore(store);
      const [keys, values] = await Promise.all([request(objects.getAllKeys()), request(objects.getAll())]);
      return keys.map((key, i) => ({ store, key, value: values[i] }));
    }),
  );
  return perStore.flat();
}

function yieldOnVersionChange(db: IDBDatabase): IDBDatabase {
  db.onversionchange = () => db.close();
  return db;
}

/** An idb-keyval store function on a repaired database; a closed connection is reopened (and repaired) on use. */
function repairingStore(
  name: StoreName,
  idb: IDBFactory,
): { use: UseStore; opened: () => Promise<{ repaired: boolean; foreign: number }>; db: () => Promise<IDBDatabase> } {
  let pending: Promise<{ db: IDBDatabase; repaired: boolean; foreign: number }> | undefined;
  let closed = false;
  const connect = () => {
    if (pending && !closed) return pending;
    closed = false;
    pending = openRepairedDatabase(name, idb).then(
      (result) => {
        const { db } = result;
        const previous = db.onversionchange;
        db.onversionchange = (event) => {
          closed = true;
          previous?.call(db, event);
        };
        db.onclose = () => (closed = true);
        return result;
      },
      (err: unknown) => {
        pending = undefined;
        throw err;
      },
    );
    return pending;
  };
  const use: UseStore = (mode, callback) =>
    connect().then(({ db }) => callback(db.transaction(name.store, mode).objectStore(name.store)));
  return {
    use,
    opened: () => connect().then(({ repaired, foreign }) => ({ repaired, foreign })),
    db: () => connect().then((r) => r.db),
  };
}

function namedIndexedDbStore(
  name: StoreName,
  idb: IDBFactory = indexedDB,
): RecordStore & { ready: () => Promise<{ repaired: boolean; foreign: number }> } {
  const { use, opened, db } = repairingStore(name, idb);
  return {
    kind: 'indexeddb',
    ready: opened,
    foreignRecords: async () => {
      const rows = await foreignRows(await db(), name);
      if (rows.length === 0) return undefined;
      return {
        name: `${name.database}-unreadable-records.json`,
        text: rawRecordText({ database: name.database, records: rows }),
      };
    },
    all: async () => (await entries(use)).map(([k, v]) => [String(k), v]),
    get: (id) => get(id, use),
    put: (id, value) => set(id, value, use),
    remove: (id) => del(id, use),
    update: async <T>(id: string, change: (current: unknown) => T) => {
      let next: T | undefined;
      await update(id, (current) => (next = change(current)), use);
      return next as T;
    },
  };
}

/** The environment `openNamedBrowserStore` looks at; tests pass their own. */
export interface BrowserStorage {
  indexedDB?: IDBFactory;
  localStorage?: Storage;
}

function globalStorage(): BrowserStorage {
  const env: BrowserStorage = {};
  try {
    if (typeof indexedDB !== 'undefined') env.indexedDB = indexedDB;
  } catch {
    /* a getter that throws is as good as none */
  }
  try {
    if (typeof localStorage !== 'undefined') env.localStorage = localStorage;
  } catch {
    /* blocked storage throws on access */
  }
  return env;
}

/** The best store this browser offers under `name`; `opened` says what was repaired or why it fell back. */
export async function openNamedBrowserStore(
  name: StoreName,
  env: BrowserStorage = globalStorage(),
): Promise<RecordStore> {
  let failure: StorageFailure;
  if (env.indexedDB) {
    try {
      const store = namedIndexedDbStore(name, env.indexedDB);
      const { repaired, foreign } = await store.ready();
      await store.all(); // a transaction can still fail (private mode, policy)
      const moved = env.localStorage ? await adoptFallbackRecords(store, env.localStorage, name.prefix) : {};
      const opened: StoreOpening = { ...(repaired && { repaired }), ...(foreign > 0 && { foreign }), ...moved };
      return { ...store, opened };
    } catch (err) {
      failure = describeStorageError(err);
    }
  } else {
    failure = { problem: 'unavailable', detail: 'indexedDB is not available' };
  }
  try {
    if (env.localStorage) {
      const probe = `${name.prefix}__probe`;
      env.localStorage.setItem(probe, '1');
      env.localStorage.removeItem(probe);
      return { ...namedLocalStorageStore(env.localStorage, name.prefix), opened: { fallbackFrom: failure } };
    }
  } catch {
    /* fall through */
  }
  return { ...namedMemoryStore(), opened: { fallbackFrom: failure } };
}

/**
 * Moves records an earlier fallback left in localStorage into the database, so they do not vanish from view once
 * the database works again. Nothing is overwritten: a key the database already holds with other content gets the
 * localStorage copy under a key of its own (`<key>~localstorage`, numbered when taken); an identical copy is
 * dropped.
 */
async function adoptFallbackRecords(
  store: RecordStore,
  ls: Storage,
  prefix: string,
): Promise<Pick<StoreOpening, 'adopted' | 'copies'>> {
  let rows: [string, unknown][];
  try {
    rows = (await namedLocalStorageStore(ls, prefix).all()).filter(([key]) => key !== '__probe');
  } catch {
    return {};
  }
  let adopted = 0;
  let copies = 0;
  for (const [key, value] of rows) {
    let outcome: Placement = 'taken';
    for (let n = 0; outcome === 'taken'; n++) {
      outcome = await place(store, n === 0 ? key : `${key}~localstorage${n > 1 ? `-${n}` : ''}`, value);
      if (outcome === 'written' && n > 0) copies++;
    }
    if (outcome === 'written') adopted++;
    ls.removeItem(prefix + key);
  }
  return { ...(adopted > 0 && { adopted }), ...(copies > 0 && { copies }) };
}

type Placement = 'written' | 'same' | 'taken';

/** Writes `value` under `key` if the key is free; rewrites what is there unchanged otherwise. Never overwrites. */
async function place(store: RecordStore, key: string, value: unknown): Promise<Placement> {
  let outcome = 'taken' as Placement;
  await store.update(key, (current) => {
    outcome = current === undefined ? 'written' : sameJson(current, value) ? 'same' : 'taken';
    return outcome === 'written' ? value : current;
  });
  return outcome;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A stored value as text for a repair download: JSON when it can be written as JSON, the stored text when it is a
 * string that is not JSON (localStorage keeps unparsable text as it was), else a description of what it is.
 */
export function rawRecordText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    const text = JSON.stringify(value, null, 2) as string | undefined;
    if (text !== undefined) return text;
  } catch {
    /* cyclic or a BigInt: described below */
  }
  return String(Object.prototype.toString.call(value));
}

// ---------------------------------------------------------------------------------------------------------------
// Telling other tabs

/** A record changed in one tab. `paths` names what changed (dotted paths), when the writer knows. */
interface ChangeMessage {
  key: string;
  paths?: string[];
}

/** How tabs sharing a store tell each other about changes. Messages never reach the tab that posted them. */
export interface ChangeChannel {
  post(message: ChangeMessage): void;
  /** Calls `listener` for every message from another tab; returns the unsubscribe function. */
  listen(listener: (message: ChangeMessage) => void | Promise<void>): () => void;
}

/** For a store no other tab can see (memory), or a browser without BroadcastChannel. */
export const silentChannel: ChangeChannel = { post: () => {}, listen: () => () => {} };

/** The channel of tabs sharing `name`: a BroadcastChannel unless the store is in memory. */
export function openChangeChannel(name: StoreName, kind: StoreKind): ChangeChannel {
  if (kind === 'memory' || typeof BroadcastChannel === 'undefined') return silentChannel;
  const channel = new BroadcastChannel(`${name.database}/${name.store}`);
  return {
    post: (message) => channel.postMessage(message),
    listen: (listener) => {
      const onMessage = (event: MessageEvent) => {
        const data = event.data as Partial<ChangeMessage> | null;
        if (data && typeof data.key === 'string')
          void listener({ key: data.key, ...(Array.isArray(data.paths) && { paths: data.paths }) });
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

/**
 * Channels that talk to each other in one process, like tabs of one browser: each call of the returned function
 * is one tab. Messages arrive asynchronously, as BroadcastChannel's do. For tests.
 */
export function channelHub(): () => ChangeChannel & { delivered: () => Promise<void> } {
  type Listener = (m: ChangeMessage) => void | Promise<void>;
  const tabs = new Set<{ listeners: Set<Listener> }>();
  let inFlight: Promise<void> = Promise.resolve();
  return () => {
    const tab = { listeners: new Set<Listener>() };
    tabs.add(tab);
    return {
      post: (message) => {
        const copy = structuredClone(message);
        for (const other of tabs) {
          if (other === tab) continue;
          inFlight = inFlight.then(async () => {
            await new Promise((r) => setTimeout(r, 0));
            for (const listener of other.listeners) {
              try {
                await listener(copy);
              } catch {
                /* a tab's failure is its own */
              }
            }
          });
        }
      },
      listen: (listener) => {
        tab.listeners.add(listener);
        return () => tab.listeners.delete(listener);
      },
      delivered: async () => {
        let seen: Promise<void>;
        do {
          seen = inFlight;
          await seen;
        } while (seen !== inFlight);
      },
    };
  };
}

/** Where the templates keep their documents. */
export const TEMPLATE_STORE: StoreName = {
  database: 'itss-delivery-portal-templates',
  store: 'documents',
  prefix: 'itss-template:',
};
