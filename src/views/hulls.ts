import { polygonHull } from 'd3-polygon';
import type { Box } from './bounds.ts';
import { createBoxIndex } from './boxIndex.ts';
import { round } from './nodeShape.ts';

export interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

// Samples per circle. They sit on the circumscribed polygon (radius R / cos(π/N)), so the hull of
// the samples contains every circle, and a corner rounded from tangent point to tangent point
// still passes outside its circle.
const SAMPLES = 16;
const CIRCUMSCRIBE = 1 / Math.cos(Math.PI / SAMPLES);

/** Circles with a finite centre, radius grown by `padding` (never below 1, so a hull has area). */
function padded(points: readonly Circle[], padding: number): Circle[] {
  const out: Circle[] = [];
  for (const { x, y, r } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    out.push({ x, y, r: Math.max(1, (Number.isFinite(r) ? Math.max(0, r) : 0) + (Number.isFinite(padding) ? padding : 0)) });
  }
  return out;
}

/**
 * An SVG path around circles, `padding` clear of each: one circle is a circle, two a capsule,
 * more a convex hull with rounded corners (where a small circle nearly touches a big one's edge,
 * the big one's corner may shave 1 % of its radius off the small one's padding). Points without
 * a finite position are skipped; none gives `''`. Numbers are rounded to one decimal.
 */
export function hullPath(points: readonly Circle[], padding: number): string {
  const circles = padded(points, padding);
  if (circles.length === 0) return '';
  if (circles.length === 1) return circlePath(circles[0]!);
  if (circles.length === 2) return capsulePath(circles[0]!, circles[1]!);
  const samples: [number, number][] = [];
  const radius = new Map<[number, number], number>();
  for (const { x, y, r } of mayTouchHull(circles)) {
    const R = r * CIRCUMSCRIBE;
    for (let i = 0; i < SAMPLES; i++) {
      const a = (2 * Math.PI * i) / SAMPLES;
      const p: [number, number] = [x + R * Math.cos(a), y + R * Math.sin(a)];
      samples.push(p);
      radius.set(p, r);
    }
  }
  // d3's hull hands back the very sample arrays it was given, so each corner knows its circle.
  const hull = polygonHull(samples) ?? samples;
  return roundedPolygon(hull, (p) => (radius.get(p) ?? 0) * Math.tan(Math.PI / SAMPLES));
}

/** Directions the inner polygon of `mayTouchHull` takes its corners in. */
const DIRECTIONS = 32;
const COS = Float64Array.from({ length: DIRECTIONS }, (_, i) => Math.cos((2 * Math.PI * i) / DIRECTIONS));
const SIN = Float64Array.from({ length: DIRECTIONS }, (_, i) => Math.sin((2 * Math.PI * i) / DIRECTIONS));

/**
 * The circles that can reach the hull. The centres farthest out in a few dozen directions are
 * corners of the hull of all centres, so their polygon lies inside it; a circle whose centre is
 * deeper inside that polygon than its radius is inside the final hull. Skipping those keeps a
 * silo of thousands of nodes to a few hundred samples, without sorting every centre.
 */
function mayTouchHull(circles: readonly Circle[]): readonly Circle[] {
  if (circles.length < 64) return circles;
  const far = new Int32Array(DIRECTIONS);
  const best = new Float64Array(DIRECTIONS).fill(-Infinity);
  for (let i = 0; i < circles.length; i++) {
    const { x, y } = circles[i]!;
    for (let d = 0; d < DIRECTIONS; d++) {
      const reach = x * COS[d]! + y * SIN[d]!;
      if (reach > best[d]!) {
        best[d] = reach;
        far[d] = i;
      }
    }
  }
  // The corners in turn (directions go round once), each once.
  const corners: Circle[] = [];
  for (let d = 0; d < DIRECTIONS; d++) {
    const c = circles[far[d]!]!;
    if (c !== corners[corners.length - 1] && c !== corners[0]) corners.push(c);
  }
  const n = corners.length;
  if (n < 3) return circles;
  // Each edge as its start, direction and length, worked out once rather than per circle.
  const edges = new Float64Array(5 * n);
  for (let i = 0; i < n; i++) {
    const a = corners[i]!;
    const b = corners[(i + 1) % n]!;
    edges.set([a.x, a.y, b.x - a.x, b.y - a.y, Math.hypot(b.x - a.x, b.y - a.y)], 5 * i);
  }
  return circles.filter(({ x, y, r }) => {
    for (let e = 0; e < edges.length; e += 5) {
      const ax = edges[e]!, ay = edges[e + 1]!, ex = edges[e + 2]!, ey = edges[e + 3]!, length = edges[e + 4]!;
      // Signed distance inside this edge (the corners go counter-clockwise in y-down screen
      // terms, so inside is where the cross product is positive); the least is the depth.
      if (length === 0 || (ex * (y - ay) - ey * (x - ax)) / length < r) return true;
    }
    return false;
  });
}

/** The box around every circle grown by `padding`: where a hull's label goes. */
export function hullBox(points: readonly Circle[], padding: number): Box | undefined {
  const pad = Number.isFinite(padding) ? padding : 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const { x, y, r } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    // The radius `padded` gives the circle.
    const grown = Math.max(1, (Number.isFinite(r) ? Math.max(0, r) : 0) + pad);
    minX = Math.min(minX, x - grown);
    minY = Math.min(minY, y - grown);
    maxX = Math.max(maxX, x + grown);
    maxY = Math.max(maxY, y + grown);
  }
  if (minX === Infinity) return undefined;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

function circlePath(c: Circle): string {
  return `M${pointAt(c, 0)}${arc(c, 0, 2 * Math.PI)}Z`;
}

/** Two circles joined by their outer tangents; a circle holding the other is drawn alone. */
function capsulePath(a: Circle, b: Circle): string {
  const d = Math.hypot(b.x - a.x, b.y - a.y);
  if (d <= Math.abs(a.r - b.r)) return circlePath(a.r >= b.r ? a : b);
  const along = Math.atan2(b.y - a.y, b.x - a.x);
  const spread = Math.acos((a.r - b.r) / d);
  // Tangent points at along ± spread on both circles; b's arc faces away from a, a's from b.
  return (
    `M${pointAt(a, along - spread)}L${pointAt(b, along - spread)}${arc(b, along - spread, along + spread)}` +
    `L${pointAt(a, along + spread)}${arc(a, along + spread, along - spread + 2 * Math.PI)}Z`
  );
}

function pointAt({ x, y, r }: Circle, angle: number): string {
  return `${round(x + r * Math.cos(angle))},${round(y + r * Math.sin(angle))}`;
}

/**
 * Arcs around `c` from angle `from` to `to` (increasing), in pieces of at most a quarter turn:
 * a renderer finds an arc's centre from its rounded ends, and near a half turn that guess drifts.
 */
function arc(c: Circle, from: number, to: number): string {
  const pieces = Math.max(1, Math.ceil((to - from) / (Math.PI / 2) - 1e-9));
  const R = round(c.r);
  let d = '';
  for (let i = 1; i <= pieces; i++) d += `A${R},${R} 0 0,1 ${pointAt(c, from + ((to - from) * i) / pieces)}`;
  return d;
}

/**
 * The polygon with each corner cut by a curve, the corner its control point. A cut reaches at most
 * `reach(corner)` along each edge (half a sample edge, where the circle touches it), so a corner
 * between two long edges cannot cut into its circle, nor two cuts on one edge cross.
 */
function roundedPolygon(polygon: readonly [number, number][], reach: (corner: [number, number]) => number): string {
  const n = polygon.length;
  const at = (i: number) => polygon[((i % n) + n) % n]!;
  const toward = ([x, y]: [number, number], [tx, ty]: [number, number], distance: number): string => {
    const length = Math.hypot(tx - x, ty - y) || 1;
    return `${round(x + ((tx - x) * distance) / length)},${round(y + ((ty - y) * distance) / length)}`;
  };
  let d = '';
  let last = '';
  for (let i = 0; i < n; i++) {
    const [prev, corner, next] = [at(i - 1), at(i), at(i + 1)];
    const cut = Math.min(reach(corner), Math.hypot(prev[0] - corner[0], prev[1] - corner[1]) / 2, Math.hypot(next[0] - corner[0], next[1] - corner[1]) / 2);
    const start = toward(corner, prev, cut);
    if (i === 0) d = `M${start}`;
    else if (start !== last) d += `L${start}`;
    last = toward(corner, next, cut);
    d += `Q${round(corner[0])},${round(corner[1])} ${last}`;
  }
  return `${d}Z`;
}

export interface SiloLabelInput {
  readonly id: string;
  /** The box around the silo's hull, e.g. from `hullBox`. */
  readonly box: Box;
  readonly lines: readonly string[];
}

export interface SiloLabelOptions {
  readonly fontSize?: number;
  readonly lineHeight?: number;
  /** Space between a label and its hull, and between two labels. */
  readonly gap?: number;
  /** Labels are kept inside this box from side to side, e.g. the exported drawing's. */
  readonly within?: Box;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface SiloLabelPlace {
  readonly id: string;
  /** Where the first line's baseline starts, ends or is centred, by `anchor`. */
  readonly x: number;
  readonly y: number;
  readonly anchor: TextAnchor;
  /** The room the label's text is estimated to take. */
  readonly box: Box;
}

// Text is not measured (no DOM here): a character of the UI's sans-serif is about this wide.
const CHAR_WIDTH = 0.6;
/** Cells of the index of placed labels: a few to a label's width, one or two to its height. */
const LABEL_CELL = 64;

/**
 * Places each silo's label just above its hull: centred if that is free, else flush with the
 * hull's left or right edge, else centred and lifted above the labels in its way. Silos are
 * placed in the order given, so the first (largest) keep their best spot; the result is the same
 * for the same input. Silos whose box is not finite are left out.
 */
export function siloLabels(silos: readonly SiloLabelInput[], options: SiloLabelOptions = {}): SiloLabelPlace[] {
  const fontSize = options.fontSize ?? 12;
  const lineHeight = options.lineHeight ?? fontSize * 1.25;
  const gap = options.gap ?? 4;
  const { within } = options;
  const placed: SiloLabelPlace[] = [];
  const index = createBoxIndex<SiloLabelPlace>(LABEL_CELL, gap);
  // The first placed label in the way, as a scan of `placed` in order would find it.
  const blocker = (label: SiloLabelPlace) => index.first(label.box, (p) => overlaps(label.box, p.box, gap));
  for (const { id, box, lines } of silos) {
    if (![box.x, box.y, box.width, box.height].every(Number.isFinite) || lines.length === 0) continue;
    const width = Math.max(...lines.map((line) => line.length)) * fontSize * CHAR_WIDTH;
    const height = fontSize + (lines.length - 1) * lineHeight;
    const top = box.y - gap - height;
    const place = (x: number, boxTop: number, anchor: TextAnchor): SiloLabelPlace => {
      const left = within ? Math.max(within.x, Math.min(x, within.x + within.width - width)) : x;
      return {
        id,
        x: round(anchor === 'start' ? left : anchor === 'end' ? left + width : left + width / 2),
        y: round(boxTop + 0.8 * fontSize),
        anchor,
        box: { x: left, y: boxTop, width, height },
      };
    };
    const centre = box.x + box.width / 2 - width / 2;
    const candidates = [place(centre, top, 'middle'), place(box.x, top, 'start'), place(box.x + box.width - width, top, 'end')];
    let chosen = candidates.find((c) => !blocker(c));
    if (!chosen) {
      chosen = candidates[0]!;
      // Each lift clears one placed label for good (labels only move up), so this ends.
      for (let hit = blocker(chosen); hit; hit = blocker(chosen)) {
        chosen = place(centre, hit.box.y - gap - height, 'middle');
      }
    }
    placed.push(chosen);
    index.add(chosen);
  }
  return placed;
}

// Touching at exactly `gap` is not an overlap; the slack keeps a lifted label from re-hitting its blocker.
function overlaps(a: Box, b: Box, gap: number): boolean {
  const g = gap - 1e-6;
  return a.x < b.x + b.width + g && b.x < a.x + a.width + g && a.y < b.y + b.height + g && b.y < a.y + a.height + g;
}
