import { interpolateZoom } from 'd3-interpolate';
import type { Point } from '../layout/settle.ts';
import { compareIds } from '../model/compareIds.ts';
import { DEFAULT_OVERLAYS } from '../model/scenes.ts';
import type { EcoMap, Scene, SceneOverlays } from '../model/types.ts';
import { cameraFor } from './camera.ts';
import type { Camera, CameraOptions, Viewport } from './camera.ts';

/** Whether something appears, goes, or stays as it is. */
export type Fade = 'in' | 'out' | 'same';

/** A span of a transition, in ms from its start. */
export interface Phase {
  readonly delay: number;
  readonly duration: number;
}

/** What the canvas plays to move from one scene to the next. */
export interface SceneTransition {
  readonly camera: { readonly from: Camera; readonly to: Camera };
  /** Nodes knocked out by the move (they fade to ghosts), sorted by code point. */
  readonly knockIn: readonly string[];
  /** Nodes the move brings back, sorted by code point. */
  readonly knockBack: readonly string[];
  readonly flow: Fade;
  readonly overlays: { readonly [K in keyof SceneOverlays]: Fade };
  /** When the camera glides. */
  readonly glide: Phase;
  /** When knock-outs and overlays fade. */
  readonly fade: Phase;
  /** The whole move in ms; 0 with reduced motion or when nothing changes. */
  readonly duration: number;
}

export interface TransitionOptions {
  readonly positions: ReadonlyMap<string, Point>;
  readonly viewport: Viewport;
  /** The camera on screen now (the presenter may have panned); by default where `from` frames. */
  readonly camera?: Camera;
  /** What is knocked out on screen now (the scene's and any what-if on stage); by default `from`'s. */
  readonly knockedOut?: Iterable<string>;
  /** The overlays on screen now; by default `from`'s (or the editor's before the first scene). */
  readonly overlays?: SceneOverlays;
  /** The user prefers reduced motion: everything jumps. */
  readonly reducedMotion?: boolean;
  readonly cameraOptions?: Partial<CameraOptions>;
}

// A glide takes the time the van Wijk–Nuij path asks for (d3's interpolateZoom duration: a long
// pan zooms out and takes longer), but never so little that the eye loses the map nor so long the
// room waits. Fades take half a second and start halfway through the glide, so the audience sees
// where it is going before the map falls apart there.
export const MIN_GLIDE_MS = 400;
export const MAX_GLIDE_MS = 1600;
export const FADE_MS = 500;

/** The plan for moving from `from` (null: entering the presentation) to `to`. Pure. */
export function sceneTransition(from: Scene | null, to: Scene, map: EcoMap, options: TransitionOptions): SceneTransition {
  const { positions, viewport, reducedMotion = false, cameraOptions } = options;
  const startCamera = options.camera ?? (from ? cameraFor(from, positions, viewport, cameraOptions) : cameraFor({ camera: { fit: 'all' } }, positions, viewport, cameraOptions));
  const endCamera = cameraFor(to, positions, viewport, cameraOptions);
  const known = new Set(map.nodes.map((n) => n.id));
  const now = new Set([...(options.knockedOut ?? from?.knockedOut ?? [])].filter((id) => known.has(id)));
  const next = new Set(to.knockedOut.filter((id) => known.has(id)));
  const knockIn = [...next].filter((id) => !now.has(id)).sort(compareIds);
  const knockBack = [...now].filter((id) => !next.has(id)).sort(compareIds);
  const before = options.overlays ?? from?.overlays ?? DEFAULT_OVERLAYS;
  const fadeOf = (key: keyof SceneOverlays): Fade => (before[key] === to.overlays[key] ? 'same' : to.overlays[key] ? 'in' : 'out');
  const overlays = { flow: fadeOf('flow'), hulls: fadeOf('hulls'), badges: fadeOf('badges'), labels: fadeOf('labels') };

  const moves = !sameCamera(startCamera, endCamera);
  const fades = knockIn.length > 0 || knockBack.length > 0 || Object.values(overlays).some((f) => f !== 'same');
  const glideMs = reducedMotion || !moves ? 0 : clamp(interpolateCamera(startCamera, endCamera, viewport).duration, MIN_GLIDE_MS, MAX_GLIDE_MS);
  const fadeMs = reducedMotion || !fades ? 0 : FADE_MS;
  const fade = { delay: fadeMs ? glideMs / 2 : 0, duration: fadeMs };
  return {
    camera: { from: startCamera, to: endCamera },
    knockIn,
    knockBack,
    flow: overlays.flow,
    overlays,
    glide: { delay: 0, duration: glideMs },
    fade,
    duration: Math.max(glideMs, fade.delay + fade.duration),
  };
}

/** A camera between `a` and `b` for t in [0, 1], exactly `a` at 0 and `b` at 1; `duration` is the path's natural length in ms. */
export type CameraInterpolator = ((t: number) => Camera) & { readonly duration: number };

/**
 * The smooth zoom-and-pan from `a` to `b`, as d3-zoom's own transitions make it: van Wijk and
 * Nuij's path (d3-interpolate's interpolateZoom) about the viewport's centre, zooming out on the
 * way when the two views are far apart. Pass it eased time, as a d3 transition would.
 */
export function interpolateCamera(a: Camera, b: Camera, viewport: Viewport): CameraInterpolator {
  const cx = viewport.width / 2;
  const cy = viewport.height / 2;
  const w = Math.max(viewport.width, viewport.height);
  const valid = [a.x, a.y, a.k, b.x, b.y, b.k, w].every(Number.isFinite) && a.k > 0 && b.k > 0 && w > 0;
  if (!valid || sameCamera(a, b)) {
    // Nothing to glide along: step halfway, so a broken input never produces NaN.
    return Object.assign((t: number) => (t < 0.5 ? a : b), { duration: 0 });
  }
  const path = interpolateZoom([(cx - a.x) / a.k, (cy - a.y) / a.k, w / a.k], [(cx - b.x) / b.k, (cy - b.y) / b.k, w / b.k]);
  const at = (t: number): Camera => {
    if (!(t > 0)) return a;
    if (t >= 1) return b;
    const [ux, uy, uw] = path(t);
    const k = w / uw;
    return { x: cx - ux * k, y: cy - uy * k, k };
  };
  return Object.assign(at, { duration: path.duration });
}

/** Within half a pixel and a thousandth of scale: no glide worth playing. */
function sameCamera(a: Camera, b: Camera): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.k - b.k) <= 1e-3 * Math.max(a.k, b.k);
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
