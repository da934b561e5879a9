import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomTransform } from 'd3-zoom';
import type { Box } from '../views/bounds.ts';

export interface ZoomController {
  /** Moves the camera so the box fills the canvas (with a margin), gliding over `duration` ms. */
  fit(box: Box, duration?: number): void;
  transform(): ZoomTransform;
  /** A point on the screen (client pixels) as a point on the map. */
  toMap(clientX: number, clientY: number): { x: number; y: number };
  /** A point on the map as client pixels. */
  toScreen(x: number, y: number): { x: number; y: number };
  destroy(): void;
}

/**
 * Pan and zoom as one transform on a layer: d3-zoom owns the gesture and React never re-renders
 * for it. Drags that start on a node, a link handle, or with Shift (rubber band) are not pans.
 */
export function createZoom({ svg, layer, onChange }: { svg: SVGSVGElement; layer: SVGGElement; onChange?: (t: ZoomTransform) => void }): ZoomController {
  let current = zoomIdentity;
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.02, 8])
    .filter((event: MouseEvent & WheelEvent) => {
      if (event.type === 'wheel') return true;
      const target = event.target as Element | null;
      return !event.ctrlKey && !event.button && !event.shiftKey && !target?.closest?.('[data-id], [data-handle], [data-link]');
    })
    .on('zoom', ({ transform }: { transform: ZoomTransform }) => {
      current = transform;
      layer.setAttribute('transform', transform.toString());
      onChange?.(transform);
    });
  const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
  const rect = () => svg.getBoundingClientRect();
  // The map's origin starts in the middle of the canvas: layouts gather around it.
  const { width, height } = rect();
  behaviour.transform(selection, zoomIdentity.translate(width / 2, height / 2));
  return {
    fit(box, duration = 0) {
      const { width, height } = rect();
      if (!width || !height || !(box.width > 0) || !(box.height > 0)) return;
      const k = Math.min((width * 0.92) / box.width, (height * 0.92) / box.height, 2);
      const t = zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-(box.x + box.width / 2), -(box.y + box.height / 2));
      if (duration > 0 && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
        selection.transition().duration(duration).call(behaviour.transform, t);
      } else behaviour.transform(selection, t);
    },
    transform: () => current,
    toMap(clientX, clientY) {
      const r = rect();
      const [x, y] = current.invert([clientX - r.left, clientY - r.top]);
      return { x, y };
    },
    toScreen(x, y) {
      const r = rect();
      const [sx, sy] = current.apply([x, y]);
      return { x: sx + r.left, y: sy + r.top };
    },
    destroy() {
      selection.on('.zoom', null);
    },
  };
}
