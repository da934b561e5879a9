import { useMemo, useState } from 'react';
import type { Criticality } from '../../analysis/index.ts';
import { criticalityOf } from '../../store/analysisCache.ts';
import { useDoc, useStores, useUi } from '../../store/context.ts';
import { applyKnockOut, previewKnockOut } from '../../store/knockOutActions.ts';
import { formatValue } from '../../views/formatValue.ts';

type SortKey = 'valueAtRisk' | 'stranded' | 'siloDelta';
const SHOWN = 40;

const COLUMNS: readonly [SortKey, string][] = [['valueAtRisk', 'Value at risk'], ['stranded', 'Stranded'], ['siloDelta', 'Silos +']];

function ranked(rows: readonly Criticality[], key: SortKey): Criticality[] {
  // The analysis ranks by value at risk; other columns re-sort, ties kept in that order.
  return key === 'valueAtRisk' ? [...rows] : [...rows].sort((a, b) => b[key] - a[key]);
}

/**
 * Platforms ranked by what knocking each one out alone would do. Resting on a row previews that
 * knock-out on the map; choosing it applies it (choosing the active one again restores).
 */
export function CriticalityList() {
  const { ui } = useStores();
  const map = useDoc((s) => s.map);
  const active = useUi((s) => s.knockedOut);
  const [sort, setSort] = useState<SortKey>('valueAtRisk');
  const [all, setAll] = useState(false);
  const rows = useMemo(() => {
    const kinds = new Map(map.nodes.map((n) => [n.id, n]));
    return ranked(criticalityOf(map).filter((c) => kinds.get(c.id)?.kind === 'platform'), sort).map((c) => ({ ...c, name: kinds.get(c.id)!.name }));
  }, [map, sort]);
  if (!rows.length) return <p className="em-empty">No platforms on this map yet. Add one with <kbd>Shift+P</kbd>.</p>;
  const shown = all ? rows : rows.slice(0, SHOWN);
  const only = active.size === 1 ? [...active][0] : undefined;
  return (
    <div className="em-criticality">
      <table>
        <caption>What knocking out each platform alone would do{map.unit ? ` (value in ${map.unit})` : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Platform</th>
            {COLUMNS.map(([key, label]) => (
              <th scope="col" key={key} aria-sort={sort === key ? 'descending' : 'none'}>
                <button type="button" className="em-linkish" onClick={() => setSort(key)}>{label}</button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody onMouseLeave={() => previewKnockOut(ui, null)}>
          {shown.map((row) => (
            <tr key={row.id} className={only === row.id ? 'em-active' : undefined} data-id={row.id}>
              <th scope="row">
                <button
                  type="button"
                  className="em-row-button"
                  aria-pressed={only === row.id}
                  title={only === row.id ? 'Restore it' : 'Knock it out'}
                  onMouseEnter={() => previewKnockOut(ui, [row.id])}
                  onFocus={() => previewKnockOut(ui, [row.id])}
                  onBlur={() => previewKnockOut(ui, null)}
                  onClick={() => applyKnockOut(ui, only === row.id ? [] : [row.id])}
                >
                  {row.name}
                  {row.articulation && <span className="em-badge" title="Articulation point: knocking it out splits the map"> splits</span>}
                  {(row.stranded > 0 || row.articulation) && <span className="em-spof-mark" title="Single point of failure"> !</span>}
                </button>
              </th>
              <td title={formatValue(row.valueAtRisk, map.unit)}>{formatValue(row.valueAtRisk, undefined, { compact: true })}</td>
              <td>{row.stranded}</td>
              <td>{row.siloDelta > 0 ? `+${row.siloDelta}` : row.siloDelta}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && (
        <button type="button" onClick={() => setAll(!all)}>{all ? `Show the top ${SHOWN}` : `Show all ${rows.length} platforms`}</button>
      )}
    </div>
  );
}
