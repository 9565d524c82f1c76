/**
 * Puts assessments straight into the browser's store, as the questionnaire would have saved them: the
 * IndexedDB database and object store of `indexedDbStore()` in src/storage/storage.ts, keyed by local ID.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const DB_NAME = 'itss-delivery-portal';
const STORE_NAME = 'assessments';

/** An example file of assessments/examples, parsed. */
export const example = (name: string): unknown =>
  JSON.parse(readFileSync(`assessments/examples/${name}.json`, 'utf8')) as unknown;

/**
 * Opens `path` (any page of the site: the store belongs to the origin), writes each `[id, value]` with raw
 * IndexedDB, then reloads so the page reads what was written.
 */
export async function seed(page: Page, path: string, records: [string, unknown][]): Promise<void> {
  await page.goto(path);
  await page.evaluate(
    async ({ db, store, rows }) => {
      const open = indexedDB.open(db);
      open.onupgradeneeded = () => {
        if (!open.result.objectStoreNames.contains(store)) open.result.createObjectStore(store);
      };
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = database.transaction(store, 'readwrite');
      for (const [key, value] of rows) tx.objectStore(store).put(value, key);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    { db: DB_NAME, store: STORE_NAME, rows: records },
  );
  await page.reload();
}

/** Reads one record back from the store as it is (undefined when absent). */
export async function readRecord(page: Page, id: string): Promise<unknown> {
  return page.evaluate(
    async ({ db, store, key }) => {
      const open = indexedDB.open(db);
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const request = database.transaction(store, 'readonly').objectStore(store).get(key);
      const value = await new Promise<unknown>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      database.close();
      return value;
    },
    { db: DB_NAME, store: STORE_NAME, key: id },
  );
}

/** Every key of the store. */
export async function recordIds(page: Page): Promise<string[]> {
  return page.evaluate(
    async ({ db, store }) => {
      const open = indexedDB.open(db);
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const request = database.transaction(store, 'readonly').objectStore(store).getAllKeys();
      const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      database.close();
      return keys.map(String);
    },
    { db: DB_NAME, store: STORE_NAME },
  );
}
