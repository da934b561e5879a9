import { useState } from 'react';
import { useStores } from '../../store/context.ts';
import { CriticalityList } from './CriticalityList.tsx';
import { HealthList } from './HealthList.tsx';
import { RobustnessCurve } from './RobustnessCurve.tsx';
import { ScenarioList } from './ScenarioList.tsx';

const TABS = [['criticality', 'Criticality'], ['health', 'Health'], ['scenarios', 'Scenarios']] as const;
type Tab = (typeof TABS)[number][0];

/** The analysis side panel: criticality of every platform, the map's health, saved scenarios. */
export function AnalysisPanel() {
  const { ui } = useStores();
  const [tab, setTab] = useState<Tab>('criticality');
  return (
    <aside className="em-analysis" aria-label="Analysis">
      <header>
        <h2>Analysis</h2>
        <button type="button" aria-label="Close analysis" onClick={() => ui.setState({ analysisOpen: false, preview: null })}>×</button>
      </header>
      <div role="tablist" aria-label="Analysis views" className="em-tabs">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`em-tab-${id}`} aria-selected={tab === id} aria-controls={`em-tabpanel-${id}`} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`em-tabpanel-${tab}`} aria-labelledby={`em-tab-${tab}`} className="em-tabpanel">
        {tab === 'criticality' && (
          <>
            <CriticalityList />
            <RobustnessCurve />
          </>
        )}
        {tab === 'health' && <HealthList />}
        {tab === 'scenarios' && <ScenarioList />}
      </div>
    </aside>
  );
}
