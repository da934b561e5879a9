import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomTransform } from 'd3-zoom';
import type { Box } from '../views/bounds.ts';

export interface ZoomController {
  fit(box: Box, duration?: number): void;
  destroy(): void;
}

/**
 * Pan and zoom as one transform on a layer: d3-zoom owns the gesture, React never re-renders for it.
 */
export function createZoom({ svg, layer }: { svg: SVGSVGElement; layer: SVGGElement }): ZoomController {
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.05, 8])
    .on('zoom', ({ transform }: { transform: ZoomTransform }) => layer.setAttribute('transform', transform.toString()));
  const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
  return {
    fit(box) {
      const { width, height } = svg.getBoundingClientRect();
      if (!width || !height || !box.width || !box.height) return;
      const k = Math.min(width / box.width, height / box.height, 2);
      const t = zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-(box.x + box.width / 2), -(box.y + box.height / 2));
      behaviour.transform(selection, t);
    },
    destroy() {
      selection.on('.zoom', null);
    },
  };
}
