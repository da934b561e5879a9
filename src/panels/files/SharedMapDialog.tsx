import { useMemo } from 'react';
import { renderSvgTree } from '../../canvas/SvgTree.tsx';
import { exportTree } from '../../io/export/index.ts';
import type { EcoMap } from '../../model/types.ts';

const NONE = new Set<string>();
const NO_POSITIONS = new Map<string, { x: number; y: number }>();

/**
 * A map that arrived in a share link, shown read-only: nothing is stored until the user chooses
 * to open it as a map of their own.
 */
export function SharedMapDialog({ map, onOpen, onClose }: { map: EcoMap; onOpen: () => void; onClose: () => void }) {
  const drawing = useMemo(() => exportTree({ map, positions: NO_POSITIONS, removed: NONE, selection: NONE, theme: 'light' }, { legend: true, padding: 24 }), [map]);
  return (
    <div className="em-dialog em-shared" role="dialog" aria-modal="true" aria-label="Shared map">
      <h2>{map.title}</h2>
      <p>
        Someone shared this map with you: {map.nodes.length} nodes and {map.links.length} links. This is a read-only view; open it as a new map to
        knock platforms out, edit or present it. It is kept in this browser only then.
      </p>
      {map.description && <p className="em-hint">{map.description}</p>}
      <figure className="em-export-preview em-bg-light" aria-label="The shared map">{renderSvgTree(drawing.tree)}</figure>
      <div className="em-dialog-actions">
        <button type="button" onClick={onOpen} autoFocus>Open as a new map</button>
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </div>
  );
}
