import { isSafeUrl } from '../io/safeUrl.ts';
import { updateNode } from '../model/nodes.ts';
import type { NodePatch } from '../model/nodes.ts';
import { NODE_KINDS } from '../model/types.ts';
import type { MapNode, NodeKind, PartnerScope } from '../model/types.ts';
import { useStores } from '../store/context.ts';
import { commit } from '../store/documentStore.ts';
import { DraftField } from './DraftField.tsx';

/** Every field of one node, each change one undo step. */
export function NodeInspector({ node, unit }: { node: MapNode; unit: string | undefined }) {
  const { doc, live } = useStores();
  const change = (intent: string, patch: NodePatch) => void commit(doc, intent, (m) => updateNode(m, node.id, patch));
  return (
    <form className="em-inspector-form" aria-label={`${node.kind} ${node.name}`} onSubmit={(e) => e.preventDefault()}>
      <DraftField label="Name" value={node.name} onCommit={(text) => {
        const name = text.trim();
        if (!name) return 'A node needs a name.';
        if (name.length > 200) return 'At most 200 characters.';
        change('Rename', { name });
      }} />
      <div className="em-field">
        <label htmlFor="em-kind">Kind</label>
        <select id="em-kind" value={node.kind} onChange={(e) => change('Change kind', { kind: e.target.value as NodeKind })}>
          {NODE_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
      </div>
      {node.kind === 'partner' && (
        <div className="em-field">
          <label htmlFor="em-scope">Partner scope</label>
          <select id="em-scope" value={node.scope ?? ''} onChange={(e) => change('Change scope', { scope: (e.target.value || undefined) as PartnerScope | undefined })}>
            <option value="">not stated</option>
            <option value="internal">internal</option>
            <option value="external">external</option>
          </select>
        </div>
      )}
      <DraftField label="Value" type="number" value={String(node.value)} suffix={unit} onCommit={(text) => {
        const value = Number(text.replace(/[\s,]/g, ''));
        if (text.trim() === '') return change('Change value', { value: 0 });
        if (!Number.isFinite(value) || value < 0) return 'Enter a number of 0 or more.';
        change('Change value', { value });
      }} />
      <DraftField label="Owner" value={node.owner ?? ''} onCommit={(text) => change('Change owner', { owner: text.trim().slice(0, 200) || undefined })} />
      <DraftField label="Tags" value={(node.tags ?? []).join(', ')} hint="Separate tags with commas" onCommit={(text) => {
        const tags = [...new Set(text.split(/[,;]/).map((t) => t.trim()).filter(Boolean))];
        if (tags.length > 50) return 'At most 50 tags.';
        if (tags.some((t) => t.length > 100)) return 'A tag can be at most 100 characters.';
        change('Change tags', { tags: tags.length ? tags : undefined });
      }} />
      <DraftField label="Description" multiline value={node.description ?? ''} onCommit={(text) => {
        if (text.length > 10_000) return 'At most 10,000 characters.';
        change('Change description', { description: text.trim() || undefined });
      }} />
      <DraftField label="Link (URL)" type="url" value={node.url ?? ''} onCommit={(text) => {
        const url = text.trim();
        if (url && !isSafeUrl(url)) return 'Use a web address starting with https://, http:// or mailto:.';
        change('Change link', { url: url || undefined });
      }} />
      {node.url && isSafeUrl(node.url) && <a className="em-open-url" href={node.url} target="_blank" rel="noopener noreferrer">Open link</a>}
      <label className="em-check">
        <input type="checkbox" checked={!!node.pinned} onChange={(e) => {
          const p = live.get(node.id);
          change(e.target.checked ? 'Pin' : 'Unpin', e.target.checked ? { pinned: true, ...(p ? { x: Math.round(p.x), y: Math.round(p.y) } : {}) } : { pinned: undefined });
        }} />
        Pinned (stays where it was put)
      </label>
    </form>
  );
}
