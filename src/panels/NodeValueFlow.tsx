import type { MapNode } from '../model/types.ts';
import { criticalityById, flowOf } from '../store/analysisCache.ts';
import { useDoc, useUi } from '../store/context.ts';
import { shownKnockOut } from '../store/uiStore.ts';
import { formatValue } from '../views/formatValue.ts';

const TOP = 5;

/**
 * One node's part in the value flow: its own value, the value it enables (passed up to it from
 * what it supports) and the total, the nodes that pass it the most, and what knocking it out
 * alone would do.
 */
export function NodeValueFlow({ node }: { node: MapNode }) {
  const map = useDoc((s) => s.map);
  const shown = useUi(shownKnockOut);
  const flow = flowOf(map, shown);
  const mine = flow.nodes.get(node.id);
  const risk = criticalityById(map).get(node.id);
  const names = new Map(map.nodes.map((n) => [n.id, n.name]));
  const from: [string, number][] = [];
  map.links.forEach((link, k) => {
    if (link.source === node.id && flow.linkFlow[k]! > 0) from.push([link.target, flow.linkFlow[k]!]);
  });
  from.sort((a, b) => b[1] - a[1]);
  const v = (n: number) => formatValue(n, map.unit);
  return (
    <section className="em-node-flow" aria-label="Value flow">
      <h3>Value</h3>
      {mine ? (
        <dl>
          <dt>Own</dt><dd>{v(mine.value)}</dd>
          <dt>Enabled</dt><dd>{v(mine.enabled)}</dd>
          <dt>Total</dt><dd>{v(mine.total)}</dd>
        </dl>
      ) : (
        <p className="em-hint">Knocked out: no value flows through it.</p>
      )}
      {from.length > 0 && (
        <>
          <h4>Largest contributors</h4>
          <ol>
            {from.slice(0, TOP).map(([id, amount]) => <li key={id}>{names.get(id) ?? id}: {v(amount)}</li>)}
          </ol>
        </>
      )}
      {risk && (risk.stranded > 0 || risk.articulation) && (
        <p className="em-node-risk">
          Knocking it out alone strands {risk.stranded} {risk.stranded === 1 ? 'node' : 'nodes'} ({v(risk.valueAtRisk)} at risk)
          {risk.articulation ? ` and splits off ${risk.siloDelta} more ${risk.siloDelta === 1 ? 'silo' : 'silos'}` : ''}.
        </p>
      )}
    </section>
  );
}
