import { LABEL_REACH } from './renderPictures.ts';
import type { Looks } from './canvasScene.ts';
import { createDirtyTiles, tileRow } from './dirtyTiles.ts';
import type { Runs } from './dirtyTiles.ts';
import type { Painting, Stage } from './mapPainting.ts';
import type { Clip, Pixels } from './renderPixels.ts';

/**
 * When only how some nodes and links look changed (a knock-out, a selection) and nothing moved,
 * the parts of the last picture they touch are drawn again, unless that is more than this share.
 */
export const PATCH_SHARE = 0.3;

/** The nodes and links whose look differs between two looks of one scene. */
export function changedLooks(before: Looks, next: Looks): { nodes: number[]; links: number[] } {
  const nodes: number[] = [];
  const links: number[] = [];
  for (let i = 0; i < next.nodes.length; i++) if (next.nodes[i] !== before.nodes[i]) nodes.push(i);
  for (let e = 0; e < next.links.length; e++) if (next.links[e] !== before.links[e] || next.flow[e] !== before.flow[e]) links.push(e);
  return { nodes, links };
}

/**
 * The tiles of the picture drawn from `before` that drawing it from `stage` (same positions,
 * new looks) would change: where the changed nodes' old and new sprites (and labels, when
 * drawn) lie and the changed links run. Forgets the changed nodes' sprites on the way. Null
 * when that is more than PATCH_SHARE of the picture: it is cheaper drawn whole.
 */
export function patchRuns(painting: Painting, before: Stage, stage: Stage, changed: { nodes: readonly number[]; links: readonly number[] }, labelsDrawn: boolean): Runs | null {
  const { px, sx, sy, scene } = stage;
  const dirty = createDirtyTiles(px.width, px.height);
  // The room of the old pictures, then of the new ones (made now: only changed nodes need them).
  const sight = LABEL_REACH * stage.k + 2;
  const inSight = changed.nodes.filter((i) => sx[i]! > -sight && sy[i]! > -sight && sx[i]! < px.width + sight && sy[i]! < px.height + sight);
  const markNode = (of: Stage, i: number) => {
    const shape = painting.shape(of, i).sprite;
    dirty.mark(sx[i]! - shape.reach, sy[i]! - shape.reach, sx[i]! + shape.reach, sy[i]! + shape.reach);
    const label = labelsDrawn ? painting.label(of, i, of === stage) : undefined;
    if (label) dirty.mark(sx[i]! - label.reach, sy[i]! - label.reach, sx[i]! + label.reach, sy[i]! + label.reach);
  };
  for (const i of inSight) markNode(before, i);
  painting.forget(changed.nodes);
  for (const i of inSight) markNode(stage, i);
  for (const e of changed.links) {
    const pad = Math.max(painting.linkReach(before, e), painting.linkReach(stage, e));
    dirty.markSegment(sx[scene.source[e]!]!, sy[scene.source[e]!]!, sx[scene.target[e]!]!, sy[scene.target[e]!]!, pad);
  }
  return dirty.share() > PATCH_SHARE ? null : dirty.runs();
}

/** Draws link `e` through each clip of `runs` its line (and arrowhead) may touch. */
export function linkThrough(runs: Runs, painting: Painting, stage: Stage, e: number): void {
  const { sx, sy, px, scene } = stage;
  const s = scene.source[e]!;
  const t = scene.target[e]!;
  const pad = painting.linkReach(stage, e);
  const clips = clipsIn(runs, px, Math.min(sx[s]!, sx[t]!) - pad, Math.min(sy[s]!, sy[t]!) - pad, Math.max(sx[s]!, sx[t]!) + pad, Math.max(sy[s]!, sy[t]!) + pad);
  for (const clip of clips) painting.link(stage, e, clip);
}

/** The clips of `runs` a rectangle (device pixels) touches. */
export function clipsIn(runs: Runs, px: Pixels, left: number, top: number, right: number, bottom: number): Clip[] {
  const out: Clip[] = [];
  if (!(right >= 0 && bottom >= 0 && left < px.width && top < px.height)) return out;
  const rows = runs.rowStart.length - 1;
  const last = tileRow(bottom, rows);
  for (let r = tileRow(top, rows); r <= last; r++) {
    for (let q = runs.rowStart[r]!; q < runs.rowStart[r + 1]!; q++) {
      const clip = runs.clips[q]!;
      if (clip.x1 > left && clip.x0 <= right) out.push(clip);
    }
  }
  return out;
}
