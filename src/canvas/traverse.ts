import type { Point } from '../layout/settle.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/**
 * The node a keyboard user reaches by pressing an arrow: the nearest one in that direction,
 * where straying sideways counts double. Undefined when nothing lies that way.
 */
export function nextInDirection(from: Point, direction: Direction, candidates: Iterable<[string, Point]>): string | undefined {
  const d = VECTORS[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [id, p] of candidates) {
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead = dx * d.x + dy * d.y;
    if (ahead <= 0.5) continue;
    const aside = Math.abs(dx * d.y - dy * d.x);
    const score = ahead + 2 * aside;
    if (score < bestScore || (score === bestScore && best !== undefined && id < best)) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
