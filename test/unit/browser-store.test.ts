/** Opening the browser store: repair of a database without its store, and the fallbacks, never silent. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { describeStorageError, openNamedBrowserStore, type StoreName } from '../../src/storage/browser-store.ts';

const NAME: StoreName = { database: 'portal', store: 'assessments', prefix: 'p:' };

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

async function databaseWithOnly(idb: IDBFactory, store: string, rows: [string, unknown][] = []) {
  const req = idb.open(NAME.database, 7);
  req.onupgradeneeded = () => {
    const objects = req.result.createObjectStore(store);
    for (const [key, value] of rows) objects.put(value, key);
  };
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  db.close();
}

describe('openNamedBrowserStore', () => {
  it('repairs a database that lacks the store instead of falling back silently', async () => {
    const indexedDB = new IDBFactory();
    await databaseWithOnly(indexedDB, 'something-else');
    const store = await openNamedBrowserStore(NAME, { indexedDB, localStorage: memoryStorage() });
    expect(store.kind).toBe('indexeddb');
    expect(store.opened).toEqual({ repaired: true });
    await store.put('a', { x: 1 });
    const again = await openNamedBrowserStore(NAME, { indexedDB, localStorage: memoryStorage() });
    expect(again.opened).toEqual({});
    expect(await again.get('a')).toEqual({ x: 1 });
  });

  it('counts records the database keeps in stores of its own, leaves them untouched and gives them for a download', async () => {
    const indexedDB = new IDBFactory();
    await databaseWithOnly(indexedDB, 'something-else', [
      ['k1', { title: '别处的记录' }],
      ['k2', 'plain text'],
    ]);
    const store = await openNamedBrowserStore(NAME, { indexedDB, localStorage: memoryStorage() });
    expect(store.opened).toEqual({ repaired: true, foreign: 2 });
    const file = await store.foreignRecords!();
    expect(file?.name).toBe('portal-unreadable-records.json');
    expect(JSON.parse(file!.text)).toEqual({
      database: 'portal',
      records: [
        { store: 'something-else', key: 'k1', value: { title: '别处的记录' } },
        { store: 'something-else', key: 'k2', value: 'plain text' },
      ],
    });
    await store.put('a', { x: 1 });
    const again = await openNamedBrowserStore(NAME, { indexedDB, localStorage: memoryStorage() });
    expect(again.opened).toEqual({});
    expect((await again.foreignRecords!())?.text).toContain('别处的记录'); // still there
  });

  it('has no foreign records to give when the database holds only its own store', async () => {
    const store = await openNamedBrowserStore(NAME, { indexedDB: new IDBFactory() });
    expect(await store.foreignRecords!()).toBeUndefined();
  });

  it('says why it falls back to localStorage when there is no IndexedDB', async () => {
    const store = await openNamedBrowserStore(NAME, { localStorage: memoryStorage() });
    expect(store.kind).toBe('localstorage');
    expect(store.opened?.fallbackFrom?.problem).toBe('unavailable');
  });

  it('says why it keeps work in memory when opening throws and localStorage is blocked', async () => {
    const indexedDB = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const store = await openNamedBrowserStore(NAME, { indexedDB });
    expect(store.kind).toBe('memory');
    expect(store.opened?.fallbackFrom).toEqual({ problem: 'denied', detail: 'SecurityError: denied' });
  });

  it('moves records an earlier fallback left in localStorage into the database, keeping both on a clash', async () => {
    const indexedDB = new IDBFactory();
    const first = await openNamedBrowserStore(NAME, { indexedDB });
    await first.put('same', { v: 'db' });
    const ls = memoryStorage();
    ls.setItem('p:only-ls', JSON.stringify({ v: 'ls' }));
    ls.setItem('p:same', JSON.stringify({ v: 'ls' }));
    const store = await openNamedBrowserStore(NAME, { indexedDB, localStorage: ls });
    expect(store.opened).toEqual({ adopted: 2, copies: 1 });
    expect(await store.get('only-ls')).toEqual({ v: 'ls' });
    expect(await store.get('same')).toEqual({ v: 'db' });
    expect(await store.get('same~localstorage')).toEqual({ v: 'ls' });
    expect(ls.length).toBe(0);
  });

  it('updates the latest value in one step', async () => {
    const store = await openNamedBrowserStore(NAME, { indexedDB: new IDBFactory() });
    await store.put('n', 1);
    await Promise.all([1, 2, 3].map(() => store.update('n', (v) => (v as number) + 1)));
    expect(await store.get('n')).toBe(4);
  });
});

describe('describeStorageError', () => {
  it.each([
    ['QuotaExceededError', 'quota'],
    ['InvalidStateError', 'closed'],
    ['NotFoundError', 'missing-store'],
    ['SecurityError', 'denied'],
    ['Weird', 'unknown'],
  ])('%s is %s, and the detail loses its final full stop', (name, problem) => {
    expect(describeStorageError(new DOMException('It failed.', name))).toEqual({
      problem,
      detail: `${name}: It failed`,
    });
  });
});
