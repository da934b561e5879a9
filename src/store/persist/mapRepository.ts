import type { IDBPTransaction } from 'idb';
import type { Restored } from '../../io/restore.ts';
import type { Repair } from '../../io/restore.ts';
import type { EcoMap } from '../../model/types.ts';
import { isMapRecord, newMapId, recordOf, storedId, storedTitle, summaryOf } from './mapRecord.ts';
import type { MapRecord, MapSummary, QuarantineEntry } from './mapRecord.ts';
import { openDatabase, withTimeout } from './openDatabase.ts';
import type { DatabaseFactory, MapsDatabase, MapsSchema } from './openDatabase.ts';

/** A stored map ready to open with what restoreMap repaired; or why it cannot be opened. */
export type OpenedMap =
  | { ok: true; summary: MapSummary; map: EcoMap; repairs: Repair[] }
  | { ok: false; error: string; keptAside: boolean };

/** A save is refused when another tab wrote the map since `baseRevision`, or removed it for good. */
export type SaveResult = { ok: true; summary: MapSummary } | { ok: false; reason: 'conflict' | 'missing' };

export interface MapRepository {
  /** How long an open or a request may take before it is refused as unavailable. */
  readonly timeoutMs: number;
  /** Maps not in the trash, most recently edited first. */
  list(): Promise<MapSummary[]>;
  listTrash(): Promise<MapSummary[]>;
  /** Reads a map through restoreMap; data it refuses is moved to quarantine, never lost. */
  get(id: string): Promise<OpenedMap>;
  create(map: EcoMap): Promise<MapSummary>;
  save(id: string, map: EcoMap, baseRevision: number): Promise<SaveResult>;
  rename(id: string, title: string): Promise<MapSummary>;
  duplicate(id: string): Promise<MapSummary>;
  trash(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Deletes the maps in the trash for good; returns how many. Quarantine is never emptied. */
  emptyTrash(): Promise<number>;
  quarantined(): Promise<QuarantineEntry[]>;
}

export interface MapRepositoryOptions {
  readonly dbName?: string;
  /** Defaults to the browser's `indexedDB`. */
  readonly indexedDB?: DatabaseFactory;
  readonly timeoutMs?: number;
  readonly now?: () => number;
}

type WriteTx = IDBPTransaction<MapsSchema, ('maps' | 'quarantine')[], 'readwrite'>;

export const DEFAULT_DB_NAME = 'ecomap';
export const STORAGE_TIMEOUT_MS = 2000;

/** The maps stored in this browser (IndexedDB). Every method rejects with a StorageError when storage fails. */
let restore: ((input: unknown) => Restored) | undefined;
async function loadRestore(): Promise<void> {
  restore ??= (await import('../../io/restore.ts')).restoreMap;
}

export function createMapRepository(options: MapRepositoryOptions = {}): MapRepository {
  const { dbName = DEFAULT_DB_NAME, timeoutMs = STORAGE_TIMEOUT_MS, now = Date.now } = options;
  let database: Promise<MapsDatabase> | null = null;

  const connect = (): Promise<MapsDatabase> => {
    const factory = options.indexedDB ?? globalThis.indexedDB;
    if (!factory) return Promise.reject(Object.assign(new Error('IndexedDB is not available'), { name: 'SecurityError' }));
    database ??= openDatabase(factory, dbName, timeoutMs, () => (database = null));
    // A failed or hung open is tried again on the next request: storage may come back.
    database.catch(() => (database = null));
    return database;
  };
  // The restore path (validation, repair) loads with the first request, before any transaction
  // opens: a transaction waiting on a download would close under it.
  const run = async <T>(work: (db: MapsDatabase) => Promise<T>): Promise<T> =>
    withTimeout(loadRestore().then(connect).then(work), timeoutMs, 'a storage request');
  const write = <T>(work: (tx: WriteTx) => Promise<T>): Promise<T> =>
    run(async (db) => {
      const tx = db.transaction(['maps', 'quarantine'], 'readwrite');
      const result = await work(tx);
      await tx.done;
      return result;
    });

  const keepAside = async (tx: WriteTx, key: string, stored: unknown, reason: string): Promise<void> => {
    await tx.objectStore('quarantine').add({ mapId: storedId(stored) ?? key, title: storedTitle(stored), reason, keptAt: now(), stored });
    await tx.objectStore('maps').delete(key);
  };
  /** The record and its map, or an Error saying why not (unreadable records are kept aside first). */
  const readMap = async (tx: WriteTx, id: string): Promise<{ record: MapRecord; map: EcoMap; repairs: Repair[] } | Error> => {
    const stored: unknown = await tx.objectStore('maps').get(id);
    if (stored === undefined) return new Error('This map is no longer stored here (it may have been deleted for good in another tab); choose another map from the list.');
    const restored = isMapRecord(stored) ? restore!(stored.text) : { ok: false as const, error: 'the stored record is incomplete' };
    if (restored.ok && isMapRecord(stored)) return { record: stored, map: restored.map, repairs: restored.repairs };
    const reason = restored.ok ? 'the stored record is incomplete' : restored.error;
    await keepAside(tx, id, stored, reason);
    return Object.assign(new Error(keptAsideMessage(storedTitle(stored), reason)), { keptAside: true });
  };
  const readOrThrow = async (tx: WriteTx, id: string) => {
    const read = await readMap(tx, id);
    if (read instanceof Error) throw read;
    return read;
  };
  const summaries = async (inTrash: boolean): Promise<MapSummary[]> => {
    const [keys, all] = await run(async (db) => {
      const tx = db.transaction('maps');
      return Promise.all([tx.store.getAllKeys(), tx.store.getAll() as Promise<unknown[]>]);
    });
    const malformed = keys.flatMap((key, i) => (isMapRecord(all[i]) ? [] : [{ key, stored: all[i] }]));
    if (malformed.length > 0) {
      await write(async (tx) => {
        for (const { key, stored } of malformed) await keepAside(tx, key, stored, 'the stored record is incomplete');
      });
    }
    return all
      .filter(isMapRecord)
      .filter((r) => (r.trashedAt !== undefined) === inTrash)
      .sort((a, b) => (inTrash ? (b.trashedAt ?? 0) - (a.trashedAt ?? 0) : b.updatedAt - a.updatedAt))
      .map(summaryOf);
  };
  const update = (id: string, change: (record: MapRecord) => MapRecord): Promise<void> =>
    write(async (tx) => {
      const { record } = await readOrThrow(tx, id);
      await tx.objectStore('maps').put(change(record));
    });

  return {
    timeoutMs,
    list: () => summaries(false),
    listTrash: () => summaries(true),
    get: (id) =>
      write(async (tx) => {
        const read = await readMap(tx, id);
        if (read instanceof Error) return { ok: false, error: read.message, keptAside: 'keptAside' in read };
        return { ok: true, summary: summaryOf(read.record), map: read.map, repairs: read.repairs };
      }),
    create: (map) =>
      write(async (tx) => {
        const record = recordOf(map, newMapId(), now());
        await tx.objectStore('maps').add(record);
        return summaryOf(record);
      }),
    save: (id, map, baseRevision) =>
      write(async (tx): Promise<SaveResult> => {
        const stored: unknown = await tx.objectStore('maps').get(id);
        if (!isMapRecord(stored)) return { ok: false, reason: 'missing' };
        if (stored.revision !== baseRevision) return { ok: false, reason: 'conflict' };
        const record = recordOf(map, id, now(), stored);
        await tx.objectStore('maps').put(record);
        return { ok: true, summary: summaryOf(record) };
      }),
    rename: (id, title) =>
      write(async (tx) => {
        const { record, map } = await readOrThrow(tx, id);
        const renamed = recordOf({ ...map, title }, id, now(), record);
        await tx.objectStore('maps').put(renamed);
        return summaryOf(renamed);
      }),
    duplicate: (id) =>
      write(async (tx) => {
        const { map } = await readOrThrow(tx, id);
        const copy = recordOf({ ...map, title: `${map.title} (copy)` }, newMapId(), now());
        await tx.objectStore('maps').add(copy);
        return summaryOf(copy);
      }),
    trash: (id) => update(id, (record) => ({ ...record, trashedAt: now() })),
    restore: (id) => update(id, ({ trashedAt: _trashedAt, ...record }) => record),
    emptyTrash: () =>
      write(async (tx) => {
        const maps = tx.objectStore('maps');
        const trashed = (await maps.getAll()).filter((r) => isMapRecord(r) && r.trashedAt !== undefined);
        for (const record of trashed) await maps.delete(record.id);
        return trashed.length;
      }),
    quarantined: () => run(async (db) => (await db.getAll('quarantine')) as QuarantineEntry[]),
  };
}

/** Which map could not be read, why, and that nothing was lost. */
export function keptAsideMessage(title: string, reason: string): string {
  return `The stored map "${title}" could not be opened: ${reason}. It was kept aside unchanged; download it from "Kept aside" in the maps list to repair it. Your other maps are not affected.`;
}
