import type { SvgChild, SvgElement } from '../../src/views/element.ts';

/** Every element with this tag in a view tree, in document order. */
export function findAll(tree: SvgChild, tag: string): SvgElement[] {
  if (typeof tree === 'string') return [];
  const here = tree.tag === tag ? [tree] : [];
  return [...here, ...(tree.children ?? []).flatMap((child) => findAll(child, tag))];
}

/** The text a tree shows, its string children joined. */
export function textOf(tree: SvgChild): string {
  if (typeof tree === 'string') return tree;
  return (tree.children ?? []).map(textOf).join('');
}

/** Flattens an SVG path of M, L, H, V, Q, A (circular arcs) and Z commands into points. */
export function pathPoints(d: string, steps = 12): [number, number][] {
  const tokens = d.match(/[MLHVQAZ]|-?\d*\.?\d+(?:e-?\d+)?/gi) ?? [];
  const out: [number, number][] = [];
  let i = 0;
  let cmd = '';
  let x = 0, y = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    if (/[A-Z]/i.test(tokens[i]!)) cmd = tokens[i++]!;
    if (cmd === 'Z') continue;
    if (cmd === 'M' || cmd === 'L') { x = num(); y = num(); out.push([x, y]); }
    else if (cmd === 'H') { x = num(); out.push([x, y]); }
    else if (cmd === 'V') { y = num(); out.push([x, y]); }
    else if (cmd === 'Q') {
      const [cx, cy, ex, ey] = [num(), num(), num(), num()];
      for (let s = 1; s <= steps; s++) {
        const t = s / steps;
        out.push([(1 - t) ** 2 * x + 2 * t * (1 - t) * cx + t * t * ex, (1 - t) ** 2 * y + 2 * t * (1 - t) * cy + t * t * ey]);
      }
      x = ex; y = ey;
    } else if (cmd === 'A') {
      const [r, , , large, sweep, ex, ey] = [num(), num(), num(), num(), num(), num(), num()];
      out.push(...arcPoints(x, y, r, large === 1, sweep === 1, ex, ey, steps * 4));
      x = ex; y = ey;
    } else throw new Error(`unexpected path command ${cmd}`);
  }
  return out;
}

// Endpoint to centre form, for circles only (rx = ry, no rotation): what the views draw.
function arcPoints(x1: number, y1: number, r: number, large: boolean, sweep: boolean, x2: number, y2: number, steps: number): [number, number][] {
  const mx = (x2 - x1) / 2, my = (y2 - y1) / 2;
  const half = Math.hypot(mx, my);
  const rr = Math.max(r, half);
  const h = Math.sqrt(Math.max(0, rr * rr - half * half));
  const sign = large === sweep ? -1 : 1;
  const cx = x1 + mx + (sign * h * -my) / (half || 1);
  const cy = y1 + my + (sign * h * mx) / (half || 1);
  const a1 = Math.atan2(y1 - cy, x1 - cx);
  let delta = Math.atan2(y2 - cy, x2 - cx) - a1;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  const out: [number, number][] = [];
  for (let s = 1; s <= steps; s++) out.push([cx + rr * Math.cos(a1 + (delta * s) / steps), cy + rr * Math.sin(a1 + (delta * s) / steps)]);
  return out;
}

/** Even-odd point-in-polygon test. */
export function inside(polygon: readonly [number, number][], px: number, py: number): boolean {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}
