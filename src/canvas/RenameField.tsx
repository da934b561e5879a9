import { useEffect, useRef, useState } from 'react';
import { lookupOf } from '../model/lookup.ts';
import { updateNode } from '../model/nodes.ts';
import { useDoc, useStores, useUi } from '../store/context.ts';
import { commit } from '../store/documentStore.ts';
import { notify } from '../store/uiStore.ts';
import type { ZoomController } from './zoomController.ts';

/** Renames a node in place: Enter or leaving the field keeps the name, Escape drops it. */
export function RenameField({ zoom }: { zoom: ZoomController | null }) {
  const stores = useStores();
  const id = useUi((s) => s.renaming);
  const node = useDoc((s) => (id ? lookupOf(s.map).nodes.get(id) : undefined));
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);

  useEffect(() => {
    if (!node) return;
    setText(node.name);
    done.current = false;
    requestAnimationFrame(() => input.current?.select());
    // Only when another node starts being renamed, not on every edit of this one.
  }, [id]);

  if (!id || !node || !zoom) return null;
  const p = stores.live.get(id) ?? { x: node.x ?? 0, y: node.y ?? 0 };
  const screen = zoom.toScreen(p.x, p.y);
  const box = (input.current?.offsetParent as HTMLElement | null)?.getBoundingClientRect() ?? { left: 0, top: 0 };

  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    const name = text.trim();
    if (keep && name && name !== node.name) commit(stores.doc, 'Rename', (m) => updateNode(m, id, { name }));
    if (keep && !name) notify(stores.ui, 'A node needs a name; the old one was kept.', 'error');
    stores.ui.setState({ renaming: null });
    document.querySelector<SVGGElement>(`[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  };

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
