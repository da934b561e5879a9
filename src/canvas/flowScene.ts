// What the flow layer draws: the links that carry flow, their geometry in typed arrays, and the
// two ways of drawing them (moving particles, still arrowheads). Geometry is rebuilt only when
// positions or the view change, so a frame at rest reads numbers and allocates nothing.
import type { Point } from '../layout/settle.ts';
import { endTaper, latticeSpacing, linkOffset, linkSpan, particleCount, particlePhase, particleRadii, spacingWithin, zoomedSize } from './flowParticles.ts';
import type { ParticleStyle } from './flowParticles.ts';

/** Where nodes are now: the live positions store fits. */
export interface FlowPositions {
  get(id: string): Point | undefined;
  /** The positions array and each id's slot in it: read without making a point per node per frame. */
  raw?(): { readonly xy: Float32Array; readonly index: ReadonlyMap<string, number> };
  /** Lets a still layer redraw, and a running one skip re-reading unchanged positions. */
  subscribe?(listener: () => void): () => void;
}

/** A link as the layer needs it: `map.links` fits. */
export interface FlowLink {
  readonly source: string;
  readonly target: string;
}

/** The zoom transform: screen = map × k + (x, y). A d3 ZoomTransform fits. */
export interface FlowTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export type FlowScene = ReturnType<typeof createFlowScene>;

export function createFlowScene(style: ParticleStyle) {
  let nodeIds: string[] = [];
  let nodeX = new Float64Array(0);
  let nodeY = new Float64Array(0);
  let nodeR = new Float32Array(0);
  /** Each node's slot in the store's raw array, valid while the store keeps `slotsOf` as its index. */
  let slot = new Int32Array(0);
  let slotsOf: ReadonlyMap<string, number> | null = null;
  let linkSource = new Int32Array(0);
  let linkTarget = new Int32Array(0);
  let radius: Float32Array = new Float32Array(0);
  let offset = new Float32Array(0);
  /** Per link: start x, y, dx, dy, length (map units), from the target's rim to the source's. */
  let span = new Float32Array(0);
  /** Per link: its length if it shows on screen, else 0. */
  let shown = new Float32Array(0);
  let count = new Uint16Array(0);
  let links = 0;
  let spacing = 1;

  // Each particle is a small square, or a hexagon when large enough for corners to show. Circles
  // (arcs) cost about twice as much to raster; closePath() is avoided because Chromium's cost for
  // it grows with the path (6,000 closed triangles: 75 ms of script against 0.6 ms open; fill()
  // closes every subpath anyway).
  const dot = (ctx: CanvasRenderingContext2D, x: number, y: number, r: number) => {
    if (r < 1.75) {
      const h = 0.886 * r;
      ctx.rect(x - h, y - h, 2 * h, 2 * h);
      return;
    }
    const a = 1.1 * r;
    const b = 0.5 * a;
    const c = 0.866 * a;
    ctx.moveTo(x + a, y);
    ctx.lineTo(x + b, y + c);
    ctx.lineTo(x - b, y + c);
    ctx.lineTo(x - a, y);
    ctx.lineTo(x - b, y - c);
    ctx.lineTo(x + b, y - c);
  };

  // The store replaces its index when the ids change, else only adds to it: slots are looked up
  // again for a new index, and for nodes that had none (a node added by a drag).
  const readRaw = (xy: Float32Array, index: ReadonlyMap<string, number>) => {
    if (index !== slotsOf) slot.fill(-1);
    slotsOf = index;
    for (let i = 0; i < nodeIds.length; i++) {
      let at = slot[i]!;
      if (at < 0) slot[i] = at = index.get(nodeIds[i]!) ?? -1;
      const inside = at >= 0 && 2 * at + 1 < xy.length;
      nodeX[i] = inside ? xy[2 * at]! : Number.NaN;
      nodeY[i] = inside ? xy[2 * at + 1]! : Number.NaN;
    }
  };

  return {
    get links() {
      return links;
    },

    /** Keeps the links with flow; `radius` gives a node's drawn radius, so particles start at its rim. */
    setFlow(all: readonly FlowLink[], amounts: ArrayLike<number>, nodeRadius?: (id: string) => number) {
      const keep: number[] = [];
      for (let k = 0; k < all.length; k++) if (amounts[k]! > 0 && all[k]!.source !== all[k]!.target) keep.push(k);
      links = keep.length;
      const index = new Map<string, number>();
      const nodeOf = (id: string) => {
        let i = index.get(id);
        if (i === undefined) index.set(id, (i = index.size));
        return i;
      };
      linkSource = Int32Array.from(keep, (k) => nodeOf(all[k]!.source));
      linkTarget = Int32Array.from(keep, (k) => nodeOf(all[k]!.target));
      nodeIds = [...index.keys()];
      nodeX = new Float64Array(nodeIds.length).fill(Number.NaN);
      nodeY = new Float64Array(nodeIds.length).fill(Number.NaN);
      nodeR = Float32Array.from(nodeIds, (id) => nodeRadius?.(id) ?? 0);
      slot = new Int32Array(nodeIds.length);
      slotsOf = null;
      radius = particleRadii(Float64Array.from(keep, (k) => amounts[k]!), style);
      // Offsets follow the link's place in the map, so a link keeps its rhythm when others change.
      offset = Float32Array.from(keep, linkOffset);
      span = new Float32Array(5 * links);
      shown = new Float32Array(links);
      count = new Uint16Array(links);
    },

    /** Reads every node's position; a node with none hides its links. */
    readPositions(positions: FlowPositions) {
      const raw = positions.raw?.();
      if (raw) readRaw(raw.xy, raw.index);
      else {
        for (let i = 0; i < nodeIds.length; i++) {
          const p = positions.get(nodeIds[i]!);
          nodeX[i] = p ? p.x : Number.NaN;
          nodeY[i] = p ? p.y : Number.NaN;
        }
      }
      for (let k = 0; k < links; k++) {
        const s = linkSource[k]!;
        const t = linkTarget[k]!;
        // A missing position (NaN) gives a span of length 0: not shown.
        linkSpan(span, k, nodeX[t]!, nodeY[t]!, nodeX[s]!, nodeY[s]!, nodeR[t]!, nodeR[s]!);
      }
    },

    /** Picks the links on a width × height screen and how many particles each carries. */
    fitView({ k: scale, x: panX, y: panY }: FlowTransform, width: number, height: number) {
      const pad = style.maxRadius * zoomedSize(scale) * 1.6 + 1;
      for (let k = 0; k < links; k++) {
        const o = 5 * k;
        const length = span[o + 4]!;
        const x0 = span[o]! * scale + panX;
        const y0 = span[o + 1]! * scale + panY;
        const x1 = x0 + span[o + 2]! * scale;
        const y1 = y0 + span[o + 3]! * scale;
        const onScreen = Math.max(x0, x1) >= -pad && Math.min(x0, x1) <= width + pad && Math.max(y0, y1) >= -pad && Math.min(y0, y1) <= height + pad;
        shown[k] = onScreen && length * scale >= style.minLength ? length : 0;
      }
      spacing = spacingWithin(shown, latticeSpacing(style.spacing, scale), style);
      for (let k = 0; k < links; k++) count[k] = particleCount(shown[k]!, spacing, style);
    },

    /** One path of particles, `travelled` map units along; the caller sets the context's transform to CSS pixels. */
    drawParticles(ctx: CanvasRenderingContext2D, { k: scale, x: panX, y: panY }: FlowTransform, travelled: number, color: string) {
      const size = zoomedSize(scale);
      ctx.beginPath();
      for (let k = 0; k < links; k++) {
        const n = count[k]!;
        if (n === 0) continue;
        const o = 5 * k;
        const length = span[o + 4]!;
        const x0 = span[o]! * scale + panX;
        const y0 = span[o + 1]! * scale + panY;
        const dx = span[o + 2]! * scale;
        const dy = span[o + 3]! * scale;
        const base = travelled + offset[k]! * length;
        const r = radius[k]! * size;
        for (let j = 0; j < n; j++) {
          const p = particlePhase(j, spacing, length, base);
          const rr = r * endTaper(p);
          if (rr >= 0.3) dot(ctx, x0 + dx * p, y0 + dy * p, rr);
        }
      }
      ctx.fillStyle = color;
      ctx.fill();
    },

    /** The still picture for reduced motion: arrowheads where the particles would be, pointing upstream. */
    drawArrows(ctx: CanvasRenderingContext2D, { k: scale, x: panX, y: panY }: FlowTransform, color: string) {
      ctx.beginPath();
      for (let k = 0; k < links; k++) {
        const n = count[k]!;
        if (n === 0) continue;
        const o = 5 * k;
        const length = span[o + 4]!;
        const ux = span[o + 2]! / length;
        const uy = span[o + 3]! / length;
        const size = (1.6 * radius[k]! + 1) * zoomedSize(scale);
        for (let j = 0; j < n; j++) {
          const p = (particlePhase(j, spacing, length, offset[k]! * length) * 0.8 + 0.1) * length;
          const x = (span[o]! + ux * p) * scale + panX;
          const y = (span[o + 1]! + uy * p) * scale + panY;
          ctx.moveTo(x + ux * size, y + uy * size);
          ctx.lineTo(x - ux * size * 0.7 - uy * size * 0.75, y - uy * size * 0.7 + ux * size * 0.75);
          ctx.lineTo(x - ux * size * 0.7 + uy * size * 0.75, y - uy * size * 0.7 - ux * size * 0.75);
        }
      }
      ctx.fillStyle = color;
      ctx.fill();
    },
  };
}
