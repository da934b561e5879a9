import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { lookupOf } from '../model/lookup.ts';
import type { Stores } from '../store/context.ts';
import type { UiState } from '../store/uiStore.ts';
import { isCanvasMap } from './canvasMode.ts';

/** The node or link under the pointer on a map drawn on a canvas. */
export interface Hover {
  readonly node: string | null;
  readonly link: string | null;
}

export const NO_HOVER: Hover = { node: null, link: null };

export function createHoverStore(): StoreApi<Hover> {
  return createStore<Hover>(() => NO_HOVER);
}

/** At most this many selected nodes (and links) become elements; the canvas shows the rest selected. */
const SELECTED_ELEMENTS = 200;
const NONE: readonly string[] = [];

/**
 * The nodes and links that are SVG elements. On a small map, all of them. On a map drawn on a
 * canvas, those someone is working with: under the pointer (so a press lands on an element, and
 * its connect handle shows), focused or next in the tab order, selected, being renamed or
 * connected from. So keyboard focus, screen readers, pointer gestures and the tests meet real
 * elements, while the DOM holds a few dozen of them instead of tens of thousands.
 */
export function useCanvasDomSet(stores: Stores, hover: StoreApi<Hover>): { readonly large: boolean; readonly nodeIds: readonly string[]; readonly linkKeys: readonly string[] } {
  const nodeIds = useStore(stores.doc, (s) => lookupOf(s.map).nodeIds);
  const linkKeys = useStore(stores.doc, (s) => lookupOf(s.map).linkKeys);
  const large = isCanvasMap(nodeIds.length);
  const first = nodeIds[0];
  const workedNodes = useStore(stores.ui, useShallow((s) => (large ? nodesWorkedOn(s, first) : NONE)));
  const workedLinks = useStore(stores.ui, useShallow((s) => (large ? firstOf(s.selection.links, SELECTED_ELEMENTS) : NONE)));
  const hovered = useStore(hover, useShallow((h) => (large ? [h.node, h.link] : [null, null])));
  return useMemo(() => {
    if (!large) return { large, nodeIds, linkKeys };
    const { nodes, links } = lookupOf(stores.doc.getState().map);
    const ids = new Set(workedNodes.filter((id) => nodes.has(id)));
    // The hovered one last: drawn on top, as it would be under the pointer.
    if (hovered[0] && nodes.has(hovered[0])) ids.delete(hovered[0]), ids.add(hovered[0]);
    const keys = new Set(workedLinks.filter((key) => links.has(key)));
    if (hovered[1] && links.has(hovered[1])) keys.add(hovered[1]);
    return { large, nodeIds: [...ids], linkKeys: [...keys] };
  }, [large, nodeIds, linkKeys, workedNodes, workedLinks, hovered, stores.doc]);
}

function nodesWorkedOn(s: UiState, first: string | undefined): string[] {
  const out: string[] = [];
  // NodeGlyph's roving tab index: the focused node, else the first selected, else the first node.
  const tabbable = s.focused ?? firstOf(s.selection.nodes, 1)[0] ?? first;
  if (tabbable) out.push(tabbable);
  out.push(...firstOf(s.selection.nodes, SELECTED_ELEMENTS));
  if (s.renaming) out.push(s.renaming);
  if (s.connecting) out.push(s.connecting);
  return out;
}

function firstOf(ids: ReadonlySet<string>, count: number): string[] {
  const out: string[] = [];
  for (const id of ids) {
    if (out.length >= count) break;
    out.push(id);
  }
  return out;
}
