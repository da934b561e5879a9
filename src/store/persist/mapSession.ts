import type { EcoMap } from '../../model/types.ts';
import { replaceDocument } from '../documentStore.ts';
import type { DocumentStore } from '../documentStore.ts';
import { notify } from '../uiStore.ts';
import type { UiStore } from '../uiStore.ts';
import { createAutosave } from './autosave.ts';
import { writeLastMap } from './environment.ts';
import type { KeyValueStorage } from './environment.ts';
import type { MapSummary } from './mapRecord.ts';
import type { MapRepository } from './mapRepository.ts';
import type { Claim, ClaimMap, Role } from './ownership.ts';
import { listChanged, setSaveState } from './persistenceStatus.ts';
import type { StatusStore } from './persistenceStatus.ts';
import { storageMessage } from './storageError.ts';
import type { TabChannel } from './tabChannel.ts';

export interface MapSessionParts {
  readonly doc: DocumentStore;
  readonly ui: UiStore;
  readonly repository: MapRepository;
  readonly status: StatusStore;
  readonly channel: TabChannel;
  readonly claimMap: ClaimMap;
  readonly lastMap: KeyValueStorage | null;
  readonly autosave?: { readonly delayMs?: number; readonly maxWaitMs?: number };
}

/**
 * The one map this tab has open: which stored record and revision it is, whether this tab owns
 * it, and saving it. A save names the revision it builds on, so a tab never overwrites work it
 * has not seen; when that happens anyway, this tab's version becomes a map of its own.
 */
export function createMapSession({ doc, ui, repository, status, channel, claimMap, lastMap, ...options }: MapSessionParts) {
  let claim: Claim | null = null;
  let revision = 0;
  /**
   * The map as storage holds it: the document differs from it exactly when there is work to save.
   * The document's placeholder before the first map opens is nothing to save.
   */
  let savedMap: EcoMap | null = doc.getState().map;

  const currentId = () => claim?.id ?? null;
  const isOwner = () => claim === null || claim.role() === 'owner';
  const unsaved = () => doc.getState().map !== savedMap;
  const unavailable = (error: unknown) => status.setState({ state: 'unavailable', message: storageMessage(error, repository.timeoutMs) });
  const changedHere = () => {
    listChanged(status);
    channel.post({ type: 'list-changed' });
  };

  const save = async (): Promise<void> => {
    const map = doc.getState().map;
    if (map === savedMap || !isOwner()) return;
    const wasUnavailable = status.getState().state === 'unavailable';
    if (!wasUnavailable) setSaveState(status, 'saving');
    try {
      if (claim === null) {
        await adopt(await repository.create(map), map);
        changedHere();
      } else {
        const result = await repository.save(claim.id, map, revision);
        if (!result.ok) return await keepAsCopy(map, result.reason);
        revision = result.summary.revision;
        savedMap = map;
        listChanged(status);
        channel.post({ type: 'saved', id: claim.id, revision });
      }
    } catch (error) {
      unavailable(error);
      throw error;
    }
    if (wasUnavailable) notify(ui, 'Browser storage works again: your changes are saved.');
    setSaveState(status, unsaved() ? 'unsaved' : 'saved');
  };
  const autosave = createAutosave({ save, ...options.autosave });

  /** Makes the stored map `summary` (holding `map`) the open one: claims it and puts it in the document. */
  const adopt = async (summary: MapSummary, map: EcoMap, intent?: string): Promise<void> => {
    const next = await claimMap(summary.id, { onRoleChange, beforeHandOver: autosave.flush });
    claim?.release();
    claim = next;
    revision = summary.revision;
    savedMap = map;
    if (doc.getState().map !== map) replaceDocument(doc, map, intent);
    writeLastMap(lastMap, summary.id);
    status.setState({ mapId: summary.id });
    setSaveState(status, next.role() === 'owner' ? 'saved' : 'readonly');
  };

  /** Keeps a map only in memory (storage failed): the next save tries to store it as a new map. */
  const keepInMemory = (map: EcoMap, intent?: string): void => {
    claim?.release();
    claim = null;
    savedMap = null;
    replaceDocument(doc, map, intent);
    status.setState({ mapId: null });
  };

  const keepAsCopy = async (map: EcoMap, reason: 'conflict' | 'missing' | 'followed'): Promise<void> => {
    const copy = { ...map, title: `${map.title} (${reason === 'followed' ? 'edited while following' : 'this tab’s version'})` };
    await adopt(await repository.create(copy), copy);
    changedHere();
    const why = {
      conflict: `Another tab saved "${map.title}" while this tab had unsaved changes.`,
      missing: `"${map.title}" was deleted for good in another tab while you were editing it.`,
      followed: `This tab's copy of "${map.title}" was changed while another tab owned it.`,
    }[reason];
    notify(ui, `${why} Nothing was overwritten: this tab's version is kept as the map "${copy.title}" — compare them in the maps list.`);
  };

  /** Brings the document up to the stored revision: a follower following, or an owner after a rename elsewhere. */
  const follow = async (): Promise<void> => {
    const id = currentId();
    if (id === null) return;
    const opened = await repository.get(id);
    if (!opened.ok) return notify(ui, opened.error, 'error');
    if (opened.summary.revision <= revision || currentId() !== id) return;
    revision = opened.summary.revision;
    savedMap = opened.map;
    replaceDocument(doc, opened.map, 'Changes from another tab');
  };

  function onRoleChange(role: Role): void {
    if (role === 'follower') {
      autosave.cancel();
      return setSaveState(status, 'readonly');
    }
    const local = doc.getState().map;
    const editedWhileFollowing = unsaved();
    setSaveState(status, 'saved', 'You are editing this map here now; changes are saved in this browser.');
    void follow()
      .then(() => (editedWhileFollowing ? keepAsCopy(local, 'followed') : undefined))
      .catch(unavailable);
  }

  const unsubscribe = channel.subscribe((message) => {
    if (message.type === 'list-changed' || message.type === 'saved') listChanged(status);
    if (message.type !== 'saved' || message.id !== currentId() || message.revision <= revision) return;
    if (isOwner() && (unsaved() || autosave.pending())) return; // its save will meet the conflict
    void follow().catch(unavailable);
  });

  return {
    currentId,
    isOwner,
    unsaved,
    unavailable,
    changedHere,
    adopt,
    keepInMemory,
    autosave,
    takeOver: () => claim?.takeOver(),
    /** A change in the document: save it soon, if it is this tab's to save. */
    changed(map: EcoMap): void {
      if (map === savedMap || !isOwner()) return;
      if (status.getState().state !== 'unavailable') setSaveState(status, 'unsaved');
      autosave.schedule();
    },
    close(): void {
      unsubscribe();
      claim?.release();
    },
  };
}

export type MapSession = ReturnType<typeof createMapSession>;
