import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createDocumentStore } from '../../../src/store/documentStore.ts';
import type { DocumentStore } from '../../../src/store/documentStore.ts';
import { createUiStore } from '../../../src/store/uiStore.ts';
import type { UiStore } from '../../../src/store/uiStore.ts';
import type { KeyValueStorage, PageEvents } from '../../../src/store/persist/environment.ts';
import type { LockManagerLike } from '../../../src/store/persist/lockClaims.ts';
import { createMapRepository, DEFAULT_DB_NAME } from '../../../src/store/persist/mapRepository.ts';
import type { MapRepository, MapRepositoryOptions } from '../../../src/store/persist/mapRepository.ts';
import { startPersistence } from '../../../src/store/persist/startPersistence.ts';
import type { Persistence, PersistenceOptions } from '../../../src/store/persist/startPersistence.ts';
import type { BroadcastChannelLike } from '../../../src/store/persist/tabChannel.ts';
import { mapOf } from '../../builders.ts';

/** One browser profile: its IndexedDB and its localStorage, shared by its tabs and reloads. */
export interface Browser {
  readonly indexedDB: IDBFactory;
  readonly storage: KeyValueStorage;
  readonly channelName: string;
  readonly locks: LockManagerLike | null;
}

let browsers = 0;
export function freshBrowser(options: { locks?: boolean } = {}): Browser {
  return { indexedDB: new IDBFactory(), storage: memoryStorage(), channelName: `ecomap-test-${++browsers}`, locks: options.locks ? fakeLocks() : null };
}

export function repositoryIn(browser: Browser, options: MapRepositoryOptions = {}): MapRepository {
  return createMapRepository({ indexedDB: browser.indexedDB, ...options });
}

export interface Tab {
  readonly doc: DocumentStore;
  readonly ui: UiStore;
  readonly page: FakePage;
  readonly persistence: Persistence;
  readonly downloads: { blob: Blob; filename: string }[];
}

/** A tab of `browser` running the app: a fresh document and UI store, started persistence. */
export function openTab(browser: Browser, options: Partial<PersistenceOptions> & { channel?: BroadcastChannelLike | null } = {}): Tab {
  const doc = createDocumentStore();
  const ui = createUiStore();
  const page = fakePage();
  const downloads: { blob: Blob; filename: string }[] = [];
  const persistence = startPersistence({
    doc,
    ui,
    repository: repositoryIn(browser),
    initialMap: () => mapOf('pay>checkout', 'pay>search'),
    channel: new BroadcastChannel(browser.channelName),
    locks: browser.locks,
    lastMapStorage: browser.storage,
    page,
    saveFile: (blob, filename) => downloads.push({ blob, filename }),
    ...options,
  });
  return { doc, ui, page, persistence, downloads };
}

export function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

export type FakePage = PageEvents & { hide(): void; leave(): void };

/** Window and document events a test can fire: the tab is hidden, or the page is left. */
export function fakePage(): FakePage {
  const window = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  return {
    window,
    document,
    hide() {
      document.visibilityState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
    },
    leave: () => window.dispatchEvent(new Event('pagehide')),
  };
}

/** Web Locks as the browser grants them: exclusive, `ifAvailable` answers null, waiters queue until released or aborted. */
export function fakeLocks(): LockManagerLike {
  const held = new Set<string>();
  const queues = new Map<string, (() => void)[]>();
  const grant = (name: string, callback: (lock: unknown) => Promise<void> | void) =>
    new Promise<unknown>((resolve, reject) => {
      held.add(name);
      Promise.resolve(callback({ name }))
        .then(resolve, reject)
        .finally(() => {
          held.delete(name);
          queues.get(name)?.shift()?.();
        });
    });
  return {
    request(name, options, callback) {
      if (!held.has(name)) return grant(name, callback);
      if (options.ifAvailable) return Promise.resolve(callback(null));
      return new Promise((resolve, reject) => {
        const queue = queues.get(name) ?? [];
        queues.set(name, queue);
        const waiter = () => grant(name, callback).then(resolve, reject);
        queue.push(waiter);
        options.signal?.addEventListener('abort', () => {
          const at = queue.indexOf(waiter);
          if (at >= 0) queue.splice(at, 1);
          reject(new DOMException('The request was aborted', 'AbortError'));
        });
      });
    },
  };
}

/** An IndexedDB whose open never answers, as in some private windows. */
export const hangingIndexedDB = { open: () => ({}) as IDBOpenDBRequest };

/** An IndexedDB that refuses writes as a full disk does. */
export function fullIndexedDB(browser: Browser, isFull: () => boolean = () => true): Pick<IDBFactory, 'open'> {
  return {
    open(name, version) {
      const request = browser.indexedDB.open(name, version);
      request.addEventListener('success', () => {
        const db = request.result;
        const transaction = db.transaction.bind(db);
        db.transaction = ((stores: string | string[], mode?: IDBTransactionMode) => {
          const tx = transaction(stores, mode);
          if (mode === 'readwrite' && isFull()) {
            const objectStore = tx.objectStore.bind(tx);
            tx.objectStore = (storeName: string) => {
              const store = objectStore(storeName);
              store.put = () => {
                throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
              };
              return store;
            };
          }
          return tx;
        }) as IDBDatabase['transaction'];
      });
      return request;
    },
  };
}

/** Reads and writes the browser's stored records directly, as a damaged disk or another app version would. */
export async function rawDatabase(browser: Browser) {
  await repositoryIn(browser).list(); // makes sure the schema exists
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = browser.indexedDB.open(DEFAULT_DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const done = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  return {
    put: (store: 'maps' | 'quarantine', value: unknown) => done(db.transaction(store, 'readwrite').objectStore(store).put(value)),
    getAll: (store: 'maps' | 'quarantine') => done(db.transaction(store).objectStore(store).getAll() as IDBRequest<unknown[]>),
    close: () => db.close(),
  };
}
