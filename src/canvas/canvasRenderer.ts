import type { Stores } from '../store/context.ts';
import { FLOW_OPACITY, linkWidth } from '../views/linkView.ts';
import type { Palette } from '../views/theme.ts';
import { hitAt } from './canvasHitTest.ts';
import { isCanvasMap } from './canvasMode.ts';
import { FADED, GHOST, looksOf, sceneOf, SELECTED } from './canvasScene.ts';
import type { Looks, MarksSource, Scene } from './canvasScene.ts';
import { blit, colourOf, createPixels, fill, line, warmUp } from './renderPixels.ts';
import type { Pixels, Sprite } from './renderPixels.ts';
import { ARROW, ARROW_DIRECTIONS, ARROW_TIP, createPictures, LABEL_REACH } from './renderPictures.ts';

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
/** Labels show when at most this many nodes are on screen and their text is at least this tall (device px). */
const LABELS_MAX = 400;
const LABEL_MIN_PX = 5;
/**
 * A drawing makes new label pictures for this long at most (a label's picture costs a fraction of
 * a millisecond, and a first view at a new zoom needs hundreds); the rest come with the next ones.
 */
const NEW_LABELS_MS = 3;
/** Opacities: `.em-faded` (filtered out), a knocked-out node's links, a link carrying value. */
const FADED_ALPHA = Math.round(0.15 * 256);
const GHOST_ALPHA = Math.round(0.12 * 256);
const FLOW_ALPHA = Math.round(FLOW_OPACITY * 256);

/** One drawing of the map at one view, which may be spread over several frames. */
interface Job {
  readonly view: View;
  /** Device pixels per map unit, and the scale sprites are drawn at (k in steps of 1/16 octave). */
  readonly k: number;
  readonly scale: number;
  /** Meant to be done in this frame: the last drawing was cheap. */
  readonly whole: boolean;
  readonly arrows: boolean;
  /** Labels are on (the presentation overlays may hide them); presenting draws them larger, links wider. */
  readonly labels: boolean;
  readonly presenting: boolean;
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
 * marks, the overlays, the theme or the camera change.
 */
export function createCanvasRenderer({ canvas, stores, palette, marks }: RendererOptions): CanvasRenderer {
  const { doc, ui, live } = stores;
  const ctx = canvas.getContext('2d', { alpha: false, desynchronized: true });
  warmUp();
  const pictures = createPictures();
  let scene: Scene = sceneOf(doc.getState().map);
  let looks: Looks | null = null;
  let view: View = { k: 1, x: 0, y: 0 };
  let drawn: View | null = null;
  let width = 0;
  let height = 0;
  let pixels: Pixels | null = null;
  let job: Job | null = null;
  let frame = 0;
  let contentDirty = true;
  let viewDirty = false;
  let lastCost = Infinity;
  let shownPictures = 0;
  let lastPalette: Palette | null = null;
  let colours = paletteColours(palette());
  // Per node, its shape and label sprites at the scale below (and arrowheads by direction);
  // positions by scene index, map and screen.
  let shapes: (Sprite | undefined)[] = [];
  let labels: (Sprite | undefined)[] = [];
  let arrows: (Sprite | undefined)[] = [];
  let shapesScale = 0;
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
  // A new document or new looks make a drawing under way wrong: start again.
  const relook = () => {
    looks = null;
    job = null;
    content();
  };

  function onFrame(frameStart: number): void {
    frame = 0;
    if (!isCanvasMap(scene.ids.length)) {
      if (drawn) clear();
      return;
    }
    if (!ctx || !width || !height) return;
    if (!job && (contentDirty || viewDirty)) job = begin(lastCost <= CHEAP_MS);
    if (!job) return;
    const start = performance.now();
    const budget = job.whole && !job.spent ? WHOLE_MS : SLICE_MS;
    const done = step(job, Math.max(start + MIN_SLICE_MS, Math.min(start + budget, frameStart + FRAME_MS)));
    job.spent += performance.now() - start;
    if (!done) return schedule();
    finish(job);
    if (job.labelsLeft) contentDirty = true;
    job = null;
    if (viewDirty || contentDirty) schedule();
  }

  function clear(): void {
    drawn = null;
    job = null;
    canvas.style.transform = '';
    ctx?.clearRect(0, 0, canvas.width, canvas.height);
  }

  function begin(whole: boolean): Job {
    contentDirty = false;
    viewDirty = false;
    const dpr = window.devicePixelRatio || 1;
    const W = Math.round(width * dpr);
    const H = Math.round(height * dpr);
    if (!pixels || pixels.width !== W || pixels.height !== H) pixels = createPixels(W, H);
    const p = palette();
    let forget = false;
    if (p !== lastPalette) {
      lastPalette = p;
      colours = paletteColours(p);
      pictures.setPalette(p);
      forget = true;
    }
    if (!looks) {
      looks = looksOf(scene, ui.getState(), marks?.getState());
      forget = true;
    }
    const k = view.k * dpr;
    const scale = 2 ** (Math.round(16 * Math.log2(k)) / 16);
    if (forget || scale !== shapesScale || shapes.length !== scene.ids.length) {
      shapesScale = scale;
      shapes = new Array<Sprite | undefined>(scene.ids.length);
      labels = new Array<Sprite | undefined>(scene.ids.length);
      arrows = new Array<Sprite | undefined>(ARROW_DIRECTIONS);
    }
    readPositions();
    const n = scene.ids.length;
    if (sx.length !== n) {
      sx = new Float32Array(n);
      sy = new Float32Array(n);
    }
    for (let i = 0; i < n; i++) {
      sx[i] = view.x * dpr + k * xy[2 * i]!;
      sy[i] = view.y * dpr + k * xy[2 * i + 1]!;
    }
    fill(pixels, colours.background);
    const { overlays, presenting } = ui.getState();
    return { view, k, scale, whole, arrows: ARROW * k >= 4, labels: overlays.labels, presenting: presenting !== null, phase: 'links', at: 0, inSight: [], onScreen: 0, spent: 0, labelsBy: Infinity, labelsLeft: false };
  }

  /** Draws until done (true) or past `deadline`. */
  function step(j: Job, deadline: number): boolean {
    const px = pixels!;
    const lk = looks!;
    if (j.phase === 'links') {
      const count = scene.source.length;
      while (j.at < count) {
        const end = Math.min(count, j.at + 16);
        for (; j.at < end; j.at++) drawLink(px, lk, j, j.at);
        if (performance.now() > deadline) return false;
      }
      j.phase = 'nodes';
      j.at = 0;
    }
    if (j.phase === 'nodes') {
      const count = scene.ids.length;
      // Far enough out that a node just off screen still shows the end of its label.
      const reach = LABEL_REACH * j.k + 2;
      while (j.at < count) {
        let end = Math.min(count, j.at + 128);
        for (; j.at < end; j.at++) {
          const i = j.at;
          const x = sx[i]!;
          const y = sy[i]!;
          if (!(x > -reach && y > -reach && x < px.width + reach && y < px.height + reach)) continue;
          j.inSight.push(i);
          if (x >= 0 && y >= 0 && x < px.width && y < px.height) j.onScreen++;
          let sprite = shapes[i];
          if (!sprite) {
            shapes[i] = sprite = pictures.shape(scene.nodes[i]!, scene.radius[i]!, lk.nodes[i]! & ~FADED, j.scale);
            if (performance.now() > deadline) end = j.at + 1;
          }
          blit(px, sprite, x, y, lk.nodes[i]! & FADED ? FADED_ALPHA : 256);
        }
        if (performance.now() > deadline) return false;
      }
      j.phase = 'labels';
      j.at = 0;
      j.labelsBy = performance.now() + NEW_LABELS_MS;
    }
    if (!j.labels || j.onScreen > LABELS_MAX || 12 * j.k < LABEL_MIN_PX) return true;
    const m = marks?.getState();
    while (j.at < j.inSight.length) {
      const i = j.inSight[j.at++]!;
      const look = lk.nodes[i]!;
      let sprite = labels[i];
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
        labels[i] = sprite = pictures.label(scene.nodes[i]!, scene.radius[i]!, look, m?.enabled?.get(scene.ids[i]!) ?? 0, scene.map.unit, j.scale, j.presenting);
      }
      blit(px, sprite, sx[i]!, sy[i]!, look & FADED ? FADED_ALPHA : 256);
      if ((j.at & 15) === 0 && performance.now() > deadline) return false;
    }
    return true;
  }

  function drawLink(px: Pixels, lk: Looks, j: Job, e: number): void {
    const s = scene.source[e]!;
    const t = scene.target[e]!;
    const x0 = sx[s]!;
    const y0 = sy[s]!;
    let x1 = sx[t]!;
    let y1 = sy[t]!;
    const W = px.width;
    const H = px.height;
    if ((x0 < 0 && x1 < 0) || (y0 < 0 && y1 < 0) || (x0 > W && x1 > W) || (y0 > H && y1 > H) || Number.isNaN(x0 + y0 + x1 + y1)) return;
    const state = lk.links[e]!;
    const flow = state & SELECTED ? 0 : lk.flow[e]!;
    const supports = scene.supports[e] === 1;
    let alpha = flow ? FLOW_ALPHA : 256;
    if (state & GHOST) alpha = (alpha * GHOST_ALPHA) >> 8;
    else if (state & FADED) alpha = (alpha * FADED_ALPHA) >> 8;
    const k = j.k;
    // Presenting, every link is 3 wide (app.css does the same to the SVG's lines).
    const width = (j.presenting ? 3 : linkWidth(scene.weight[e]!, (state & SELECTED) !== 0, flow)) * k;
    const colour = state & SELECTED ? colours.selection : flow ? colours.flow : supports ? colours.link : colours.collaborates;
    if (!supports) {
      // Dashes 6 4 as the SVG has them; too small to see apart, a lighter solid line.
      const dashed = 10 * k >= 4;
      line(px, x0, y0, x1, y1, width, colour, dashed ? alpha : (alpha * 154) >> 8, dashed ? 6 * k : 0, dashed ? 4 * k : 0);
      return;
    }
    // A supports line stops short of its target so the arrowhead shows (linkGeometry).
    const length = Math.hypot(x1 - x0, y1 - y0) || 1;
    const ux = (x1 - x0) / length;
    const uy = (y1 - y0) / length;
    const trim = Math.min((scene.radius[t]! + 4) * k, length / 2);
    x1 -= ux * trim;
    y1 -= uy * trim;
    line(px, x0, y0, x1, y1, width, colour, alpha);
    if (!j.arrows) return;
    const turn = (Math.round((Math.atan2(uy, ux) / (2 * Math.PI)) * ARROW_DIRECTIONS) + ARROW_DIRECTIONS) % ARROW_DIRECTIONS;
    let arrow = arrows[turn];
    if (!arrow) arrows[turn] = arrow = pictures.arrow(turn, j.scale);
    blit(px, arrow, x1 + ux * ARROW_TIP * k, y1 + uy * ARROW_TIP * k, state & (GHOST | FADED) ? alpha : 256);
  }

  function finish(j: Job): void {
    ctx!.putImageData(pixels!.image, 0, 0);
    drawn = j.view;
    place();
    lastCost = j.spent;
    // How many pictures were shown: what the benchmark counts to tell frames from motion shown.
    canvas.dataset.pictures = String(++shownPictures);
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
    job = null;
    content();
  });
  resize.observe(canvas);

  const offDoc = doc.subscribe((s) => {
    if (s.map === scene.map) return;
    scene = sceneOf(s.map);
    relook();
  });
  const offUi = ui.subscribe((s, before) => {
    if (s.selection !== before.selection || s.filter !== before.filter) relook();
    else if (s.overlays !== before.overlays || s.presenting !== before.presenting) relook();
    else if (s.theme !== before.theme) content();
  });
  const offMarks = marks?.subscribe(relook) ?? (() => {});
  const offLive = live.subscribe(content);

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

function paletteColours(p: Palette) {
  return { background: colourOf(p.background), link: colourOf(p.link), collaborates: colourOf(p.collaborates), selection: colourOf(p.selection), flow: colourOf(p.flow) };
}
