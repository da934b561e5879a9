import { useStores, useUi } from '../../store/context.ts';
import type { SideTab } from '../../store/uiStore.ts';
import { CriticalityList } from './CriticalityList.tsx';
import { HealthList } from './HealthList.tsx';
import { RobustnessCurve } from './RobustnessCurve.tsx';
import { ScenarioList } from './ScenarioList.tsx';
import { ScenesList } from './ScenesList.tsx';

const TABS: readonly [SideTab, string][] = [['criticality', 'Criticality'], ['health', 'Health'], ['scenarios', 'Scenarios'], ['scenes', 'Scenes']];

/** The side panel: criticality of every platform, the map's health, saved scenarios, and scenes to present. */
export function AnalysisPanel({ onPresent }: { onPresent: (index: number) => void }) {
  const { ui } = useStores();
  const tab = useUi((s) => s.sideTab);
  const setTab = (sideTab: SideTab) => ui.setState({ sideTab });
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
        {tab === 'scenes' && <ScenesList onPresent={onPresent} />}
      </div>
    </aside>
  );
}
