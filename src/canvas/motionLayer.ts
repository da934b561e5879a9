import type { ZoomTransform } from 'd3-zoom';
import { lookupOf } from '../model/lookup.ts';
import type { EcoMap, NodeKind } from '../model/types.ts';
import type { LivePositions } from '../store/livePositions.ts';
import { radiiOf } from '../views/radii.ts';
import type { Palette } from '../views/theme.ts';

/** Above this many nodes, a moving map is drawn on a canvas; the SVG comes back when it rests. */
export const MOTION_LAYER_NODES = 300;

/**
 * While a large map moves, updating thousands of SVG elements per frame costs far more than a
 * frame (paint and raster of every element, with no GPU). A canvas draws the same shapes, without
 * labels and arrowheads, in a few batched paths; once the layout rests, the SVG is exact again.
 */
export function createMotionLayer(canvas: HTMLCanvasElement, live: LivePositions) {
  const ctx = canvas.getContext('2d');
  const resize = () => {
    const dpr = window.devicePixelRatio || 1;
    const { width, height } = canvas.getBoundingClientRect();
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    return dpr;
  };
  return {
    draw(map: EcoMap, transform: ZoomTransform, palette: Palette) {
      if (!ctx) return;
      const dpr = resize();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(dpr * transform.k, 0, 0, dpr * transform.k, dpr * transform.x, dpr * transform.y);
      drawLinks(ctx, map, live, palette);
      const radii = radiiOf(map);
      for (const kind of ['platform', 'service', 'partner'] as NodeKind[]) drawNodes(ctx, map, kind, radii, live, palette);
    },
    clear() {
      ctx?.setTransform(1, 0, 0, 1, 0, 0);
      ctx?.clearRect(0, 0, canvas.width, canvas.height);
    },
  };
}

function drawLinks(ctx: CanvasRenderingContext2D, map: EcoMap, live: LivePositions, palette: Palette) {
  for (const kind of ['supports', 'collaborates'] as const) {
    ctx.beginPath();
    for (const link of map.links) {
      if (link.kind !== kind) continue;
      const a = live.get(link.source);
      const b = live.get(link.target);
      if (!a || !b) continue;
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    }
    ctx.setLineDash(kind === 'supports' ? [] : [6, 4]);
    ctx.strokeStyle = kind === 'supports' ? palette.link : palette.collaborates;
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

function drawNodes(ctx: CanvasRenderingContext2D, map: EcoMap, kind: NodeKind, radii: ReadonlyMap<string, number>, live: LivePositions, palette: Palette) {
  ctx.beginPath();
  for (const id of lookupOf(map).nodeIds) {
    const node = lookupOf(map).nodes.get(id)!;
    if (node.kind !== kind) continue;
    const p = live.get(id);
    if (!p) continue;
    const r = radii.get(id) ?? 14;
    if (kind === 'platform') ctx.rect(p.x - 1.3 * r, p.y - 0.65 * r, 2.6 * r, 1.3 * r);
    else if (kind === 'service') {
      ctx.moveTo(p.x + r, p.y);
      ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
    } else {
      const d = 1.15 * r;
      ctx.moveTo(p.x, p.y - d);
      ctx.lineTo(p.x + d, p.y);
      ctx.lineTo(p.x, p.y + d);
      ctx.lineTo(p.x - d, p.y);
      ctx.closePath();
    }
  }
  ctx.fillStyle = palette.kinds[kind].fill;
  ctx.strokeStyle = palette.kinds[kind].stroke;
  ctx.lineWidth = 2;
  ctx.fill();
  ctx.stroke();
}
