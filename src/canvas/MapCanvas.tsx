import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { lookupOf } from '../model/lookup.ts';
import { useDoc, useStores, useUi } from '../store/context.ts';
import { arrowMarker } from '../views/mapView.ts';
import { THEMES } from '../views/theme.ts';
import { createFadeWriter } from './fadeWriter.ts';
import { createFrameWriter } from './frameWriter.ts';
import { createMotionLayer, MOTION_LAYER_NODES } from './motionLayer.ts';
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
  const [registry] = useState(createElementRegistry);
  const [zoom, setZoom] = useState<ZoomController | null>(null);
  const [preview, setPreview] = useState<{ x1: number; y1: number; x2: number; y2: number } | null>(null);
  const [band, setBand] = useState<{ x: number; y: number; width: number; height: number } | null>(null);
  const nodeIds = useDoc(useShallow((s) => lookupOf(s.map).nodeIds));
  const linkKeys = useDoc(useShallow((s) => lookupOf(s.map).linkKeys));
  const title = useDoc((s) => s.map.title);
  const connecting = useUi((s) => s.connecting);
  const palette = THEMES[useUi((s) => s.theme)];
  const layout = useLiveLayout(stores);
  const motionRef = useRef<HTMLCanvasElement>(null);
  const paletteRef = useRef(palette);
  paletteRef.current = palette;
  const handlers = useRef({ onContextMenu, onAddAt, onView });
  handlers.current = { onContextMenu, onAddAt, onView };

  useEffect(() => {
    const svg = svgRef.current!;
    const layer = layerRef.current!;
    // A large map in motion is drawn on the canvas layer; the SVG takes over again at rest.
    const motion = createMotionLayer(motionRef.current!, stores.live);
    let moving = false;
    let onCanvas = false;
    const drawOnCanvas = () => {
      const map = stores.doc.getState().map;
      if (!moving || map.nodes.length <= MOTION_LAYER_NODES) return false;
      if (!onCanvas) layer.style.visibility = 'hidden';
      onCanvas = true;
      motion.draw(map, z.transform(), paletteRef.current);
      return true;
    };
    const z = createZoom({ svg, layer, onChange: () => onCanvas && drawOnCanvas() });
    setZoom(z);
    const frames = createFrameWriter(stores.live, registry, drawOnCanvas);
    const fades = createFadeWriter(stores, registry);
    fades.apply();
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
      moving = now;
      if (!now && onCanvas) {
        frames.flush();
        layer.style.visibility = '';
        motion.clear();
        onCanvas = false;
      }
      svg.dataset.layout = now ? 'moving' : 'settled';
    });
    const offSettle = layout.onSettle(() => {
      offSettle();
      if (!userMoved) view.fit();
    });
    return () => {
      offMotion();
      offSettle();
      svg.removeEventListener('wheel', mark);
      svg.removeEventListener('pointerdown', mark);
      handlers.current.onView(null);
      pointer.destroy();
      fades.destroy();
      frames.destroy();
      z.destroy();
    };
  }, [stores, registry, layout]);

  return (
    <div className={`em-canvas-wrap${connecting ? ' em-connecting' : ''}`}>
      <svg ref={svgRef} className="em-canvas" role="application" aria-label={`Map: ${title}`} aria-roledescription="ecosystem map" data-nodes={nodeIds.length}>
        {renderSvgTree(arrowMarker(palette))}
        <g ref={layerRef}>
          <g className="em-links">{linkKeys.map((key) => <LinkLine key={key} linkKey={key} registry={registry} palette={palette} />)}</g>
          <g className="em-nodes">{nodeIds.map((id) => <NodeGlyph key={id} id={id} registry={registry} palette={palette} />)}</g>
          {preview && <line className="em-connect-preview" {...preview} stroke={palette.selection} strokeWidth={2} strokeDasharray="5 4" markerEnd="url(#em-arrow)" />}
        </g>
      </svg>
      <canvas ref={motionRef} className="em-motion-layer" aria-hidden="true" />
      {band && <div className="em-band" style={{ left: band.x, top: band.y, width: band.width, height: band.height }} />}
      <RenameField zoom={zoom} />
    </div>
  );
}
