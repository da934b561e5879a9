import { lookupOf } from '../model/lookup.ts';
import { useDoc, useStores } from '../store/context.ts';
import { select } from '../store/uiStore.ts';

/** The map as two tables, for screen readers and for checking the data at a glance. */
export function TableView({ onClose }: { onClose: () => void }) {
  const { ui } = useStores();
  const map = useDoc((s) => s.map);
  const names = lookupOf(map).nodes;
  const unit = map.unit ? ` (${map.unit})` : '';
  return (
    <div className="em-dialog em-table" role="dialog" aria-modal="true" aria-labelledby="em-table-title">
      <div className="em-dialog-head">
        <h2 id="em-table-title">{map.title}: nodes and links</h2>
        <button type="button" autoFocus onClick={onClose}>Close</button>
      </div>
      <div className="em-table-scroll">
        <table>
          <caption>{map.nodes.length} nodes</caption>
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Value{unit}</th><th scope="col">Owner</th><th scope="col">Tags</th></tr>
          </thead>
          <tbody>
            {map.nodes.map((n) => (
              <tr key={n.id}>
                <th scope="row"><button type="button" className="em-linkish" onClick={() => (select(ui, [n.id]), onClose())}>{n.name}</button></th>
                <td>{n.kind}{n.scope ? ` (${n.scope})` : ''}</td>
                <td>{n.value.toLocaleString()}</td>
                <td>{n.owner ?? ''}</td>
                <td>{n.tags?.join(', ') ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>{map.links.length} links</caption>
          <thead>
            <tr><th scope="col">From</th><th scope="col">Relation</th><th scope="col">To</th><th scope="col">Weight</th></tr>
          </thead>
          <tbody>
            {map.links.map((l, i) => (
              <tr key={i}>
                <td>{names.get(l.source)?.name ?? l.source}</td>
                <td>{l.kind === 'supports' ? 'supports' : 'collaborates with'}</td>
                <td>{names.get(l.target)?.name ?? l.target}</td>
                <td>{l.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
