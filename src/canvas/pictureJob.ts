import type { View } from './canvasRenderer.ts';
import type { Runs } from './dirtyTiles.ts';
import type { Painting, Stage } from './mapPainting.ts';
import { clipsIn, linkThrough } from './picturePatch.ts';
import { LABEL_REACH } from './renderPictures.ts';

/** Labels show when at most this many nodes are on screen and their text is at least this tall (device px). */
const LABELS_MAX = 400;
const LABEL_MIN_PX = 5;
/**
 * A drawing makes new label pictures for this long at most (a label's picture costs a fraction of
 * a millisecond, and a first view at a new zoom needs hundreds); the rest come with the next ones.
 */
const NEW_LABELS_MS = 3;

/** One drawing of the map at one view, which may be spread over several frames. */
export interface Job {
  readonly stage: Stage;
  readonly view: View;
  /** Only these parts of the last picture are drawn again; all of it when null. */
  readonly runs: Runs | null;
  /** Meant to be done in this frame: the last drawing was cheap. */
  readonly whole: boolean;
  /** Labels are on (the presentation overlays may hide them). */
  readonly labels: boolean;
  phase: 'links' | 'nodes' | 'labels';
  at: number;
  /** Nodes near enough to the screen to draw, and how many of them are on it. */
  readonly inSight: number[];
  onScreen: number;
  spent: number;
  /** Until when new labels may be made, and whether some were left for a next drawing. */
  labelsBy: number;
  labelsLeft: boolean;
}

/** A drawing not yet begun: of all the map (`runs` null) or of the tiles in `runs`. */
export function startJob(stage: Stage, view: View, runs: Runs | null, whole: boolean, labels: boolean): Job {
  return { stage, view, runs, whole, labels, phase: 'links', at: 0, inSight: [], onScreen: 0, spent: 0, labelsBy: Infinity, labelsLeft: false };
}

/** Draws `j` on until it is done (true) or past `deadline`, a phase at a time, resuming where it stopped. */
export function stepJob(j: Job, painting: Painting, deadline: number): boolean {
  const { stage } = j;
  const { px, sx, sy, scene } = stage;
  if (j.phase === 'links') {
    const count = scene.source.length;
    while (j.at < count) {
      const end = Math.min(count, j.at + 16);
      if (!j.runs) for (; j.at < end; j.at++) painting.link(stage, j.at);
      else for (; j.at < end; j.at++) linkThrough(j.runs, painting, stage, j.at);
      if (performance.now() > deadline) return false;
    }
    j.phase = 'nodes';
    j.at = 0;
  }
  if (j.phase === 'nodes') {
    const count = scene.ids.length;
    // Far enough out that a node just off screen still shows the end of its label.
    const reach = LABEL_REACH * stage.k + 2;
    while (j.at < count) {
      let end = Math.min(count, j.at + 128);
      for (; j.at < end; j.at++) {
        const i = j.at;
        const x = sx[i]!;
        const y = sy[i]!;
        if (!(x > -reach && y > -reach && x < px.width + reach && y < px.height + reach)) continue;
        j.inSight.push(i);
        if (x >= 0 && y >= 0 && x < px.width && y < px.height) j.onScreen++;
        const { sprite, made } = painting.shape(stage, i);
        if (made && performance.now() > deadline) end = j.at + 1;
        if (!j.runs) painting.stamp(stage, i, sprite);
        else for (const clip of clipsIn(j.runs, px, x - sprite.reach, y - sprite.reach, x + sprite.reach, y + sprite.reach)) painting.stamp(stage, i, sprite, clip);
      }
      if (performance.now() > deadline) return false;
    }
    j.phase = 'labels';
    j.at = 0;
    j.labelsBy = performance.now() + NEW_LABELS_MS;
  }
  if (!labelsShown(j)) return true;
  while (j.at < j.inSight.length) {
    const i = j.inSight[j.at++]!;
    let sprite = painting.label(stage, i, false);
    if (!sprite) {
      const now = performance.now();
      if (now > deadline) {
        j.at--;
        return false;
      }
      if (now > j.labelsBy) {
        j.labelsLeft = true;
        continue;
      }
      sprite = painting.label(stage, i, true)!;
    }
    if (!j.runs) painting.stamp(stage, i, sprite);
    else for (const clip of clipsIn(j.runs, px, sx[i]! - sprite.reach, sy[i]! - sprite.reach, sx[i]! + sprite.reach, sy[i]! + sprite.reach)) painting.stamp(stage, i, sprite, clip);
    if ((j.at & 15) === 0 && performance.now() > deadline) return false;
  }
  return true;
}

/** Whether the labels are drawn: on, few enough nodes on screen, and tall enough to read. */
export function labelsShown(j: Job): boolean {
  return j.labels && j.onScreen <= LABELS_MAX && 12 * j.stage.k >= LABEL_MIN_PX;
}
