import { lookupOf } from '../model/lookup.ts';
import { useDoc, useUi } from '../store/context.ts';
import { LinkInspector } from './LinkInspector.tsx';
import { MapInspector } from './MapInspector.tsx';
import { NodeInspector } from './NodeInspector.tsx';
import { NodeValueFlow } from './NodeValueFlow.tsx';

/** The side panel: what is selected, every field editable; the map itself when nothing is. */
export function Inspector() {
  const nodeIds = useUi((s) => s.selection.nodes);
  const linkKeys = useUi((s) => s.selection.links);
  const lookup = useDoc((s) => lookupOf(s.map));
  const unit = useDoc((s) => s.map.unit);
  // Undo can take away what is selected: count only what is still on the map.
  const nodes = [...nodeIds].filter((id) => lookup.nodes.has(id));
  const links = [...linkKeys].filter((key) => lookup.links.has(key));
  const count = nodes.length + links.length;
  const node = nodes.length === 1 && links.length === 0 ? lookup.nodes.get(nodes[0]!) : undefined;
  const link = links.length === 1 && nodes.length === 0 ? lookup.links.get(links[0]!) : undefined;
  return (
    <aside className="em-inspector" aria-label="Inspector">
      <h2>{node ? node.name : link ? 'Link' : count > 1 ? `${count} selected` : 'Map'}</h2>
      {node && <NodeInspector key={node.id} node={node} unit={unit} />}
      {node && <NodeValueFlow node={node} />}
      {/* Keyed by its two ends, so another link starts clean but reversing or switching kind keeps focus. */}
      {link && <LinkInspector key={[link.source, link.target].sort().join(' ')} link={link} />}
      {!node && !link && count > 1 && <p>{plural(nodes.length, 'node')} and {plural(links.length, 'link')} selected. Delete, duplicate or copy them, or move them with Shift + arrow keys.</p>}
      {count === 0 && <MapInspector />}
    </aside>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
