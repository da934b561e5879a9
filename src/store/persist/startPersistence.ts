import { formatRepair } from '../../io/restoreReport.ts';
import { createMap } from '../../model/create.ts';
import type { EcoMap } from '../../model/types.ts';
import { commit } from '../documentStore.ts';
import type { DocumentStore } from '../documentStore.ts';
import { notify } from '../uiStore.ts';
import type { UiStore } from '../uiStore.ts';
import { mapFile, saveFileInBrowser } from './downloadMap.ts';
import type { SaveFile } from './downloadMap.ts';
import { defaultChannel, defaultLocks, defaultPage, defaultStorage, readLastMap } from './environment.ts';
import type { KeyValueStorage, PageEvents } from './environment.ts';
import type { LockManagerLike } from './lockClaims.ts';
import type { MapRepository } from './mapRepository.ts';
import { createMapSession } from './mapSession.ts';
import { chooseClaims } from './ownership.ts';
import { createStatusStore } from './persistenceStatus.ts';
import type { StatusStore } from './persistenceStatus.ts';
import { createTabChannel } from './tabChannel.ts';
import type { BroadcastChannelLike } from './tabChannel.ts';

export interface PersistenceOptions {
  readonly doc: DocumentStore;
  readonly ui: UiStore;
  readonly repository: MapRepository;
  /** The map a newcomer starts with, and the one shown when storage is unavailable. */
  readonly initialMap: () => Promise<EcoMap> | EcoMap;
  // The rest default to the browser's; tests pass their own, or null for "this browser has none".
  readonly channel?: BroadcastChannelLike | null;
  readonly locks?: LockManagerLike | null;
  readonly lastMapStorage?: KeyValueStorage | null;
  readonly page?: PageEvents | null;
  readonly saveFile?: SaveFile;
  readonly autosave?: { readonly delayMs?: number; readonly maxWaitMs?: number };
}

export interface Persistence {
  readonly status: StatusStore;
  readonly repository: MapRepository;
  /** Settles once the last map, or a new one, is open (or storage has been found unavailable). */
  readonly ready: Promise<void>;
  currentId(): string | null;
  /** Opens a stored map; false (and the user told why) when it cannot be read or the open map cannot be left. */
  openMap(id: string): Promise<boolean>;
  /** Stores and opens a new map; its id, or null when it is kept only in memory or the open map cannot be left. */
  newMap(map?: EcoMap, title?: string): Promise<string | null>;
  renameMap(id: string, title: string): Promise<void>;
  duplicateMap(id: string): Promise<string>;
  trashMap(id: string): Promise<void>;
  restoreFromTrash(id: string): Promise<void>;
  emptyTrash(): Promise<number>;
  /** In a following tab: asks the owning tab to hand the map over. */
  takeOver(): void;
  downloadCurrentMap(): void;
  /** Saves what is waiting now. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps the open document saved in browser storage and shared safely between tabs: autosave,
 * the last map reopened on start, one owning tab per map, and work kept in memory (with a
 * download offered) whenever storage fails.
 */
export function startPersistence(options: PersistenceOptions): Persistence {
  const { doc, ui, repository } = options;
  const status = createStatusStore();
  const channel = createTabChannel(options.channel === undefined ? defaultChannel() : options.channel);
  const lastMap = options.lastMapStorage === undefined ? defaultStorage() : options.lastMapStorage;
  const page = options.page === undefined ? defaultPage() : options.page;
  const saveFile = options.saveFile ?? saveFileInBrowser;
  const claimMap = chooseClaims(options.locks === undefined ? defaultLocks() : options.locks, channel);
  const session = createMapSession({ doc, ui, repository, status, channel, claimMap, lastMap, autosave: options.autosave });
  const { autosave, currentId } = session;

  const unsubscribe = doc.subscribe((state, previous) => {
    if (state.map !== previous.map) session.changed(state.map);
  });
  // Saving on the way out is what makes a reload lose at most the last second.
  const onPageHide = () => void autosave.flush();
  const onVisibility = () => {
    if (page?.document.visibilityState === 'hidden') void autosave.flush();
  };
  page?.window.addEventListener('pagehide', onPageHide);
  page?.document.addEventListener('visibilitychange', onVisibility);

  /**
   * Work that is not stored must not be dropped by switching maps. A change can land while a
   * save is on its way (a layout settling writes positions): save again, and refuse only when
   * storage itself fails.
   */
  const canLeave = async (): Promise<boolean> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) session.changed(doc.getState().map);
      await autosave.flush();
      if (!session.isOwner() || !session.unsaved()) return true;
      if (status.getState().state === 'unavailable') break;
    }
    if (status.getState().state !== 'unavailable') return true;
    notify(ui, 'This map has changes that could not be saved. Download it first, then open another map.', 'error');
    return false;
  };

  const openMap = async (id: string): Promise<boolean> => {
    if (id === currentId()) return true;
    if (!(await canLeave())) return false;
    try {
      const opened = await repository.get(id);
      if (!opened.ok) {
        notify(ui, opened.error, 'error');
        if (opened.keptAside) session.changedHere();
        return false;
      }
      await session.adopt(opened.summary, opened.map);
      const { repairs } = opened;
      if (repairs.length > 0) {
        notify(ui, `Opened "${opened.map.title}" after fixing ${repairs.length} problem(s): ${repairs.slice(0, 3).map(formatRepair).join('; ')}.`);
      }
      return true;
    } catch (error) {
      session.unavailable(error);
      return false;
    }
  };

  const newMap = async (map: EcoMap = createMap(), title?: string): Promise<string | null> => {
    if (!(await canLeave())) return null;
    const fresh = title === undefined ? map : { ...map, title };
    try {
      const summary = await repository.create(fresh);
      await session.adopt(summary, fresh, 'New map');
      session.changedHere();
      return summary.id;
    } catch (error) {
      session.keepInMemory(fresh, 'New map');
      session.unavailable(error);
      return null;
    }
  };

  // The last map, else the most recently edited one, else a new one from initialMap. The first
  // storage failure stops the search, so the map shows within the storage timeout.
  const start = async (): Promise<void> => {
    const failed = () => status.getState().state === 'unavailable';
    const last = readLastMap(lastMap);
    if (last !== null && ((await openMap(last)) || failed())) return;
    const [recent] = await repository.list();
    if (recent && (await openMap(recent.id))) return;
    if (!failed()) await newMap(await options.initialMap());
  };
  const ready = start()
    .catch(session.unavailable)
    .then(async () => {
      if (currentId() === null && status.getState().state === 'unavailable') session.keepInMemory(await options.initialMap());
    })
    .finally(() => status.setState({ ready: true }));

  const listCommand = async <T>(run: () => Promise<T>): Promise<T> => {
    const result = await run();
    session.changedHere();
    return result;
  };

  return {
    status,
    repository,
    ready,
    currentId,
    openMap,
    newMap,
    async renameMap(id, title) {
      if (id !== currentId() || !session.isOwner()) return void (await listCommand(() => repository.rename(id, title)));
      commit(doc, 'Rename map', (map) => (map.title === title ? map : { ...map, title }));
      await autosave.flush();
    },
    async duplicateMap(id) {
      if (id === currentId()) await autosave.flush();
      return (await listCommand(() => repository.duplicate(id))).id;
    },
    async trashMap(id) {
      if (id === currentId()) await autosave.flush();
      await listCommand(() => repository.trash(id));
      if (id !== currentId()) return;
      const [next] = await repository.list();
      if (!next || !(await openMap(next.id))) await newMap();
    },
    restoreFromTrash: (id) => listCommand(() => repository.restore(id)),
    emptyTrash: () => listCommand(() => repository.emptyTrash()),
    takeOver: session.takeOver,
    downloadCurrentMap() {
      const { blob, filename } = mapFile(doc.getState().map);
      saveFile(blob, filename);
    },
    flush: autosave.flush,
    async stop() {
      await ready;
      await autosave.flush();
      unsubscribe();
      page?.window.removeEventListener('pagehide', onPageHide);
      page?.document.removeEventListener('visibilitychange', onVisibility);
      session.close();
      channel.close();
    },
  };
}
