import { useState } from 'react';
import { removeScenario, renameScenario, scenariosOf } from '../../model/scenarios.ts';
import { commit } from '../../store/documentStore.ts';
import { useDoc, useStores, useUi } from '../../store/context.ts';
import { applyKnockOut, saveScenario } from '../../store/knockOutActions.ts';
import { ScenarioCompare } from './ScenarioCompare.tsx';

const sameIds = (a: ReadonlySet<string>, b: readonly string[]) => a.size === b.length && b.every((id) => a.has(id));

/** The map's saved knock-outs: save the active one, rename, apply, compare with the baseline, delete. */
export function ScenarioList() {
  const { doc, ui } = useStores();
  const scenarios = useDoc((s) => scenariosOf(s.map));
  const names = useDoc((s) => s.map.nodes);
  const readOnly = useDoc((s) => s.readOnly);
  const active = useUi((s) => s.knockedOut);
  const [comparing, setComparing] = useState<string | null>(null);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const compared = scenarios.find((s) => s.id === comparing);
  return (
    <div className="em-scenarios">
      <p className="em-hint">
        A scenario is a knock-out kept with the map. {active.size ? '' : 'Knock out one or more nodes (select them, press K) to save one.'}
      </p>
      <button type="button" disabled={!active.size || readOnly} onClick={() => saveScenario(doc, ui)}>Save the current knock-out</button>
      {scenarios.length === 0 ? (
        <p className="em-empty">No scenarios yet.</p>
      ) : (
        <ul className="em-scenario-list" aria-label="Scenarios">
          {scenarios.map((s) => {
            const on = sameIds(active, s.removed);
            return (
              <li key={s.id} className={on ? 'em-active' : undefined}>
                <input
                  aria-label={`Name of scenario ${s.name}`}
                  defaultValue={s.name}
                  readOnly={readOnly}
                  onBlur={(e) => {
                    const name = e.currentTarget.value.trim();
                    if (!name) e.currentTarget.value = s.name;
                    else commit(doc, 'Rename scenario', (m) => renameScenario(m, s.id, name));
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') e.currentTarget.blur();
                    if (e.key === 'Escape') (e.currentTarget.value = s.name), e.currentTarget.blur();
                  }}
                />
                <span className="em-hint">Without {s.removed.map((id) => nameOf.get(id) ?? id).join(', ') || 'nothing'}</span>
                <span className="em-scenario-actions">
                  <button type="button" aria-pressed={on} onClick={() => applyKnockOut(ui, on ? [] : s.removed)}>{on ? 'Restore' : 'Apply'}</button>
                  <button type="button" aria-pressed={comparing === s.id} onClick={() => setComparing(comparing === s.id ? null : s.id)}>Compare</button>
                  <button
                    type="button"
                    disabled={readOnly}
                    aria-label={`Delete scenario ${s.name}`}
                    onClick={() => {
                      if (comparing === s.id) setComparing(null);
                      commit(doc, 'Delete scenario', (m) => removeScenario(m, s.id));
                    }}
                  >
                    Delete
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {compared && <ScenarioCompare scenario={compared} onClose={() => setComparing(null)} />}
    </div>
  );
}
