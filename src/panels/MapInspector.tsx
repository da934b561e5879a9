import { useDoc, useStores } from '../store/context.ts';
import { commit } from '../store/documentStore.ts';
import { DraftField } from './DraftField.tsx';

/** The map's own fields: title, the unit values are counted in, and a description. */
export function MapInspector() {
  const { doc } = useStores();
  const map = useDoc((s) => s.map);
  const counts = { platform: 0, service: 0, partner: 0 };
  for (const n of map.nodes) counts[n.kind]++;
  return (
    <form className="em-inspector-form" aria-label="Map" onSubmit={(e) => e.preventDefault()}>
      <DraftField label="Title" value={map.title} onCommit={(text) => {
        const title = text.trim();
        if (!title) return 'A map needs a title.';
        commit(doc, 'Rename map', (m) => ({ ...m, title: title.slice(0, 200) }));
      }} />
      <DraftField label="Unit of value" value={map.unit ?? ''} hint="What node values count, e.g. USD m / year" onCommit={(text) => {
        const unit = text.trim().slice(0, 100);
        commit(doc, 'Change unit', (m) => {
          const { unit: _old, ...rest } = m;
          return unit ? { ...rest, unit } : rest;
        });
      }} />
      <DraftField label="Description" multiline value={map.description ?? ''} onCommit={(text) => {
        const description = text.trim().slice(0, 10_000);
        commit(doc, 'Change description', (m) => {
          const { description: _old, ...rest } = m;
          return description ? { ...rest, description } : rest;
        });
      }} />
      <p className="em-counts">{counts.platform} platforms · {counts.service} services · {counts.partner} partners · {map.links.length} links</p>
      <p className="em-hint-text">Double-click the canvas to add a node; drag from a node’s handle onto another to connect them. Press <kbd>?</kbd> for every shortcut.</p>
    </form>
  );
}
