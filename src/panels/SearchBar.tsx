import { useMemo } from 'react';
import { isTypingTarget } from '../canvas/typingTarget.ts';
import { facetsOf, isFiltering, matchingNodes } from '../model/filter.ts';
import { NODE_KINDS } from '../model/types.ts';
import type { NodeKind } from '../model/types.ts';
import { useDoc, useStores, useUi } from '../store/context.ts';
import { NO_FILTER } from '../store/uiStore.ts';
import { connectNodes } from '../store/actions.ts';

/** Search by name and filter by kind, tag and owner: what does not match fades. */
export function SearchBar() {
  const stores = useStores();
  const { ui } = stores;
  const map = useDoc((s) => s.map);
  const filter = useUi((s) => s.filter);
  const { tags, owners } = useMemo(() => facetsOf(map), [map]);
  const matches = useMemo(() => matchingNodes(map, filter), [map, filter]);
  const set = (patch: Partial<typeof filter>) => ui.setState({ filter: { ...filter, ...patch } });
  const toggleKind = (kind: NodeKind) => {
    const kinds = new Set(filter.kinds);
    if (kinds.has(kind)) kinds.delete(kind);
    else kinds.add(kind);
    set({ kinds });
  };
  const focusName = filter.focus ? map.nodes.find((n) => n.id === filter.focus!.id)?.name : undefined;
  return (
    <div className="em-search" role="search">
      <input
        id="em-search"
        type="search"
        placeholder="Search nodes…  ( / )"
        aria-label="Search nodes by name"
        value={filter.query}
        onChange={(e) => set({ query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') (e.currentTarget.blur(), set({ query: '' }));
          if (e.key === 'Enter' && matches?.size) {
            const first = map.nodes.find((n) => matches.has(n.id));
            if (!first) return;
            e.currentTarget.blur();
            const { connecting } = ui.getState();
            // While connecting, the node found is the one to support; otherwise it is selected.
            if (connecting) connectNodes(stores, connecting, first.id);
            else ui.setState({ selection: { nodes: new Set([first.id]), links: new Set() }, focused: first.id });
            set({ query: '' });
            // On the next frame, when a large map has drawn the node as an element; unless typing
            // went on somewhere meanwhile (keys pressed straight on, like `/` to search again).
            requestAnimationFrame(() => {
              if (isTypingTarget(document.activeElement)) return;
              document.querySelector<SVGGElement>(`.em-canvas [data-id="${CSS.escape(first.id)}"]`)?.focus();
            });
          }
        }}
      />
      <div className="em-kind-filter" role="group" aria-label="Show kinds">
        {NODE_KINDS.map((k) => (
          <button key={k} type="button" aria-pressed={filter.kinds.has(k)} onClick={() => toggleKind(k)}>{k}s</button>
        ))}
      </div>
      <select aria-label="Filter by tag" value={filter.tag ?? ''} onChange={(e) => set({ tag: e.target.value || null })}>
        <option value="">any tag</option>
        {tags.map((t) => <option key={t} value={t}>{t}</option>)}
      </select>
      <select aria-label="Filter by owner" value={filter.owner ?? ''} onChange={(e) => set({ owner: e.target.value || null })}>
        <option value="">any owner</option>
        {owners.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
      {filter.focus && focusName && (
        <label className="em-focus">
          Focus: {focusName},{' '}
          <select aria-label="Hops" value={filter.focus.hops} onChange={(e) => set({ focus: { id: filter.focus!.id, hops: Number(e.target.value) } })}>
            {[1, 2, 3, 4].map((h) => <option key={h} value={h}>{h} hop{h > 1 ? 's' : ''}</option>)}
          </select>
        </label>
      )}
      {isFiltering(filter) && (
        <>
          <span className="em-match-count" role="status">{matches?.size ?? 0} of {map.nodes.length} shown</span>
          <button type="button" onClick={() => ui.setState({ filter: NO_FILTER })}>Show all</button>
        </>
      )}
    </div>
  );
}
