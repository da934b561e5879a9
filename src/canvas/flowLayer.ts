// The value-flow layer: particles stream along every supports link that carries value, from the
// node that earns it (target) up to the node that supports it (source). Particle area follows
// the link's share of the largest flow.
//
// Mounting it (MapCanvas): a <canvas className="em-motion-layer" aria-hidden="true"> after the
// <svg> (that class already lays a canvas over the map; the layer sets pointer-events: none).
// In the effect that makes the zoom:
//
//   const flow = createFlowLayer(flowRef.current!, {
//     positions: stores.live,
//     palette: paletteRef.current,          // its `flow` colour; on theme change flow.setPalette(p)
//     radius: (id) => radiiOf(stores.doc.getState().map).get(id) ?? 14,
//   });
//   flow.setTransform(z.transform());       // and again in createZoom's onChange
//   // value flow switched on, and whenever the map or the knock-outs change while it is on:
//   const { linkFlow } = valueFlow(map, knockedOut);
//   flow.setFlow(map.links, linkFlow);
//   flow.start();
//   // switched off: flow.stop(); effect cleanup: flow.destroy()
//
// Positions are read from the store on the frames after it changed, so the particles follow the
// nodes while the layout or a drag moves them. The loop draws nothing while the page is hidden,
// the canvas is out of view, no link carries flow, or the layer is stopped. With
// prefers-reduced-motion it draws still arrowheads instead, again only when something moved.
import type { Palette } from '../views/theme.ts';
import { PARTICLE_STYLE } from './flowParticles.ts';
import type { ParticleStyle } from './flowParticles.ts';
import { createFlowScene } from './flowScene.ts';
import type { FlowLink, FlowPositions, FlowTransform } from './flowScene.ts';

export type { FlowLink, FlowPositions, FlowTransform } from './flowScene.ts';

export interface FlowLayerOptions {
  readonly positions: FlowPositions;
  /** The particles take the palette's `flow` colour. */
  readonly palette: Pick<Palette, 'flow'>;
  /** A node's drawn radius, so particles leave and reach its rim; read on each setFlow. */
  readonly radius?: (id: string) => number;
  readonly style?: ParticleStyle;
}

export interface FlowLayer {
  /** The amount each link carries, indexed like `links` (valueFlow's linkFlow for map.links). Links with 0 are not drawn. */
  setFlow(links: readonly FlowLink[], amounts: ArrayLike<number>): void;
  setTransform(transform: FlowTransform): void;
  setPalette(palette: Pick<Palette, 'flow'>): void;
  /** Starts drawing (the loop still waits while there is nothing to show). */
  start(): void;
  /** Stops drawing and clears the canvas. */
  stop(): void;
  destroy(): void;
}

/** The longest step the particles take in one frame, so a stalled frame does not make them jump. */
const MAX_STEP_S = 0.1;

export function createFlowLayer(canvas: HTMLCanvasElement, options: FlowLayerOptions): FlowLayer {
  const ctx = canvas.getContext('2d');
  const style = options.style ?? PARTICLE_STYLE;
  const { positions } = options;
  const scene = createFlowScene(style);
  canvas.style.pointerEvents = 'none';
  let color = options.palette.flow;
  let transform: FlowTransform = { k: 1, x: 0, y: 0 };

  let started = false;
  let hidden = document.hidden;
  let inView = true;
  const motionQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;
  let reduced = motionQuery?.matches ?? false;
  let positionsDirty = true;
  let viewDirty = true;
  let raf = 0;
  // Map units the particles have slid: advanced by screen speed ÷ zoom each frame, so zooming
  // changes their pace on screen smoothly instead of jumping them along.
  let travelled = 0;
  let lastFrame = 0;

  let cssWidth = 0;
  let cssHeight = 0;
  let dpr = 0;
  const measure = () => {
    const box = canvas.getBoundingClientRect();
    cssWidth = box.width;
    cssHeight = box.height;
  };
  const fitCanvas = () => {
    if (!resizeObserver) measure();
    dpr = window.devicePixelRatio || 1;
    const width = Math.round(cssWidth * dpr);
    const height = Math.round(cssHeight * dpr);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      viewDirty = true;
    }
  };
  const clear = () => {
    ctx?.setTransform(1, 0, 0, 1, 0, 0);
    ctx?.clearRect(0, 0, canvas.width, canvas.height);
  };

  const frame = (now: number) => {
    raf = 0;
    if (!ctx || !started || scene.links === 0 || hidden || !inView) return;
    fitCanvas();
    if (positionsDirty || !positions.subscribe) {
      positionsDirty = false;
      scene.readPositions(positions);
      viewDirty = true;
    }
    if (viewDirty) {
      viewDirty = false;
      scene.fitView(transform, cssWidth, cssHeight);
    }
    clear();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (reduced) {
      lastFrame = 0;
      scene.drawArrows(ctx, transform, color);
      return;
    }
    travelled += (lastFrame ? Math.min(MAX_STEP_S, (now - lastFrame) / 1000) : 0) * (style.speed / transform.k);
    lastFrame = now;
    scene.drawParticles(ctx, transform, travelled, color);
    raf = requestAnimationFrame(frame);
  };

  /** Brings the loop in line with the state: runs, pauses (keeping the last picture), or clears. */
  const refresh = () => {
    const show = started && scene.links > 0;
    if (!show || hidden || !inView) {
      if (raf) cancelAnimationFrame(raf);
      raf = 0;
      lastFrame = 0;
      if (!show) clear();
      return;
    }
    if (!raf) raf = requestAnimationFrame(frame);
  };

  const onVisibility = () => {
    hidden = document.hidden;
    refresh();
  };
  const onMotionPreference = () => {
    reduced = motionQuery?.matches ?? false;
    refresh();
  };
  document.addEventListener('visibilitychange', onVisibility);
  motionQuery?.addEventListener('change', onMotionPreference);
  const resizeObserver =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(([entry]) => {
          if (!entry) return;
          cssWidth = entry.contentRect.width;
          cssHeight = entry.contentRect.height;
          viewDirty = true;
          refresh();
        })
      : undefined;
  resizeObserver?.observe(canvas);
  measure();
  const intersectionObserver =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          inView = entries[entries.length - 1]?.isIntersecting ?? inView;
          refresh();
        })
      : undefined;
  intersectionObserver?.observe(canvas);
  const unsubscribe = positions.subscribe?.(() => {
    positionsDirty = true;
    if (reduced) refresh();
  });

  return {
    setFlow(links, amounts) {
      scene.setFlow(links, amounts, options.radius);
      positionsDirty = true;
      refresh();
    },
    setTransform(next) {
      transform = { k: next.k, x: next.x, y: next.y };
      viewDirty = true;
      if (reduced) refresh();
    },
    setPalette(next) {
      color = next.flow;
      if (reduced) refresh();
    },
    start() {
      started = true;
      refresh();
    },
    stop() {
      started = false;
      refresh();
    },
    destroy() {
      started = false;
      refresh();
      document.removeEventListener('visibilitychange', onVisibility);
      motionQuery?.removeEventListener('change', onMotionPreference);
      resizeObserver?.disconnect();
      intersectionObserver?.disconnect();
      unsubscribe?.();
    },
  };
}
