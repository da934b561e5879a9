import { FLOW_OPACITY, linkWidth } from '../views/linkView.ts';
import type { Palette } from '../views/theme.ts';
import { FADED, GHOST, SELECTED } from './canvasScene.ts';
import type { Looks, Scene } from './canvasScene.ts';
import { blit, colourOf, line } from './renderPixels.ts';
import type { Clip, Pixels, Sprite } from './renderPixels.ts';
import { ARROW, ARROW_DIRECTIONS, ARROW_TIP, createPictures } from './renderPictures.ts';

/** Opacities: `.em-faded` (filtered out), a knocked-out node's links, a link carrying value. */
const FADED_ALPHA = Math.round(0.15 * 256);
const GHOST_ALPHA = Math.round(0.12 * 256);
const FLOW_ALPHA = Math.round(FLOW_OPACITY * 256);

/** What one picture of the map is drawn from: the map, how each part looks, where it is on screen. */
export interface Stage {
  readonly px: Pixels;
  readonly scene: Scene;
  readonly looks: Looks;
  /** Device pixels, by scene index. */
  readonly sx: Float32Array;
  readonly sy: Float32Array;
  /** Device pixels per map unit, and the scale sprites are drawn at. */
  readonly k: number;
  readonly scale: number;
  readonly arrows: boolean;
  readonly presenting: boolean;
  readonly enabled: ReadonlyMap<string, number> | null;
}

/**
 * How a large map's links, nodes and labels are drawn into a pixel buffer: links as lines,
 * nodes, labels and arrowheads as sprites the pure views drew once. Each part may be drawn
 * through a clip, and comes out there as it would drawn whole.
 */
export interface Painting {
  setPalette(palette: Palette): void;
  /** Forgets the node sprites, of `nodes` only when given; all of them at a new scale or node count. */
  forget(nodes?: readonly number[]): void;
  /** Keeps sprites for this scale and node count (forgetting them if either changed). */
  prepare(scale: number, count: number): void;
  background(): number;
  link(stage: Stage, e: number, clip?: Clip): void;
  /** How far from its line a link's ink reaches (its half width and arrowhead), in device pixels. */
  linkReach(stage: Stage, e: number): number;
  /** The node's shape sprite, made now if needed (`made` says so: it cost a drawing). */
  shape(stage: Stage, i: number): { sprite: Sprite; made: boolean };
  /** The node's label sprite if made; with `make`, made now when it was not. */
  label(stage: Stage, i: number, make: boolean): Sprite | undefined;
  /** Stamps one of node `i`'s sprites (its shape or its label) where it is, faded with it. */
  stamp(stage: Stage, i: number, sprite: Sprite, clip?: Clip): void;
}

export function createPainting(): Painting {
  const pictures = createPictures();
  let colours = paletteColours(null);
  let shapes: (Sprite | undefined)[] = [];
  let labels: (Sprite | undefined)[] = [];
  let arrows: (Sprite | undefined)[] = [];
  let scaleOf = 0;

  const width = (stage: Stage, e: number): number => {
    const state = stage.looks.links[e]!;
    const flow = state & SELECTED ? 0 : stage.looks.flow[e]!;
    // Presenting, every link is 3 wide (app.css does the same to the SVG's lines).
    return (stage.presenting ? 3 : linkWidth(stage.scene.weight[e]!, (state & SELECTED) !== 0, flow)) * stage.k;
  };

  return {
    setPalette(palette) {
      colours = paletteColours(palette);
      pictures.setPalette(palette);
      this.forget();
    },
    forget(nodes) {
      if (!nodes) {
        shapes = new Array<Sprite | undefined>(shapes.length);
        labels = new Array<Sprite | undefined>(labels.length);
        arrows = new Array<Sprite | undefined>(ARROW_DIRECTIONS);
        return;
      }
      for (const i of nodes) {
        shapes[i] = undefined;
        labels[i] = undefined;
      }
    },
    prepare(scale, count) {
      if (scale === scaleOf && shapes.length === count) return;
      scaleOf = scale;
      shapes = new Array<Sprite | undefined>(count);
      labels = new Array<Sprite | undefined>(count);
      arrows = new Array<Sprite | undefined>(ARROW_DIRECTIONS);
    },
    background: () => colours.background,
    linkReach: (stage, e) => width(stage, e) / 2 + 2 + (stage.arrows ? (ARROW + 1) * stage.k : 0),
    link(stage, e, clip) {
      const { px, scene, looks, sx, sy, k } = stage;
      const s = scene.source[e]!;
      const t = scene.target[e]!;
      const x0 = sx[s]!;
      const y0 = sy[s]!;
      let x1 = sx[t]!;
      let y1 = sy[t]!;
      const W = px.width;
      const H = px.height;
      if ((x0 < 0 && x1 < 0) || (y0 < 0 && y1 < 0) || (x0 > W && x1 > W) || (y0 > H && y1 > H) || Number.isNaN(x0 + y0 + x1 + y1)) return;
      const state = looks.links[e]!;
      const flow = state & SELECTED ? 0 : looks.flow[e]!;
      const supports = scene.supports[e] === 1;
      let alpha = flow ? FLOW_ALPHA : 256;
      if (state & GHOST) alpha = (alpha * GHOST_ALPHA) >> 8;
      else if (state & FADED) alpha = (alpha * FADED_ALPHA) >> 8;
      const w = width(stage, e);
      const colour = state & SELECTED ? colours.selection : flow ? colours.flow : supports ? colours.link : colours.collaborates;
      if (!supports) {
        // Dashes 6 4 as the SVG has them; too small to see apart, a lighter solid line.
        const dashed = 10 * k >= 4;
        line(px, x0, y0, x1, y1, w, colour, dashed ? alpha : (alpha * 154) >> 8, dashed ? 6 * k : 0, dashed ? 4 * k : 0, clip);
        return;
      }
      // A supports line stops short of its target so the arrowhead shows (linkGeometry).
      const length = Math.hypot(x1 - x0, y1 - y0) || 1;
      const ux = (x1 - x0) / length;
      const uy = (y1 - y0) / length;
      const trim = Math.min((scene.radius[t]! + 4) * k, length / 2);
      x1 -= ux * trim;
      y1 -= uy * trim;
      line(px, x0, y0, x1, y1, w, colour, alpha, 0, 0, clip);
      if (!stage.arrows) return;
      const turn = (Math.round((Math.atan2(uy, ux) / (2 * Math.PI)) * ARROW_DIRECTIONS) + ARROW_DIRECTIONS) % ARROW_DIRECTIONS;
      let arrow = arrows[turn];
      if (!arrow) arrows[turn] = arrow = pictures.arrow(turn, stage.scale);
      blit(px, arrow, x1 + ux * ARROW_TIP * k, y1 + uy * ARROW_TIP * k, state & (GHOST | FADED) ? alpha : 256, clip);
    },
    shape(stage, i) {
      const known = shapes[i];
      if (known) return { sprite: known, made: false };
      const sprite = pictures.shape(stage.scene.nodes[i]!, stage.scene.radius[i]!, stage.looks.nodes[i]! & ~FADED, stage.scale);
      shapes[i] = sprite;
      return { sprite, made: true };
    },
    label(stage, i, make) {
      const known = labels[i];
      if (known || !make) return known;
      const { scene } = stage;
      const sprite = pictures.label(scene.nodes[i]!, scene.radius[i]!, stage.looks.nodes[i]!, stage.enabled?.get(scene.ids[i]!) ?? 0, scene.map.unit, stage.scale, stage.presenting);
      labels[i] = sprite;
      return sprite;
    },
    stamp(stage, i, sprite, clip) {
      blit(stage.px, sprite, stage.sx[i]!, stage.sy[i]!, stage.looks.nodes[i]! & FADED ? FADED_ALPHA : 256, clip);
    },
  };
}

function paletteColours(p: Palette | null) {
  if (!p) return { background: 0xffffff, link: 0x888888, collaborates: 0x888888, selection: 0x888888, flow: 0x888888 };
  return { background: colourOf(p.background), link: colourOf(p.link), collaborates: colourOf(p.collaborates), selection: colourOf(p.selection), flow: colourOf(p.flow) };
}
