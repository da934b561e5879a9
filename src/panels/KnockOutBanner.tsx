import { useDeferredValue } from 'react';
import { lookupOf } from '../model/lookup.ts';
import type { EcoMap } from '../model/types.ts';
import { desiloOf, knockOutOf } from '../store/analysisCache.ts';
import { useDoc, useUi } from '../store/context.ts';
import { NONE, shownKnockOut } from '../store/uiStore.ts';
import { formatValue } from '../views/formatValue.ts';

/** Silos before any knock-out: the components of the whole map, from the shared analysis cache. */
const silosBefore = (map: EcoMap): number => knockOutOf(map, NONE).components.length;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * What the knock-out shown does, in one line: silos before → after, stranded nodes and the value
 * at risk in the map's unit. The exact figures are also on data attributes, for tests and tools.
 */
export function KnockOutBanner({ run }: { run: (command: string) => void }) {
  const map = useDoc((s) => s.map);
  const shown = useUi(shownKnockOut);
  const previewing = useUi((s) => s.preview !== null);
  const readOnly = useDoc((s) => s.readOnly);
  // The best fix can follow a frame after the figures.
  const later = useDeferredValue(previewing || readOnly ? null : shown);
  if (!shown.size) return null;
  const result = knockOutOf(map, shown);
  if (!result.removed.length) return null;
  const { nodes } = lookupOf(map);
  const nameOf = (id: string) => nodes.get(id)?.name ?? id;
  const before = silosBefore(map);
  const after = result.components.length;
  const out = result.removed.map(nameOf);
  const fix = later && later === shown ? desiloOf(map, later) : null;
  return (
    <section
      className={`em-knockout-banner${previewing ? ' em-previewing' : ''}`}
      aria-label="Knock-out"
      role="status"
      data-silos-before={before}
      data-silos-after={after}
      data-stranded={result.stranded.length}
      data-value-at-risk={result.valueAtRisk}
    >
      <span className="em-ko-what">
        {previewing ? 'Preview: without ' : 'Without '}
        <strong>{out.length > 3 ? `${out.slice(0, 3).join(', ')} and ${out.length - 3} more` : out.join(', ')}</strong>
      </span>
      <span className="em-ko-figure">
        Silos <strong>{before}</strong> → <strong>{after}</strong>
        {after !== before && <span className="em-ko-delta"> ({after > before ? '+' : ''}{after - before})</span>}
      </span>
      <span className="em-ko-figure"><strong>{plural(result.stranded.length, 'node')}</strong> stranded</span>
      <span className="em-ko-figure"><strong>{formatValue(result.valueAtRisk, map.unit)}</strong> at risk</span>
      {!previewing && (
        <span className="em-ko-actions">
          {!readOnly && <button type="button" onClick={() => run('scenario.save')}>Save as scenario</button>}
          <button type="button" onClick={() => run('knockout.restore')}>Restore all</button>
        </span>
      )}
      {fix && (
        <span className="em-ko-fix" data-source={fix.source} data-target={fix.target} data-recovered={fix.recoveredValue}>
          Best single fix: let <strong>{nameOf(fix.source)}</strong> support <strong>{nameOf(fix.target)}</strong>
          {' '}— wins back {formatValue(fix.recoveredValue, map.unit)} ({plural(fix.recoveredCount, 'node')}).{' '}
          <button type="button" onClick={() => run('desilo.apply')}>Add this link</button>
        </span>
      )}
    </section>
  );
}
