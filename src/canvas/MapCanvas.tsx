import { useEffect, useMemo, useRef } from 'react';
import type { EcoMap } from '../model/types.ts';
import { settle } from '../layout/settle.ts';
import { boundsOf } from '../views/bounds.ts';
import { arrowMarker, mapView } from '../views/mapView.ts';
import type { Palette } from '../views/theme.ts';
import { renderSvgTree } from './SvgTree.tsx';
import { createZoom } from './zoomController.ts';

/** The live map: a settled layout drawn by the pure views, panned and zoomed by d3-zoom. */
export function MapCanvas({ map, palette }: { map: EcoMap; palette: Palette }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const positions = useMemo(() => settle(map, { seed: 1 }), [map]);
  const view = useMemo(() => mapView(map, positions, palette), [map, positions, palette]);

  useEffect(() => {
    if (!svgRef.current || !layerRef.current) return;
    const controller = createZoom({ svg: svgRef.current, layer: layerRef.current });
    controller.fit(boundsOf(positions, 60));
    return () => controller.destroy();
  }, [positions]);

  return (
    <svg ref={svgRef} className="em-canvas" role="img" aria-label={`Map: ${map.title}`} data-nodes={map.nodes.length}>
      {renderSvgTree(arrowMarker(palette))}
      <g ref={layerRef}>{renderSvgTree(view)}</g>
    </svg>
  );
}
