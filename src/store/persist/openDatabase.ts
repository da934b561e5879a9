import { wrap } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { MapRecord, QuarantineEntry } from './mapRecord.ts';
import { StorageError, toStorageError } from './storageError.ts';

export const DATABASE_VERSION = 1;

export interface MapsSchema extends DBSchema {
  maps: { key: string; value: MapRecord };
  /** Written once per unreadable record and never overwritten or deleted by the app. */
  quarantine: { key: number; value: Omit<QuarantineEntry, 'key'> & { key?: number } };
}

export type MapsDatabase = IDBPDatabase<MapsSchema>;

/** The part of IndexedDB the repository uses: tests pass a fresh factory or one that never answers. */
export type DatabaseFactory = Pick<IDBFactory, 'open'>;

/**
 * Opens the maps database. Never waits forever: an open that is blocked or hangs (some private
 * modes never answer) is refused after `timeoutMs`. The connection closes itself when another tab
 * needs a newer version, so an upgrade there is not blocked by this tab.
 */
export function openDatabase(factory: DatabaseFactory, name: string, timeoutMs: number, onClosed: () => void): Promise<MapsDatabase> {
  const opening = new Promise<MapsDatabase>((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DATABASE_VERSION);
    } catch (error) {
      reject(toStorageError(error));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('maps')) db.createObjectStore('maps', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('quarantine')) db.createObjectStore('quarantine', { keyPath: 'key', autoIncrement: true });
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        onClosed();
      };
      db.onclose = onClosed;
      resolve(wrap(db) as unknown as MapsDatabase);
    };
    request.onerror = () => reject(toStorageError(request.error));
  });
  return withTimeout(opening, timeoutMs, 'opening browser storage');
}

/** Refuses with a timeout StorageError when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageError('timeout', `${what} took longer than ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(toStorageError(error));
      },
    );
  });
}
