import type { Stores } from '../store/context.ts';
import type { Palette } from '../views/theme.ts';
import { hitAt } from './canvasHitTest.ts';
import { isCanvasMap } from './canvasMode.ts';
import { looksOf, sceneOf } from './canvasScene.ts';
import type { Looks, MarksSource, Scene } from './canvasScene.ts';
import { createPainting } from './mapPainting.ts';
import type { Stage } from './mapPainting.ts';
import { createPixels, fill, warmUp } from './renderPixels.ts';
import type { Pixels } from './renderPixels.ts';
import { labelsShown, startJob, stepJob } from './pictureJob.ts';
import type { Job } from './pictureJob.ts';
import { changedLooks, PATCH_SHARE, patchRuns } from './picturePatch.ts';
import { ARROW } from './renderPictures.ts';

export type { MarksSource, NodeMarks } from './canvasScene.ts';

/** The camera as d3-zoom has it: screen = map × k + (x, y). */
export interface View {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface CanvasRenderer {
  /**
   * The camera moved. The last picture moves with it at once, as a composited transform of the
   * canvas element (nothing is drawn for that); the map is drawn anew at the new view on the
   * next frame, spread over a few frames when one drawing costs more than a frame can spare.
   */
  setView(view: View): void;
  /** The node (and whether its connect handle) or the link at a map point; slop in screen pixels. */
  pick(x: number, y: number, slopPx?: number): { node: string; handle: boolean } | { link: string } | null;
  destroy(): void;
}

/**
 * A drawing that cost less than this last time is done whole in one frame. A dearer one (a map
 * of 10,000 nodes) takes this much of each frame until it is done, so frames keep coming while
 * it is drawn: the camera moves the last picture meanwhile, and the layout, which moves such a
 * map a step every few frames anyway, loses no step (a drawing starts from the newest positions).
 */
const CHEAP_MS = 9;
const SLICE_MS = 7;
/** Even a drawing meant to be done whole yields after this long (a first drawing makes its pictures). */
const WHOLE_MS = 11;
/**
 * And neither draws past this long after the frame began: when the frame started late or other
 * work came first (a busy machine), the drawing takes what is left, at least MIN_SLICE_MS.
 */
const FRAME_MS = 12;
const MIN_SLICE_MS = 2;
/** The picture on the canvas: what it was drawn from, so a change of looks can be drawn over it. */
interface Shown {
  readonly stage: Stage;
  readonly view: View;
  readonly labels: boolean;
  readonly labelsDrawn: boolean;
}

export interface RendererOptions {
  readonly canvas: HTMLCanvasElement;
  readonly stores: Stores;
  readonly palette: () => Palette;
  readonly marks?: MarksSource;
}

/**
 * Draws a large map on a canvas: links as anti-aliased lines and nodes, arrowheads and labels as
 * sprites, into a pixel buffer (renderPixels) that is put on the canvas in one call. Redraws at
 * most once per frame, when positions, the document, the selection, the filter, the analysis
 * marks, the overlays, the theme or the camera change. When only looks changed, it draws again
 * just the tiles of the last picture that the changed nodes and links touch.
 */
export function createCanvasRenderer({ canvas, stores, palette, marks }: RendererOptions): CanvasRenderer {
  const { doc, ui, live } = stores;
  const ctx = canvas.getContext('2d', { alpha: false, desynchronized: true });
  warmUp();
  const painting = createPainting();
  let scene: Scene = sceneOf(doc.getState().map);
  let looks: Looks | null = null;
  /** Looks (selection, filter, marks) changed since `looks` was taken. */
  let looksStale = false;
  let view: View = { k: 1, x: 0, y: 0 };
  let drawn: View | null = null;
  let shown: Shown | null = null;
  let width = 0;
  let height = 0;
  let pixels: Pixels | null = null;
  let job: Job | null = null;
  let frame = 0;
  let contentDirty = true;
  let viewDirty = false;
  /** Positions changed since the last drawing read them. */
  let moved = true;
  /** Leave the next frame to the rest of the page (see restyle). */
  let giveWay = false;
  let lastCost = Infinity;
  let shownPictures = 0;
  let lastPalette: Palette | null = null;
  let slots = new Int32Array(0);
  let slotsOf: { index: ReadonlyMap<string, number>; size: number; scene: Scene } | null = null;
  let xy = new Float32Array(0);
  let sx = new Float32Array(0);
  let sy = new Float32Array(0);

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(onFrame);
  };
  const content = () => {
    contentDirty = true;
    schedule();
  };
  // A new document or new overlays make every picture of a node wrong: start again.
  const relook = () => {
    looks = null;
    job = null;
    shown = null;
    content();
  };
  // A new selection, filter or analysis marks change some nodes' looks: those are drawn again,
  // in the frame after the next. The next one is the change's own: a knock-out's silos and
  // banner, a selection's inspector and outline (the selected node is drawn in SVG at once).
  const restyle = () => {
    looksStale = true;
    giveWay = true;
    content();
  };

  function onFrame(frameStart: number): void {
    frame = 0;
    if (!isCanvasMap(scene.ids.length)) {
      if (drawn) clear();
      return;
    }
    if (!ctx || !width || !height) return;
    if (giveWay && !job) {
      giveWay = false;
      return schedule();
    }
    if (!job && (contentDirty || viewDirty)) job = patch() ?? begin(lastCost <= CHEAP_MS);
    if (!job) return;
    const start = performance.now();
    const budget = job.whole && !job.spent ? WHOLE_MS : SLICE_MS;
    const done = stepJob(job, painting, Math.max(start + MIN_SLICE_MS, Math.min(start + budget, frameStart + FRAME_MS)));
    job.spent += performance.now() - start;
    if (!done) return schedule();
    finish(job);
    if (job.labelsLeft) contentDirty = true;
    job = null;
    if (viewDirty || contentDirty) schedule();
  }

  function clear(): void {
    drawn = null;
    shown = null;
    job = null;
    canvas.style.transform = '';
    ctx?.clearRect(0, 0, canvas.width, canvas.height);
  }

  const looksNow = (): Looks => looksOf(scene, ui.getState(), marks?.getState());

  /** The looks of every node and link now, and which differ from `before`. */
  function newLooks(before: Looks): { looks: Looks; nodes: number[]; links: number[] } {
    const next = looksNow();
    return { looks: next, ...changedLooks(before, next) };
  }

  /**
   * A drawing of just the parts of the last picture that a change of looks alone changed, when
   * nothing else did (same view, positions, palette, size and enabled values) and those parts
   * are a small share of the screen. Null when a whole drawing is needed.
   */
  function patch(): Job | null {
    const last = shown;
    if (!last || !looksStale || !looks || moved || viewDirty || palette() !== lastPalette || !pixels) return null;
    if (last.view.k !== view.k || last.view.x !== view.x || last.view.y !== view.y || last.labels !== ui.getState().overlays.labels) return null;
    const enabled = marks?.getState().enabled ?? null;
    if (last.labelsDrawn && enabled !== last.stage.enabled) return null;
    const change = newLooks(looks);
    looks = change.looks;
    looksStale = false;
    shown = null;
    if (change.nodes.length + change.links.length > PATCH_SHARE * (scene.ids.length + scene.source.length)) {
      painting.forget(change.nodes);
      return null;
    }
    const stage: Stage = { ...last.stage, looks: change.looks, enabled };
    const runs = patchRuns(painting, last.stage, stage, change, last.labelsDrawn);
    if (!runs) return null;
    contentDirty = false;
    for (const clip of runs.clips) fill(pixels, painting.background(), clip);
    return startJob(stage, last.view, runs, true, last.labels);
  }

  function begin(whole: boolean): Job {
    contentDirty = false;
    viewDirty = false;
    shown = null;
    const dpr = window.devicePixelRatio || 1;
    const W = Math.round(width * dpr);
    const H = Math.round(height * dpr);
    if (!pixels || pixels.width !== W || pixels.height !== H) pixels = createPixels(W, H);
    const p = palette();
    if (p !== lastPalette) {
      lastPalette = p;
      painting.setPalette(p);
    }
    if (!looks) {
      looks = looksNow();
      looksStale = false;
      painting.forget();
    } else if (looksStale) {
      const change = newLooks(looks);
      looks = change.looks;
      looksStale = false;
      painting.forget(change.nodes);
    }
    const k = view.k * dpr;
    const scale = 2 ** (Math.round(16 * Math.log2(k)) / 16);
    painting.prepare(scale, scene.ids.length);
    readPositions();
    moved = false;
    const n = scene.ids.length;
    // The picture on the canvas is about to be drawn over (shown is null): its positions may go too.
    if (sx.length !== n) {
      sx = new Float32Array(n);
      sy = new Float32Array(n);
    }
    for (let i = 0; i < n; i++) {
      sx[i] = view.x * dpr + k * xy[2 * i]!;
      sy[i] = view.y * dpr + k * xy[2 * i + 1]!;
    }
    fill(pixels, painting.background());
    const { overlays, presenting } = ui.getState();
    const stage: Stage = { px: pixels, scene, looks, sx, sy, k, scale, arrows: ARROW * k >= 4, presenting: presenting !== null, enabled: marks?.getState().enabled ?? null };
    return startJob(stage, view, null, whole, overlays.labels);
  }

  function finish(j: Job): void {
    const box = j.runs?.bounds;
    if (!j.runs) ctx!.putImageData(pixels!.image, 0, 0);
    else if (box) ctx!.putImageData(pixels!.image, 0, 0, box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0);
    drawn = j.view;
    // A picture with labels still to come is drawn again anyway: nothing to draw over.
    shown = j.labelsLeft ? null : { stage: j.stage, view: j.view, labels: j.labels, labelsDrawn: labelsShown(j) };
    place();
    lastCost = j.spent;
    // How many pictures were shown (what the benchmark counts to tell frames from motion shown),
    // and whether the last one was drawn whole or over the one before.
    canvas.dataset.pictures = String(++shownPictures);
    canvas.dataset.drawn = j.runs ? 'part' : 'whole';
  }

  /** Shows the last picture at the current view: a composited transform, no drawing. */
  function place(): void {
    if (!drawn) return;
    const s = view.k / drawn.k;
    const same = s === 1 && view.x === drawn.x && view.y === drawn.y;
    canvas.style.transform = same ? '' : `matrix(${s},0,0,${s},${view.x - s * drawn.x},${view.y - s * drawn.y})`;
  }

  function readPositions(): void {
    const n = scene.ids.length;
    if (xy.length !== 2 * n) xy = new Float32Array(2 * n);
    const { xy: at, index } = live.raw();
    if (!slotsOf || slotsOf.index !== index || slotsOf.size !== index.size || slotsOf.scene !== scene) {
      slots = new Int32Array(n);
      for (let i = 0; i < n; i++) slots[i] = index.get(scene.ids[i]!) ?? -1;
      slotsOf = { index, size: index.size, scene };
    }
    for (let i = 0; i < n; i++) {
      const slot = slots[i]!;
      const node = scene.nodes[i]!;
      xy[2 * i] = slot < 0 ? (node.x ?? NaN) : at[2 * slot]!;
      xy[2 * i + 1] = slot < 0 ? (node.y ?? NaN) : at[2 * slot + 1]!;
    }
  }

  const resize = new ResizeObserver((entries) => {
    for (const entry of entries) ({ width, height } = entry.contentRect);
    const dpr = window.devicePixelRatio || 1;
    // Resizing the canvas clears it, so only here, not per drawing.
    canvas.width = Math.max(1, Math.round(width * dpr));
    canvas.height = Math.max(1, Math.round(height * dpr));
    drawn = null;
    shown = null;
    job = null;
    content();
  });
  resize.observe(canvas);

  const offDoc = doc.subscribe((s) => {
    if (s.map === scene.map) return;
    scene = sceneOf(s.map);
    moved = true;
    relook();
  });
  const offUi = ui.subscribe((s, before) => {
    if (s.overlays !== before.overlays || s.presenting !== before.presenting) relook();
    else if (s.selection !== before.selection || s.filter !== before.filter) restyle();
    else if (s.theme !== before.theme) content();
  });
  const offMarks = marks?.subscribe(restyle) ?? (() => {});
  const offLive = live.subscribe(() => {
    moved = true;
    content();
  });

  return {
    setView(next) {
      view = next;
      viewDirty = true;
      place();
      schedule();
    },
    pick(x, y, slopPx = 3) {
      if (!isCanvasMap(scene.ids.length)) return null;
      readPositions();
      const hit = hitAt(scene, xy, x, y, slopPx / view.k);
      if (!hit) return null;
      return 'node' in hit ? { node: scene.ids[hit.node]!, handle: hit.handle } : { link: scene.linkKeys[hit.link]! };
    },
    destroy() {
      cancelAnimationFrame(frame);
      resize.disconnect();
      offDoc();
      offUi();
      offMarks();
      offLive();
    },
  };
}

