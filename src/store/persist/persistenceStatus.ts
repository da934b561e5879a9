import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';

/** `readonly`: another tab owns the map and this one follows it. `unavailable`: storage failed; work is in memory. */
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'unavailable' | 'readonly';

export interface PersistenceStatus {
  readonly state: SaveState;
  /** What is going on, and when something is wrong, what to do about it. */
  readonly message: string;
  /** The stored map this tab has open; null while it is kept only in memory. */
  readonly mapId: string | null;
  /** Goes up whenever the stored maps may have changed, here or in another tab: lists reload on it. */
  readonly listVersion: number;
  /** False until the last map (or a new one) is open. */
  readonly ready: boolean;
}

export type StatusStore = StoreApi<PersistenceStatus>;

export const STATUS_MESSAGES = {
  opening: 'Opening your maps…',
  saved: 'All changes are saved in this browser.',
  saving: 'Saving…',
  unsaved: 'Changes will be saved in a moment.',
  readonly: 'This map is open in another tab — following its changes. Take over to edit here.',
} as const;

export function createStatusStore(): StatusStore {
  return createStore<PersistenceStatus>()(() => ({
    state: 'saving',
    message: STATUS_MESSAGES.opening,
    mapId: null,
    listVersion: 0,
    ready: false,
  }));
}

/** Sets a state with its usual message, or with `message` when something needs saying. */
export function setSaveState(status: StatusStore, state: Exclude<SaveState, 'unavailable'>, message?: string): void {
  status.setState({ state, message: message ?? STATUS_MESSAGES[state] });
}

export function listChanged(status: StatusStore): void {
  status.setState((s) => ({ listVersion: s.listVersion + 1 }));
}
