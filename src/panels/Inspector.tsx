import { lookupOf } from '../model/lookup.ts';
import { useDoc, useUi } from '../store/context.ts';
import { LinkInspector } from './LinkInspector.tsx';
import { MapInspector } from './MapInspector.tsx';
import { NodeInspector } from './NodeInspector.tsx';

/** The side panel: what is selected, every field editable; the map itself when nothing is. */
export function Inspector() {
  const nodeIds = useUi((s) => s.selection.nodes);
  const linkKeys = useUi((s) => s.selection.links);
  const lookup = useDoc((s) => lookupOf(s.map));
  const unit = useDoc((s) => s.map.unit);
  const count = nodeIds.size + linkKeys.size;
  const node = nodeIds.size === 1 && linkKeys.size === 0 ? lookup.nodes.get([...nodeIds][0]!) : undefined;
  const link = linkKeys.size === 1 && nodeIds.size === 0 ? lookup.links.get([...linkKeys][0]!) : undefined;
  return (
    <aside className="em-inspector" aria-label="Inspector">
      <h2>{node ? node.name : link ? 'Link' : count > 1 ? `${count} selected` : 'Map'}</h2>
      {node && <NodeInspector key={node.id} node={node} unit={unit} />}
      {link && <LinkInspector link={link} />}
      {!node && !link && count > 1 && <p>{nodeIds.size} nodes and {linkKeys.size} links selected. Delete, duplicate or copy them, or move them with Shift + arrow keys.</p>}
      {count === 0 && <MapInspector />}
    </aside>
  );
}
