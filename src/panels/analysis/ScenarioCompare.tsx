import { scenarioFigures } from '../../analysis/scenarioFigures.ts';
import type { ScenarioFigures } from '../../analysis/scenarioFigures.ts';
import type { Scenario } from '../../model/types.ts';
import { useDoc } from '../../store/context.ts';
import { formatValue } from '../../views/formatValue.ts';

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** A scenario beside the untouched map: the figures, and the nodes whose state differs. */
export function ScenarioCompare({ scenario, onClose }: { scenario: Scenario; onClose: () => void }) {
  const map = useDoc((s) => s.map);
  const base = scenarioFigures(map);
  const with_ = scenarioFigures(map, scenario.removed);
  const names = new Map(map.nodes.map((n) => [n.id, n.name]));
  const rows: [string, (f: ScenarioFigures) => string, (f: ScenarioFigures) => number][] = [
    ['Silos', (f) => String(f.silos), (f) => f.silos],
    ['Stranded nodes', (f) => String(f.stranded.length), (f) => f.stranded.length],
    ['Value at risk', (f) => formatValue(f.valueAtRisk, map.unit), (f) => f.valueAtRisk],
    ['Supported value', (f) => `${formatValue(f.supportedValue, map.unit)} (${percent(f.supportedShare)})`, (f) => f.supportedShare],
  ];
  const list = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
  return (
    <section className="em-compare" aria-label={`Compare ${scenario.name} with the baseline`}>
      <h3>{scenario.name} against the baseline</h3>
      <table>
        <thead>
          <tr><th scope="col">Figure</th><th scope="col">Baseline</th><th scope="col">{scenario.name}</th></tr>
        </thead>
        <tbody>
          {rows.map(([label, show, raw]) => (
            <tr key={label} className={raw(base) !== raw(with_) ? 'em-changed' : undefined}>
              <th scope="row">{label}</th>
              <td>{show(base)}</td>
              <td>{show(with_)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Nodes that change</h4>
      <ul className="em-changes">
        <li><strong>Knocked out ({with_.removed.length}):</strong> {list(with_.removed) || 'none'}</li>
        <li><strong>Stranded ({with_.stranded.length}):</strong> {list(with_.stranded) || 'none'}</li>
      </ul>
      <button type="button" onClick={onClose}>Close comparison</button>
    </section>
  );
}
