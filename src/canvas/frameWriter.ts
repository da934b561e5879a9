import type { LivePositions } from '../store/livePositions.ts';
import { linkGeometry } from '../views/linkView.ts';
import type { ElementRegistry } from './registry.ts';

/**
 * Writes live positions to the drawn elements at most once per animation frame. Positions
 * change many times a second while the layout runs; React renders only when structure changes.
 * On a map drawn on a canvas the elements are the few someone is working with.
 */
export function createFrameWriter(live: LivePositions, registry: ElementRegistry): { flush(): void; destroy(): void } {
  let frame = 0;
  const write = () => {
    frame = 0;
    writeElements();
  };
  const writeElements = () => {
    for (const [id, el] of registry.nodes) {
      const p = live.get(id);
      if (p) el.setAttribute('transform', `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
    }
    for (const { el, hit, source, target, kind, targetRadius } of registry.links.values()) {
      const from = live.get(source);
      const to = live.get(target);
      if (!from || !to) continue;
      const g = linkGeometry(from, to, targetRadius, kind);
      for (const line of hit ? [el, hit] : [el]) {
        line.setAttribute('x1', String(g.x1));
        line.setAttribute('y1', String(g.y1));
        line.setAttribute('x2', String(g.x2));
        line.setAttribute('y2', String(g.y2));
      }
    }
  };
  const unsubscribe = live.subscribe(() => {
    if (!frame) frame = requestAnimationFrame(write);
  });
  return {
    flush: writeElements,
    destroy() {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
