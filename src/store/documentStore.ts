import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { TemporalState } from 'zundo';
import { createMap } from '../model/create.ts';
import type { EcoMap } from '../model/types.ts';

export interface DocumentState {
  /** The open map. Every change replaces it: one replacement per user intent. */
  readonly map: EcoMap;
  /** What the last change was, for the undo menu ("Undo Add platform"). */
  readonly intent: string;
  /** True while another tab owns this map: nothing may change it here. */
  readonly readOnly: boolean;
  /** Counts the maps opened in this document: a new count means another map, not an edit. */
  readonly opened: number;
}

export type DocumentStore = StoreApi<DocumentState> & { temporal: StoreApi<TemporalState<{ map: EcoMap; intent: string }>> };

export const UNDO_LIMIT = 1000;

/** The open document with its undo history. */
export function createDocumentStore(map: EcoMap = createMap()): DocumentStore {
  return createStore<DocumentState>()(
    temporal<DocumentState, [], [], { map: EcoMap; intent: string }>(() => ({ map, intent: 'Open map', readOnly: false, opened: 0 }), {
      limit: UNDO_LIMIT,
      partialize: (state) => ({ map: state.map, intent: state.intent }),
      // Only a new map object is a step: operations return the same map when nothing changed.
      equality: (past, current) => past.map === current.map,
    }),
  ) as DocumentStore;
}

/** Applies one user intent as one undoable step; returns whether the map changed. */
export function commit(store: DocumentStore, intent: string, change: (map: EcoMap) => EcoMap): boolean {
  if (store.getState().readOnly) return false;
  const before = store.getState().map;
  const after = change(before);
  if (after === before) return false;
  store.setState({ map: after, intent });
  return true;
}

/** Changes the map without an undo step: settled layout positions, which are not a user intent. */
export function commitQuietly(store: DocumentStore, change: (map: EcoMap) => EcoMap): void {
  if (store.getState().readOnly) return;
  const before = store.getState().map;
  const after = change(before);
  if (after === before) return;
  const { pause, resume } = store.temporal.getState();
  pause();
  store.setState({ map: after });
  resume();
}

/** Puts another map in the document and forgets the old one's history. */
export function replaceDocument(store: DocumentStore, map: EcoMap, intent = 'Open map'): void {
  const { pause, resume, clear } = store.temporal.getState();
  pause();
  store.setState({ map, intent, opened: store.getState().opened + 1 });
  resume();
  clear();
}
