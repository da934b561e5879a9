import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { linkKey } from '../model/links.ts';
import type { EcoMap } from '../model/types.ts';
import { flowOf, knockOutOf, spofOf } from './analysisCache.ts';
import type { Stores } from './context.ts';
import { useStores } from './context.ts';
import { shownKnockOut } from './uiStore.ts';
import type { UiState } from './uiStore.ts';

/** What the analysis says about each node right now, in sets a node can look itself up in. */
export interface NodeStates {
  /** Knocked out in the knock-out shown. */
  readonly ghost: ReadonlySet<string>;
  readonly stranded: ReadonlySet<string>;
  /** Platforms whose knock-out alone strands nodes or splits the map. */
  readonly spof: ReadonlySet<string>;
  /** Value flowing up through each node, while value flow is shown. */
  readonly enabled: ReadonlyMap<string, number> | null;
  /** Per link key, the value flowing along it as a share of the largest flow, while flow is shown. */
  readonly linkFlow: ReadonlyMap<string, number> | null;
}

const NO_STATES: NodeStates = { ghost: new Set(), stranded: new Set(), spof: new Set(), enabled: null, linkFlow: null };

function statesOf(map: EcoMap, ui: UiState, before: NodeStates): NodeStates {
  const shown = shownKnockOut(ui);
  const result = shown.size ? knockOutOf(map, shown) : null;
  let enabled: Map<string, number> | null = null;
  let linkFlow: Map<string, number> | null = null;
  if (ui.flow) {
    const flow = flowOf(map, shown);
    enabled = new Map();
    for (const [id, f] of flow.nodes) if (f.enabled > 0) enabled.set(id, f.enabled);
    let most = 0;
    for (const amount of flow.linkFlow) if (amount > most) most = amount;
    linkFlow = new Map();
    if (most > 0) map.links.forEach((link, k) => flow.linkFlow[k]! > 0 && linkFlow!.set(linkKey(link), flow.linkFlow[k]! / most));
  }
  const next: NodeStates = {
    ghost: result ? new Set(result.removed) : NO_STATES.ghost,
    stranded: result ? new Set(result.stranded) : NO_STATES.stranded,
    spof: ui.overlays.badges ? spofOf(map) : NO_STATES.spof,
    enabled,
    linkFlow,
  };
  // Keep what did not change, so a node's selector sees the same answer and skips rendering.
  return sameStates(before, next) ? before : next;
}

function sameStates(a: NodeStates, b: NodeStates): boolean {
  const sameSet = (x: ReadonlySet<string>, y: ReadonlySet<string>) => x.size === y.size && [...x].every((id) => y.has(id));
  const sameMap = (x: ReadonlyMap<string, number> | null, y: ReadonlyMap<string, number> | null) =>
    x === y || (!!x && !!y && x.size === y.size && [...x].every(([id, v]) => y.get(id) === v));
  return sameSet(a.ghost, b.ghost) && sameSet(a.stranded, b.stranded) && sameSet(a.spof, b.spof) && sameMap(a.enabled, b.enabled) && sameMap(a.linkFlow, b.linkFlow);
}

const stores = new WeakMap<Stores['doc'], StoreApi<NodeStates>>();

/** The node states of an open map, kept up to date with its document and knock-out. */
export function nodeStatesStore({ doc, ui }: Stores): StoreApi<NodeStates> {
  let store = stores.get(doc);
  if (store) return store;
  const made = createStore<NodeStates>(() => statesOf(doc.getState().map, ui.getState(), NO_STATES));
  const update = () => made.setState(statesOf(doc.getState().map, ui.getState(), made.getState()), true);
  let { map } = doc.getState();
  let state = ui.getState();
  doc.subscribe((s) => s.map !== map && ((map = s.map), update()));
  ui.subscribe((s) => {
    const changed = s.knockedOut !== state.knockedOut || s.preview !== state.preview || s.flow !== state.flow || s.overlays !== state.overlays;
    state = s;
    if (changed) update();
  });
  stores.set(doc, made);
  return made;
}

/** A narrow read of the node states; the component re-renders only when the answer changes. */
export function useNodeStates<T>(selector: (states: NodeStates) => T): T {
  return useStore(nodeStatesStore(useStores()), selector);
}
