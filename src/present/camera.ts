import type { Point } from '../layout/settle.ts';
import type { Scene } from '../model/types.ts';

/** A d3-zoom transform as plain numbers: screen = map × k + (x, y). */
export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** Screen pixels kept free on each side: the caption bar at the bottom wants more than the rest. */
export type Insets = number | { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };

export interface CameraOptions {
  /** Screen pixels between the framed nodes and the viewport's edges. */
  readonly padding: Insets;
  /** Map units around each node's centre, so shapes and labels are framed too, not just centres. */
  readonly margin: number;
  readonly minScale: number;
  readonly maxScale: number;
}

// 48 px reads as a deliberate frame on a projector without wasting a small laptop screen; a
// 40-unit margin holds a node's circle and its label. Scale stops at 2 so that a scene framing
// one node does not blow it up to fill the wall, and at 0.02 as the editor's zoom does.
export const DEFAULT_CAMERA_OPTIONS: CameraOptions = { padding: 48, margin: 40, minScale: 0.02, maxScale: 2 };

/**
 * The zoom transform that shows a scene: the box around all nodes, or around the scene's chosen
 * nodes, scaled to fit the viewport inside the padding and centred in it. Unknown ids and
 * non-finite positions are ignored; a scene whose chosen nodes are all unknown frames every node;
 * with nothing to frame, the map's origin sits in the middle at scale 1 (clamped).
 */
export function cameraFor(scene: Pick<Scene, 'camera'>, positions: ReadonlyMap<string, Point>, viewport: Viewport, options: Partial<CameraOptions> = {}): Camera {
  const chosen = scene.camera.fit === 'nodes' ? boxOf(scene.camera.ids, positions) : null;
  return fitBox(chosen ?? boxOf(positions.keys(), positions), viewport, options);
}

/** A box in map units: its smallest and largest coordinates. */
export interface Extent {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The box around the finite positions of `ids`; null when none has one. */
export function boxOf(ids: Iterable<string>, positions: ReadonlyMap<string, Point>): Extent | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const id of ids) {
    const p = positions.get(id);
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    if (p.x < x0) x0 = p.x;
    if (p.x > x1) x1 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.y > y1) y1 = p.y;
  }
  return x0 <= x1 ? { x0, y0, x1, y1 } : null;
}

/** The transform that fits `box` (grown by the margin) into the viewport inside the padding, centred. */
export function fitBox(box: Extent | null, viewport: Viewport, options: Partial<CameraOptions> = {}): Camera {
  const { padding, margin, minScale, maxScale } = { ...DEFAULT_CAMERA_OPTIONS, ...options };
  const width = finiteOr(viewport.width, 0);
  const height = finiteOr(viewport.height, 0);
  const inset = insetsOf(padding);
  // A viewport smaller than its padding still gets the whole of itself rather than a negative area.
  const fits = width - inset.left - inset.right > 0 && height - inset.top - inset.bottom > 0;
  const left = fits ? inset.left : 0;
  const top = fits ? inset.top : 0;
  const innerW = fits ? width - inset.left - inset.right : width;
  const innerH = fits ? height - inset.top - inset.bottom : height;
  const clamp = (k: number) => Math.max(minScale, Math.min(maxScale, k));
  if (!box) return { x: left + innerW / 2, y: top + innerH / 2, k: clamp(1) };
  const m = Math.max(0, finiteOr(margin, 0));
  const boxW = box.x1 - box.x0 + 2 * m;
  const boxH = box.y1 - box.y0 + 2 * m;
  // One node and no margin has no size: it gets the largest scale allowed.
  const k = innerW > 0 && innerH > 0 ? clamp(Math.min(boxW > 0 ? innerW / boxW : Infinity, boxH > 0 ? innerH / boxH : Infinity)) : clamp(1);
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  return { x: left + innerW / 2 - cx * k, y: top + innerH / 2 - cy * k, k };
}

/**
 * The nodes whose centres are on screen under `camera`: "add the current view as a scene" frames
 * these. Every finite node on screen means the whole map.
 */
export function visibleNodeIds(positions: ReadonlyMap<string, Point>, camera: Camera, viewport: Viewport): string[] {
  const out: string[] = [];
  for (const [id, p] of positions) {
    const sx = p.x * camera.k + camera.x;
    const sy = p.y * camera.k + camera.y;
    if (sx >= 0 && sx <= viewport.width && sy >= 0 && sy <= viewport.height) out.push(id);
  }
  return out;
}

function insetsOf(padding: Insets): { top: number; right: number; bottom: number; left: number } {
  if (typeof padding === 'number') {
    const p = Math.max(0, finiteOr(padding, 0));
    return { top: p, right: p, bottom: p, left: p };
  }
  const side = (v: number) => Math.max(0, finiteOr(v, 0));
  return { top: side(padding.top), right: side(padding.right), bottom: side(padding.bottom), left: side(padding.left) };
}

function finiteOr(v: number, fallback: number): number {
  return Number.isFinite(v) ? v : fallback;
}
