import type { LayoutGraph } from './graph.ts';

/** What the main thread asks of the layout host. Nodes are named by their index in the loaded ids. */
export type LayoutRequest =
  | { readonly type: 'load'; readonly graph: LayoutGraph; readonly version: number; readonly seed?: number }
  | { readonly type: 'drag'; readonly index: number; readonly x: number; readonly y: number }
  | { readonly type: 'release'; readonly index: number; readonly pinned: boolean }
  | { readonly type: 'pin' | 'unpin'; readonly index: number }
  | { readonly type: 'reheat'; readonly alpha?: number }
  | { readonly type: 'stop' };

/**
 * What the host reports: positions `[x0, y0, x1, y1, …]` in the ids order of the load that
 * `version` names, so the main thread can drop frames from a graph it has since replaced.
 */
export type LayoutReport =
  | { readonly type: 'tick'; readonly positions: Float32Array; readonly alpha: number; readonly version: number }
  | { readonly type: 'settled'; readonly positions: Float32Array; readonly version: number };
