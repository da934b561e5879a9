import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { lookupOf } from '../model/lookup.ts';
import type { MapNode } from '../model/types.ts';
import { updateNode } from '../model/nodes.ts';
import { useDoc, useStores, useUi } from '../store/context.ts';
import { commit } from '../store/documentStore.ts';
import { notify } from '../store/uiStore.ts';
import type { ZoomController } from './zoomController.ts';

/** Renames a node in place: Enter or leaving the field keeps the name, Escape drops it. */
export function RenameField({ zoom }: { zoom: ZoomController | null }) {
  const id = useUi((s) => s.renaming);
  const node = useDoc((s) => (id ? lookupOf(s.map).nodes.get(id) : undefined));
  if (!id || !node || !zoom) return null;
  // A field of its own per node: what was typed for one node can never be kept for the next.
  return <NameInput key={id} id={id} node={node} zoom={zoom} />;
}

function NameInput({ id, node, zoom }: { id: string; node: MapNode; zoom: ZoomController }) {
  const stores = useStores();
  const [text, setText] = useState(node.name);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  const finishing = useRef<(keep: boolean, refocus: boolean) => void>(() => {});

  // Focused as soon as it is in the page, not a frame later: a click elsewhere straight after
  // adding the node then leaves the field, as it should.
  useLayoutEffect(() => {
    input.current?.focus({ preventScroll: true });
    input.current?.select();
  }, []);
  // Another node taken to rename before this field was left (a node added meanwhile): what was
  // typed here is kept for this node, and the focus stays with the new field.
  useEffect(() => stores.ui.subscribe((s) => s.renaming !== id && finishing.current(true, false)), [stores, id]);

  const p = stores.live.get(id) ?? { x: node.x ?? 0, y: node.y ?? 0 };
  const screen = zoom.toScreen(p.x, p.y);
  const box = (input.current?.offsetParent as HTMLElement | null)?.getBoundingClientRect() ?? { left: 0, top: 0 };

  const finish = (keep: boolean, refocus = true) => {
    if (done.current) return;
    done.current = true;
    const name = text.trim();
    if (keep && name && name !== node.name) commit(stores.doc, 'Rename', (m) => updateNode(m, id, { name }));
    if (keep && !name) notify(stores.ui, 'A node needs a name; the old one was kept.', 'error');
    if (stores.ui.getState().renaming === id) stores.ui.setState({ renaming: null });
    if (refocus) document.querySelector<SVGGElement>(`[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  };
  finishing.current = finish;

  return (
    <input
      ref={input}
      className="em-rename"
      aria-label={`Name of ${node.kind}`}
      value={text}
      maxLength={200}
      style={{ left: screen.x - box.left, top: screen.y - box.top }}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}
