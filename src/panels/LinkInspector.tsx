import { linkKey, reverseLink, updateLink } from '../model/links.ts';
import { lookupOf } from '../model/lookup.ts';
import type { LinkKind, MapLink } from '../model/types.ts';
import { useDoc, useStores } from '../store/context.ts';
import { commit } from '../store/documentStore.ts';
import { notify, select } from '../store/uiStore.ts';
import { DraftField } from './DraftField.tsx';

/** One link: its kind, weight and direction. */
export function LinkInspector({ link }: { link: MapLink }) {
  const { doc, ui } = useStores();
  const key = linkKey(link);
  const names = useDoc((s) => lookupOf(s.map).nodes);
  const name = (id: string) => names.get(id)?.name ?? id;
  const change = (intent: string, next: MapLink, apply: (m: Parameters<typeof updateLink>[0]) => ReturnType<typeof updateLink>) => {
    if (!commit(doc, intent, apply)) return notify(ui, 'Another link already joins these nodes that way.', 'error');
    select(ui, [], [linkKey(next)]);
  };
  return (
    <form className="em-inspector-form" aria-label="Link" onSubmit={(e) => e.preventDefault()}>
      <p className="em-link-ends">
        <strong>{name(link.source)}</strong> {link.kind === 'supports' ? 'supports' : 'collaborates with'} <strong>{name(link.target)}</strong>
      </p>
      <div className="em-field">
        <label htmlFor="em-link-kind">Kind</label>
        <select id="em-link-kind" value={link.kind} onChange={(e) => {
          const kind = e.target.value as LinkKind;
          change('Switch link kind', { ...link, kind }, (m) => updateLink(m, key, { kind }));
        }}>
          <option value="supports">supports (lifts the other up)</option>
          <option value="collaborates">collaborates (peers)</option>
        </select>
      </div>
      <DraftField label="Weight" type="number" value={String(link.weight)} hint="How much of the supported node's value flows through this link, relative to its other supporters" onCommit={(text) => {
        const weight = Number(text);
        if (!Number.isFinite(weight) || weight <= 0) return 'Enter a number greater than 0.';
        commit(doc, 'Change weight', (m) => updateLink(m, key, { weight }));
      }} />
      {link.kind === 'supports' && (
        <button type="button" onClick={() => change('Reverse link', { ...link, source: link.target, target: link.source }, (m) => reverseLink(m, key))}>
          Reverse direction
        </button>
      )}
    </form>
  );
}
