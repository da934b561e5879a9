import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { NO_FILTER } from '../model/filter.ts';
import type { Filter } from '../model/filter.ts';
import type { ThemeName } from '../views/theme.ts';

export { NO_FILTER };
export type { Filter };

export type LayoutMode = 'force' | 'stack';

export interface Selection {
  readonly nodes: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
}

export const EMPTY_SELECTION: Selection = { nodes: new Set(), links: new Set() };

export const NONE: ReadonlySet<string> = new Set();

export type Dialog = 'palette' | 'help' | 'maps' | 'examples' | 'table' | 'add-kind' | null;

export interface UiState {
  readonly selection: Selection;
  readonly theme: ThemeName;
  readonly layoutMode: LayoutMode;
  readonly layoutLocked: boolean;
  readonly filter: Filter;
  readonly dialog: Dialog;
  /** The node whose name is being edited in place. */
  readonly renaming: string | null;
  /** Connecting from this node: the next node chosen becomes the one it supports. */
  readonly connecting: string | null;
  /** The node that has keyboard focus on the canvas. */
  readonly focused: string | null;
  /** The active knock-out: these nodes are gone from the map for the analysis shown. */
  readonly knockedOut: ReadonlySet<string>;
  /** A knock-out shown while the pointer rests on it (a row of the criticality panel), or null. */
  readonly preview: ReadonlySet<string> | null;
  /** Value flowing upstream is drawn. */
  readonly flow: boolean;
  /** The side panel with criticality, health and scenarios. */
  readonly analysisOpen: boolean;
  /** A passing message: what happened, or what went wrong and what to do. */
  readonly notice: { readonly text: string; readonly tone: 'info' | 'error'; readonly id: number } | null;
}

export type UiStore = StoreApi<UiState>;

export function createUiStore(initial: Partial<UiState> = {}): UiStore {
  return createStore<UiState>()(() => ({
    selection: EMPTY_SELECTION,
    theme: 'light',
    layoutMode: 'force',
    layoutLocked: false,
    filter: NO_FILTER,
    dialog: null,
    renaming: null,
    connecting: null,
    focused: null,
    knockedOut: NONE,
    preview: null,
    flow: false,
    analysisOpen: false,
    notice: null,
    ...initial,
  }));
}

export function select(ui: UiStore, nodes: Iterable<string>, links: Iterable<string> = []): void {
  ui.setState({ selection: { nodes: new Set(nodes), links: new Set(links) } });
}

/** The knock-out the map shows now: a preview while there is one, else the active one. */
export function shownKnockOut(state: UiState): ReadonlySet<string> {
  return state.preview ?? state.knockedOut;
}

let noticeCount = 0;
export function notify(ui: UiStore, text: string, tone: 'info' | 'error' = 'info'): void {
  ui.setState({ notice: { text, tone, id: ++noticeCount } });
}
