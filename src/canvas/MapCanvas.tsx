import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useDoc, useStores, useUi } from '../store/context.ts';
import { nodeStatesStore } from '../store/nodeStates.ts';
import { arrowMarker } from '../views/mapView.ts';
import { THEMES } from '../views/theme.ts';
import { createHoverStore, useCanvasDomSet } from './canvasDomSet.ts';
import { createCanvasPicking } from './canvasPicking.ts';
import { createCanvasLayer } from './canvasMode.ts';
import { createFadeWriter } from './fadeWriter.ts';
import { createFrameWriter } from './frameWriter.ts';
import { createKnockOutWriter } from './knockOutWriter.ts';
import { createSiloCanvas } from './siloCanvas.ts';
import { createSiloOverlay } from './siloOverlay.ts';
import { mountFlow } from './flowMount.ts';
import { LinkLine } from './LinkLine.tsx';
import { NodeGlyph } from './NodeGlyph.tsx';
import { createPointerController } from './pointerController.ts';
import type { CanvasEvents } from './pointerController.ts';
import { createElementRegistry } from './registry.ts';
import { RenameField } from './RenameField.tsx';
import { renderSvgTree } from './SvgTree.tsx';
import { useLiveLayout } from './useLiveLayout.ts';
import { createCanvasView } from './viewApi.ts';
import type { CanvasView } from './viewApi.ts';
import { createZoom } from './zoomController.ts';
import type { ZoomController } from './zoomController.ts';

interface Props extends CanvasEvents {
  /** Receives the camera and focus controls once the canvas is on the page. */
  onView(view: CanvasView | null): void;
}

/**
 * The live map. React renders which nodes and links exist; d3-zoom moves the camera; the layout
 * and drags write positions that the frame writer puts on the elements once per frame.
 */
export function MapCanvas({ onView, onContextMenu, onAddAt }: Props) {
  const stores = useStores();
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const silosRef = useRef<SVGGElement>(null);
  const [registry] = useState(createElementRegistry);
  const [zoom, setZoom] = useState<ZoomController | null>(null);
  const [preview, setPreview] = useState<{ x1: number; y1: number; x2: number; y2: number } | null>(null);
  const [band, setBand] = useState<{ x: number; y: number; width: number; height: number } | null>(null);
  const [hover] = useState(createHoverStore);
  // Every node and link on a small map; on a map drawn on a canvas, the few someone works with.
  const { large, nodeIds, linkKeys } = useCanvasDomSet(stores, hover);
  const nodeCount = useDoc((s) => s.map.nodes.length);
  const title = useDoc((s) => s.map.title);
  const connecting = useUi((s) => s.connecting);
  const palette = THEMES[useUi((s) => s.theme)];
  const layout = useLiveLayout(stores);
  const rasterRef = useRef<HTMLCanvasElement>(null);
  const fadesRef = useRef<{ apply(): void } | null>(null);
  const flowRef = useRef<HTMLCanvasElement>(null);
  const siloCanvasRef = useRef<HTMLCanvasElement>(null);
  const siloLabelsRef = useRef<HTMLCanvasElement>(null);
  const paletteRef = useRef(palette);
  paletteRef.current = palette;
  const handlers = useRef({ onContextMenu, onAddAt, onView });
  handlers.current = { onContextMenu, onAddAt, onView };

  useEffect(() => {
    const svg = svgRef.current!;
    const layer = layerRef.current!;
    // A large map is drawn on the canvas under the SVG, at rest and in motion alike.
    const raster = createCanvasLayer({ canvas: rasterRef.current!, stores, palette: () => paletteRef.current, marks: nodeStatesStore(stores) });
    const flow = mountFlow(flowRef.current!, stores, () => paletteRef.current);
    const siloCanvas = createSiloCanvas(siloCanvasRef.current!, siloLabelsRef.current!);
    const z = createZoom({
      svg, layer,
      onChange: (t) => (flow.setTransform(t), raster.setView(t), siloCanvas.setView(t)),
      grabs: (x, y) => picking.at(x, y) !== null,
    });
    const picking = createCanvasPicking({ svg, renderer: raster, hover, toMap: (x, y) => z.toMap(x, y) });
    flow.setTransform(z.transform());
    setZoom(z);
    const frames = createFrameWriter(stores.live, registry);
    const fades = createFadeWriter(stores, registry);
    fades.apply();
    fadesRef.current = fades;
    const knocks = createKnockOutWriter(stores, registry);
    knocks.apply();
    siloCanvas.setView(z.transform());
    const silos = createSiloOverlay(silosRef.current!, siloCanvas, stores, () => paletteRef.current);
    const pointer = createPointerController({
      svg, stores, zoom: z, layout: () => layout.current,
      preview: setPreview,
      band: setBand,
      onContextMenu: (at) => handlers.current.onContextMenu(at),
      onAddAt: (p, c) => handlers.current.onAddAt(p, c),
    });
    const view = createCanvasView({ svg, stores, zoom: z, nodeElement: (id) => registry.nodes.get(id), relayout: () => layout.relayout() });
    handlers.current.onView(view);
    // A freshly opened map is shown whole: now if it has its positions, else once it has settled,
    // unless the user has taken the camera meanwhile.
    let userMoved = false;
    const mark = () => (userMoved = true);
    svg.addEventListener('wheel', mark, { passive: true });
    svg.addEventListener('pointerdown', mark);
    const placed = stores.doc.getState().map.nodes.every((n) => n.x !== undefined && n.y !== undefined);
    if (placed) requestAnimationFrame(() => view.fit());
    // Tests and benchmarks wait on this rather than on time.
    const offMotion = layout.onMotion((now) => {
      svg.dataset.layout = now ? 'moving' : 'settled';
    });
    const offSettle = layout.onSettle(() => {
      offSettle();
      if (!userMoved) view.fit();
    });
    // Silos that drift out of sight after a knock-out or a restore are brought back into view.
    let knocked = false;
    const offKnock = stores.ui.subscribe((s, before) => void (s.knockedOut !== before.knockedOut && (knocked = true)));
    const offKnockSettle = layout.onSettle(() => {
      if (knocked) view.fitIfHidden();
      knocked = false;
    });
    return () => {
      offMotion();
      offSettle();
      offKnock();
      offKnockSettle();
      svg.removeEventListener('wheel', mark);
      svg.removeEventListener('pointerdown', mark);
      handlers.current.onView(null);
      pointer.destroy();
      picking.destroy();
      raster.destroy();
      fades.destroy();
      fadesRef.current = null;
      knocks.destroy();
      silos.destroy();
      siloCanvas.destroy();
      flow.destroy();
      frames.destroy();
      z.destroy();
    };
  }, [stores, registry, layout, hover]);

  // Elements that join later (a node hovered on a large map, a node just added) fade with the rest.
  useLayoutEffect(() => fadesRef.current?.apply(), [nodeIds, linkKeys]);

  return (
    <div className={`em-canvas-wrap${connecting ? ' em-connecting' : ''}`}>
      <canvas ref={rasterRef} className="em-map-raster" aria-hidden="true" style={RASTER_STYLE} />
      <canvas ref={siloCanvasRef} className="em-motion-layer em-silo-layer" aria-hidden="true" />
      <canvas ref={siloLabelsRef} className="em-motion-layer em-silo-labels" aria-hidden="true" />
      <svg ref={svgRef} className="em-canvas" role="application" aria-label={`Map: ${title}`} aria-roledescription="ecosystem map" data-nodes={nodeCount} style={{ position: 'relative' }}>
        {renderSvgTree(arrowMarker(palette))}
        <g ref={layerRef}>
          <g ref={silosRef} className="em-silos" />
          <g className="em-links" opacity={large ? 0 : undefined}>{linkKeys.map((key) => <LinkLine key={key} linkKey={key} registry={registry} palette={palette} />)}</g>
          <g className="em-nodes">{nodeIds.map((id) => <NodeGlyph key={id} id={id} registry={registry} palette={palette} />)}</g>
          {preview && <line className="em-connect-preview" {...preview} stroke={palette.selection} strokeWidth={2} strokeDasharray="5 4" markerEnd="url(#em-arrow)" />}
        </g>
      </svg>
      <canvas ref={flowRef} className="em-motion-layer em-flow-layer" aria-hidden="true" />
      {band && <div className="em-band" style={{ left: band.x, top: band.y, width: band.width, height: band.height }} />}
      <RenameField zoom={zoom} />
    </div>
  );
}

// Under the SVG, filling the canvas area; its own compositing layer, so a pan moves it without drawing.
const RASTER_STYLE = { position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none', transformOrigin: '0 0', willChange: 'transform' } as const;
