import { memo, useCallback } from 'react';
import { lookupOf } from '../model/lookup.ts';
import { useDoc, useStores, useUi } from '../store/context.ts';
import { useNodeStates } from '../store/nodeStates.ts';
import { radiiOf } from '../views/radii.ts';
import type { Palette } from '../views/theme.ts';
import { renderSvgTree } from './SvgTree.tsx';
import type { ElementRegistry } from './registry.ts';
import { nodeBody } from '../views/nodeView.ts';

/**
 * One node. It subscribes to its own node only, so editing one node re-renders one component;
 * its position is written by the frame loop, not by React.
 */
export const NodeGlyph = memo(function NodeGlyph({ id, registry, palette }: { id: string; registry: ElementRegistry; palette: Palette }) {
  const node = useDoc((s) => lookupOf(s.map).nodes.get(id));
  const r = useDoc((s) => radiiOf(s.map).get(id) ?? 14);
  const selected = useUi((s) => s.selection.nodes.has(id));
  const firstNode = useDoc((s) => lookupOf(s.map).nodeIds[0]);
  // One node is in the tab order (roving tab index): the focused one, else the selected, else the first.
  const tabbable = useUi((s) => (s.focused ?? firstId(s.selection.nodes) ?? firstNode) === id);
  const ghost = useNodeStates((s) => s.ghost.has(id));
  const stranded = useNodeStates((s) => s.stranded.has(id));
  const spof = useNodeStates((s) => s.spof.has(id));
  const enabled = useNodeStates((s) => s.enabled?.get(id) ?? 0);
  const unit = useDoc((s) => s.map.unit);
  const { live } = useStores();
  const ref = useCallback(
    (el: SVGGElement | null) => {
      if (el) registry.nodes.set(id, el);
      else registry.nodes.delete(id);
    },
    [id, registry],
  );
  if (!node) return null;
  const p = live.get(id) ?? { x: node.x ?? 0, y: node.y ?? 0 };
  const handleX = node.kind === 'platform' ? 1.3 * r + 8 : 1.15 * r + 8;
  return (
    <g
      ref={ref}
      className={`em-node em-${node.kind}${selected ? ' em-selected' : ''}`}
      data-id={id}
      transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}
      tabIndex={tabbable ? 0 : -1}
      role="button"
      aria-pressed={selected}
      aria-label={`${node.name}, ${node.kind}${node.value ? `, value ${node.value}` : ''}${node.pinned ? ', pinned' : ''}`}
    >
      {nodeBody(node, r, palette, { selected, ghost, stranded, spof, enabled, unit }).map((part, i) => renderSvgTree(part, i))}
      <circle className="em-handle" data-handle={id} cx={handleX} cy={0} r={6} aria-hidden="true" />
    </g>
  );
});

function firstId(ids: ReadonlySet<string>): string | undefined {
  for (const id of ids) return id;
  return undefined;
}
