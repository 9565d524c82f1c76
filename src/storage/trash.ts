/**
 * The trash: deleted assessments and template documents are kept here for `TRASH_DAYS` days, so a delete can be
 * undone and a record restored later. The portal's own safety net, not something GB/T 28827.2 asks for.
 *
 * The trash has a store of its own (`TRASH_STORE`: its own IndexedDB database, since idb-keyval keeps one object
 * store per database, and its own localStorage prefix), so the stores users already have are untouched. Each entry
 * remembers which store (`collection`) and key the record came from, so restoring puts it back exactly.
 *
 * Generic like `browser-store.ts`: nothing here knows what an assessment or a template is, so the template pages
 * use it without pulling in the assessment engine. Nothing is ever overwritten: restoring onto a key that is in
 * use again asks the caller to choose (replace, keep both, skip). No DOM.
 */
import { openNamedBrowserStore, type RecordStore, type StoreName } from './browser-store.ts';
import type { Collection, TrashEntry } from './trash-entry.ts';
import { byCodeUnits } from '../engine/order.ts';

/** Where the trash is kept. The names are part of what users have saved: do not change them. */
export const TRASH_STORE: StoreName = {
  database: 'itss-delivery-portal-trash',
  store: 'trash',
  prefix: 'itss-trash:',
};

/** Days a deleted record stays in the trash before it is purged (the next time a page lists the trash). */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The entry schema, loaded the first time an entry is read: the schema library (zod) is not part of a page's
 * first load, and an empty trash never needs it.
 */
const entrySchema = async () => (await import('./trash-schema.ts')).TrashEntrySchema;

/** An entry as listed: its own ID in the trash, and when it will be purged. */
export interface TrashItem extends TrashEntry {
  entryId: string;
  /** ISO time after which the entry is purged. */
  expires: string;
}

/** A trash entry that cannot be read; it can still be deleted. */
export interface UnreadableTrashEntry {
  entryId: string;
  problem: string;
}

/** What to do when a record comes back to a key that is in use: the user decides, never the code. */
export const CONFLICT_CHOICES = ['replace', 'keep-both', 'skip'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

export interface TrashOptions {
  /** Clock; tests pass a fixed one. */
  now?: () => Date;
  /** ID generator for entries and for records kept as copies; tests pass a counter. */
  newId?: () => string;
}

const randomId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The title a record shows in lists: its own `title`, else its key. */
function titleOf(record: unknown, key: string): string {
  const title =
    typeof record === 'object' && record !== null && 'title' in record ? (record as { title: unknown }).title : '';
  return typeof title === 'string' && title.trim() !== '' ? title.trim().slice(0, 200) : key;
}

/** A new key for a copy of a record, in the same collection (a template document keeps its template). */
export function keyForCopy(collection: Collection, key: string, newId: () => string): string {
  return collection === 'templates' ? key.replace(/[^:]*$/, newId()) : newId();
}

export class Trash {
  readonly store: RecordStore;
  readonly now: () => Date;
  readonly newId: () => string;

  constructor(store: RecordStore, options: TrashOptions = {}) {
    this.store = store;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomId;
  }

  /** Keeps a record in the trash and returns the entry's ID. */
  async add(collection: Collection, key: string, record: unknown): Promise<string> {
    const entryId = this.newId();
    const entry: TrashEntry = {
      collection,
      key,
      title: titleOf(record, key),
      deletedAt: this.now().toISOString(),
      record,
    };
    await this.store.put(entryId, entry);
    return entryId;
  }

  /** Every entry, most recently deleted first, after purging the expired ones; plus entries that cannot be read. */
  async list(): Promise<{ items: TrashItem[]; unreadable: UnreadableTrashEntry[] }> {
    const items: TrashItem[] = [];
    const unreadable: UnreadableTrashEntry[] = [];
    const cutoff = this.now().getTime() - TRASH_DAYS * DAY_MS;
    const entries = await this.store.all();
    if (entries.length === 0) return { items, unreadable };
    const schema = await entrySchema();
    for (const [entryId, value] of entries) {
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        unreadable.push({
          entryId,
          problem: parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; '),
        });
        continue;
      }
      const deleted = new Date(parsed.data.deletedAt).getTime();
      if (deleted < cutoff) {
        await this.store.remove(entryId);
        continue;
      }
      items.push({ ...parsed.data, entryId, expires: new Date(deleted + TRASH_DAYS * DAY_MS).toISOString() });
    }
    items.sort((a, b) => byCodeUnits(b.deletedAt, a.deletedAt) || byCodeUnits(a.entryId, b.entryId));
    return { items, unreadable };
  }

  async get(entryId: string): Promise<TrashEntry | undefined> {
    const value = await this.store.get(entryId);
    if (value === undefined) return undefined;
    const parsed = (await entrySchema()).safeParse(value);
    return parsed.success ? parsed.data : undefined;
  }

  /** Deletes one entry for good. */
  async remove(entryId: string): Promise<void> {
    await this.store.remove(entryId);
  }

  /** Deletes every entry for good (unreadable ones too) and returns how many there were. */
  async empty(): Promise<number> {
    const all = await this.store.all();
    for (const [entryId] of all) await this.store.remove(entryId);
    return all.length;
  }
}

/**
 * Moves the record under `key` into the trash: it is written to the trash first and removed from its store only
 * then, so a failure never loses it. Returns the trash entry's ID, or undefined when there was no such record.
 */
export async function moveToTrash(
  trash: Trash,
  collection: Collection,
  store: RecordStore,
  key: string,
): Promise<string | undefined> {
  const record = await store.get(key);
  if (record === undefined) return undefined;
  const entryId = await trash.add(collection, key, record);
  await store.remove(key);
  return entryId;
}

export type RestoreOutcome =
  /** The record is back, under `key` (a new key when both were kept). */
  | { status: 'restored'; collection: Collection; key: string; title: string }
  /** Its key is in use again: nothing changed; ask the user, then call again with a choice. */
  | { status: 'conflict'; collection: Collection; key: string; title: string; currentTitle: string }
  /** The user chose to skip it; it stays in the trash. */
  | { status: 'skipped' }
  /** No such entry (purged, or restored in another tab). */
  | { status: 'missing' };

/**
 * Puts a trash entry back where it came from and takes it out of the trash. When its key is in use again the
 * outcome is `conflict` and nothing changes, unless `choice` says what to do: `replace` moves the record there now
 * into the trash first, `keep-both` restores under a new key, `skip` leaves everything as it is.
 */
export async function restoreFromTrash(
  trash: Trash,
  entryId: string,
  stores: Partial<Record<Collection, RecordStore>>,
  choice?: ConflictChoice,
): Promise<RestoreOutcome> {
  const entry = await trash.get(entryId);
  if (!entry) return { status: 'missing' };
  const store = stores[entry.collection];
  if (!store) throw new Error(`no store for ${entry.collection}`);
  const { collection, title } = entry;
  let key = entry.key;
  const current = await store.get(key);
  if (current !== undefined) {
    if (choice === undefined)
      return { status: 'conflict', collection, key, title, currentTitle: titleOf(current, key) };
    if (choice === 'skip') return { status: 'skipped' };
    if (choice === 'replace') await moveToTrash(trash, collection, store, key);
    else key = keyForCopy(collection, key, trash.newId);
  }
  await store.put(key, entry.record);
  await trash.remove(entryId);
  return { status: 'restored', collection, key, title };
}

/** The browser's trash store (IndexedDB, else localStorage, else memory), with expired entries purged. */
export async function openBrowserTrash(options?: TrashOptions): Promise<Trash> {
  const trash = new Trash(await openNamedBrowserStore(TRASH_STORE), options);
  await trash.list().catch(() => undefined); // listing purges; a failure here must not stop the page
  return trash;
}
