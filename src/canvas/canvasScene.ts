import { matchingNodes } from '../model/filter.ts';
import { linkKey } from '../model/links.ts';
import type { EcoMap, MapNode, NodeKind } from '../model/types.ts';
import type { UiState } from '../store/uiStore.ts';
import type { SvgElement } from '../views/element.ts';
import { nodeBody } from '../views/nodeView.ts';
import { radiiOf } from '../views/radii.ts';
import type { Palette } from '../views/theme.ts';
import { labelHalfWidth } from './canvasHitTest.ts';
import type { HitScene } from './canvasHitTest.ts';

/** What the analysis marks on nodes and links (the node-states store has this shape). */
export interface NodeMarks {
  readonly ghost: ReadonlySet<string>;
  readonly stranded: ReadonlySet<string>;
  readonly spof: ReadonlySet<string>;
  readonly enabled: ReadonlyMap<string, number> | null;
  readonly linkFlow: ReadonlyMap<string, number> | null;
}

export interface MarksSource {
  getState(): NodeMarks;
  subscribe(listener: () => void): () => void;
}

/** A map as arrays by index, built once per document change: what every frame reads. */
export interface Scene extends HitScene {
  readonly map: EcoMap;
  readonly ids: readonly string[];
  readonly nodes: readonly MapNode[];
  readonly supports: Uint8Array;
  readonly weight: Float32Array;
  readonly linkKeys: readonly string[];
}

export function sceneOf(map: EcoMap): Scene {
  const radii = radiiOf(map);
  const ids = map.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const radius = new Float32Array(n);
  const labelHalf = new Float32Array(n);
  const kinds = new Array<NodeKind>(n);
  map.nodes.forEach((node, i) => {
    radius[i] = radii.get(node.id) ?? 14;
    labelHalf[i] = labelHalfWidth(node.name.length);
    kinds[i] = node.kind;
  });
  const links = map.links.filter((l) => index.has(l.source) && index.has(l.target));
  const source = new Int32Array(links.length);
  const target = new Int32Array(links.length);
  const supports = new Uint8Array(links.length);
  const weight = new Float32Array(links.length);
  links.forEach((l, k) => {
    source[k] = index.get(l.source)!;
    target[k] = index.get(l.target)!;
    supports[k] = l.kind === 'supports' ? 1 : 0;
    weight[k] = l.weight;
  });
  return { map, ids, nodes: map.nodes, kinds, radius, labelHalf, source, target, supports, weight, linkKeys: links.map(linkKey) };
}

/** Bits of a node's or link's look. */
export const SELECTED = 1;
export const GHOST = 2;
export const STRANDED = 4;
export const SPOF = 8;
export const FADED = 16;

export interface Looks {
  readonly nodes: Uint8Array;
  readonly links: Uint8Array;
  /** Per link, its value flow as a share of the largest (0–1). */
  readonly flow: Float32Array;
}

/** How each node and link looks now: selection, the filter's fading, and the analysis marks. */
export function looksOf(scene: Scene, { selection, filter }: Pick<UiState, 'selection' | 'filter'>, marks: NodeMarks | undefined): Looks {
  const keep = matchingNodes(scene.map, filter);
  const nodes = new Uint8Array(scene.ids.length);
  scene.ids.forEach((id, i) => {
    nodes[i] =
      (selection.nodes.has(id) ? SELECTED : 0) |
      (marks?.ghost.has(id) ? GHOST : 0) |
      (marks?.stranded.has(id) ? STRANDED : 0) |
      (marks?.spof.has(id) ? SPOF : 0) |
      (keep && !keep.has(id) ? FADED : 0);
  });
  const count = scene.source.length;
  const links = new Uint8Array(count);
  const flow = new Float32Array(count);
  for (let k = 0; k < count; k++) {
    const s = scene.ids[scene.source[k]!]!;
    const t = scene.ids[scene.target[k]!]!;
    const key = scene.linkKeys[k]!;
    links[k] =
      (selection.links.has(key) ? SELECTED : 0) |
      (marks && (marks.ghost.has(s) || marks.ghost.has(t)) ? GHOST : 0) |
      (keep && !(keep.has(s) && keep.has(t)) ? FADED : 0);
    flow[k] = Math.min(1, marks?.linkFlow?.get(key) ?? 0);
  }
  return { nodes, links, flow };
}

function flagsOf(look: number) {
  return { selected: (look & SELECTED) !== 0, ghost: (look & GHOST) !== 0, stranded: (look & STRANDED) !== 0, spof: (look & SPOF) !== 0 };
}

/** A node's picture without its lines of text: what every node of the same look and size shares. */
export function shapesOf(node: MapNode, r: number, look: number, palette: Palette): readonly SvgElement[] {
  return nodeBody(node, r, palette, flagsOf(look)).filter((part) => part.tag !== 'text');
}

/** A node's own lines of text (its name, the value it enables), as the views write them. */
export function labelsOf(node: MapNode, r: number, look: number, enabled: number, unit: string | undefined, palette: Palette): readonly SvgElement[] {
  return nodeBody(node, r, palette, { ...flagsOf(look), enabled, ...(unit === undefined ? {} : { unit }) }).filter((part) => part.tag === 'text');
}
