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

/** What the map draws on top of nodes and links (value flow has its own switch). */
export interface Overlays {
  readonly hulls: boolean;
  readonly badges: boolean;
  readonly labels: boolean;
}
export const ALL_OVERLAYS: Overlays = { hulls: true, badges: true, labels: true };

/** A presentation running in this window: which scene, and the presenter's tools. */
export interface Presenting {
  readonly index: number;
  readonly laser: boolean;
  readonly spotlight: boolean;
  /** The screen is blanked (what a clicker's "b" asks for). */
  readonly blank: boolean;
}

export type SideTab = 'criticality' | 'health' | 'scenarios' | 'scenes';

export type Dialog = 'palette' | 'help' | 'maps' | 'examples' | 'table' | 'add-kind' | 'export' | 'import-url' | null;

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
  /** The side panel with criticality, health, scenarios and scenes, and its open tab. */
  readonly analysisOpen: boolean;
  readonly sideTab: SideTab;
  readonly overlays: Overlays;
  readonly presenting: Presenting | null;
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
    sideTab: 'criticality',
    overlays: ALL_OVERLAYS,
    presenting: null,
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
