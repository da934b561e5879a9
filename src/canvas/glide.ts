import type { EcoMap } from '../model/types.ts';
import type { LivePositions } from '../store/livePositions.ts';

const GLIDE_MS = 700;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Moves every node from where it is drawn to where `map` has it, eased over a moment (at once
 * when the user prefers less motion), then calls `done`. Returns a stop that skips `done`.
 */
export function glide(live: LivePositions, map: EcoMap, done: () => void): () => void {
  const from = live.snapshot();
  const moves: { id: string; x0: number; y0: number; x1: number; y1: number }[] = [];
  for (const n of map.nodes) {
    const p = from.get(n.id);
    if (p && n.x !== undefined && n.y !== undefined) moves.push({ id: n.id, x0: p.x, y0: p.y, x1: n.x, y1: n.y });
  }
  let frame = 0;
  let start = -1;
  const step = (now: number) => {
    if (start < 0) start = now;
    const t = reducedMotion() ? 1 : Math.min(1, (now - start) / GLIDE_MS);
    const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
    live.setSome(new Map(moves.map((m) => [m.id, { x: m.x0 + (m.x1 - m.x0) * e, y: m.y0 + (m.y1 - m.y0) * e }])));
    if (t < 1) frame = requestAnimationFrame(step);
    else {
      frame = 0;
      done();
    }
  };
  frame = requestAnimationFrame(step);
  return () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };
}
