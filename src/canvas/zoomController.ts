import type { Selection } from 'd3-selection';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import type { Box } from '../views/bounds.ts';

/** Where the camera is: screen = map × k + (x, y). */
export interface Camera {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface ZoomController {
  /** Moves the camera so the box fills the canvas (with a margin), gliding over `duration` ms. */
  fit(box: Box, duration?: number): void;
  /** Moves the camera to `camera` (screen = map × k + (x, y)), gliding over `duration` ms. */
  moveTo(camera: Camera, duration?: number): void;
  /** The canvas's size in screen pixels. */
  size(): { width: number; height: number };
  transform(): Camera;
  /** A point on the screen (client pixels) as a point on the map. */
  toMap(clientX: number, clientY: number): { x: number; y: number };
  /** A point on the map as client pixels. */
  toScreen(x: number, y: number): { x: number; y: number };
  destroy(): void;
}

let d3Modules: Promise<[typeof import('d3-selection'), typeof import('d3-zoom'), typeof import('d3-transition')]> | null = null;

/** Fetches d3-zoom and what it needs (once): main.tsx asks for it while the stored map is read. */
export function loadZoom(): NonNullable<typeof d3Modules> {
  return (d3Modules ??= Promise.all([import('d3-selection'), import('d3-zoom'), import('d3-transition')]));
}

interface D3Zoom {
  readonly behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  readonly selection: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly at: (camera: Camera) => ZoomTransform;
}

/**
 * Pan and zoom as one transform on a layer: d3-zoom owns the gesture and React never re-renders
 * for it. Drags that start on a node, a link handle, or with Shift (rubber band) are not pans.
 * d3-zoom (with the selection, transition and interpolation code it brings) is fetched after the
 * map is first shown: the camera works without it, and gestures and glides begin once it is here.
 */
export function createZoom({ svg, layer, onChange, grabs }: {
  svg: SVGSVGElement;
  layer: SVGGElement;
  onChange?: (camera: Camera) => void;
  /** True where a press grabs something drawn (not an element) that is not for panning: a node on a canvas. */
  grabs?: (clientX: number, clientY: number) => boolean;
}): ZoomController {
  const rect = () => svg.getBoundingClientRect();
  let current: Camera = { k: 1, x: 0, y: 0 };
  let d3: D3Zoom | null = null;
  let destroyed = false;
  const show = (camera: Camera) => {
    current = camera;
    layer.setAttribute('transform', `translate(${camera.x},${camera.y}) scale(${camera.k})`);
    onChange?.(camera);
  };
  const go = (camera: Camera, duration: number) => {
    if (!d3) return show(camera);
    const t = d3.at(camera);
    if (duration > 0 && !matchMedia('(prefers-reduced-motion: reduce)').matches) d3.selection.transition().duration(duration).call(d3.behaviour.transform, t);
    else d3.behaviour.transform(d3.selection, t);
  };
  // The map's origin starts in the middle of the canvas: layouts gather around it.
  const { width, height } = rect();
  show({ k: 1, x: width / 2, y: height / 2 });

  void loadZoom().then(([{ select }, { zoom, zoomIdentity }]) => {
    if (destroyed) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.02, 8])
      .filter((event: MouseEvent & WheelEvent) => {
        if (event.type === 'wheel') return true;
        const target = event.target as Element | null;
        if (event.ctrlKey || event.button || event.shiftKey || target?.closest?.('[data-id], [data-handle], [data-link]')) return false;
        const point = 'touches' in event ? (event as unknown as TouchEvent).touches[0] : event;
        return !(grabs && point && grabs(point.clientX, point.clientY));
      })
      .on('zoom', ({ transform }: { transform: ZoomTransform }) => show(transform));
    const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
    const at = ({ x, y, k }: Camera) => zoomIdentity.translate(x, y).scale(k);
    // Take over the camera where it is now.
    behaviour.transform(selection, at(current));
    d3 = { behaviour, selection, at };
  });

  return {
    fit(box, duration = 0) {
      const { width, height } = rect();
      if (!width || !height || !(box.width > 0) || !(box.height > 0)) return;
      const k = Math.min((width * 0.92) / box.width, (height * 0.92) / box.height, 2);
      go({ k, x: width / 2 - k * (box.x + box.width / 2), y: height / 2 - k * (box.y + box.height / 2) }, duration);
    },
    moveTo: (camera, duration = 0) => go(camera, duration),
    size() {
      const { width, height } = rect();
      return { width, height };
    },
    transform: () => current,
    toMap(clientX, clientY) {
      const r = rect();
      return { x: (clientX - r.left - current.x) / current.k, y: (clientY - r.top - current.y) / current.k };
    },
    toScreen(x, y) {
      const r = rect();
      return { x: x * current.k + current.x + r.left, y: y * current.k + current.y + r.top };
    },
    destroy() {
      destroyed = true;
      d3?.selection.on('.zoom', null);
    },
  };
}
