// Puts a map into the app the way a returning user has it: stored in IndexedDB and remembered as
// the last map, so a reload opens it. The app's code is not touched; the record has the shape
// src/store/persist/mapRecord.ts writes and the database the shape openDatabase.ts creates.
import type { Page } from '@playwright/test';

interface SeedRecord {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  nodeCount: number;
  revision: number;
  text: string;
}

const DB_NAME = 'ecomap';
const DB_VERSION = 1;
const LAST_MAP_KEY = 'ecomap:last-map';

/** Stores `text` (a map as JSON) as a new map in the page's origin and makes it the one the app reopens. */
export async function storeAsLastMap(page: Page, id: string, title: string, nodeCount: number, text: string): Promise<void> {
  const now = Date.now();
  const record: SeedRecord = { id, title, createdAt: now, updatedAt: now, nodeCount, revision: 1, text };
  await page.evaluate(
    ({ record, dbName, version, key }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(dbName, version);
        request.onupgradeneeded = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('maps')) db.createObjectStore('maps', { keyPath: 'id' });
          if (!db.objectStoreNames.contains('quarantine')) db.createObjectStore('quarantine', { keyPath: 'key', autoIncrement: true });
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('maps', 'readwrite');
          tx.objectStore('maps').put(record);
          tx.oncomplete = () => {
            db.close();
            localStorage.setItem(key, record.id);
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { record, dbName: DB_NAME, version: DB_VERSION, key: LAST_MAP_KEY },
  );
}
