import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { runCommand } from './commands/registry.ts';
import { MapCanvas } from '../canvas/MapCanvas.tsx';
import { renderSvgTree } from '../canvas/SvgTree.tsx';
import type { EcoMap } from '../model/types.ts';
import { Inspector } from '../panels/Inspector.tsx';
import { KnockOutBanner } from '../panels/KnockOutBanner.tsx';
import { SearchBar } from '../panels/SearchBar.tsx';
import { StoresProvider, useUi } from '../store/context.ts';
import { LEGEND_HEIGHT, LEGEND_WIDTH, legendView } from '../views/legendView.ts';
import { arrowMarker } from '../views/mapView.ts';
import { THEMES } from '../views/theme.ts';
import { AddKindChooser } from './AddKindChooser.tsx';
// The palette and the shortcuts overlay open on a key press and must take the next keys at once.
import { CommandPalette } from './CommandPalette.tsx';
import { HelpOverlay } from './HelpOverlay.tsx';
import { ContextMenu } from './ContextMenu.tsx';
import type { MenuRequest } from './ContextMenu.tsx';
import { Notice } from './Notice.tsx';
const TableView = lazy(() => import('../panels/TableView.tsx').then((m) => ({ default: m.TableView })));
const MapsList = lazy(() => import('../panels/MapsList.tsx').then((m) => ({ default: m.MapsList })));
const AnalysisPanel = lazy(() => import('../panels/analysis/AnalysisPanel.tsx').then((m) => ({ default: m.AnalysisPanel })));
const ExamplesGallery = lazy(() => import('../panels/ExamplesGallery.tsx').then((m) => ({ default: m.ExamplesGallery })));
import { StorageBanner } from './StorageBanner.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useAppStores } from './useAppStores.ts';
import { useCommandContext } from './useCommandContext.ts';
import { useShortcuts } from './useShortcuts.ts';

export function App() {
  const { stores, persistence } = useAppStores();
  return (
    <StoresProvider stores={stores}>
      <Shell stores={stores} persistence={persistence} />
    </StoresProvider>
  );
}

/** The larger dialogs stay out of the first download and are fetched once the map is up. */
function usePrefetchDialogs(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      void import('../panels/TableView.tsx');
      void import('../panels/MapsList.tsx');
    }, 1000);
    return () => clearTimeout(timer);
  }, [ready]);
}

function Shell({ stores, persistence }: ReturnType<typeof useAppStores>) {
  const status = useStore(persistence.status);
  usePrefetchDialogs(status.ready);
  // A tab that follows another tab's map shows it but changes nothing.
  useEffect(() => stores.doc.setState({ readOnly: status.state === 'readonly' }), [stores, status.state]);
  const openMap = useCallback((map: EcoMap) => void persistence.newMap(map), [persistence]);
  const { ctx, setView } = useCommandContext(stores, openMap);
  useShortcuts(ctx);
  const theme = useUi((s) => s.theme);
  const dialog = useUi((s) => s.dialog);
  const analysisOpen = useUi((s) => s.analysisOpen);
  const title = useStore(stores.doc, (s) => s.map.title);
  const unit = useStore(stores.doc, (s) => s.map.unit);
  const [menu, setMenu] = useState<MenuRequest | null>(null);
  const [addAt, setAddAt] = useState<{ at: { x: number; y: number }; client: { x: number; y: number } } | null>(null);
  const close = useCallback(() => stores.ui.setState({ dialog: null }), [stores]);
  const run = useCallback((id: string) => void runCommand(id, ctx), [ctx]);
  const palette = THEMES[theme];

  return (
    <div className={`em-app em-theme-${theme}`}>
      <Toolbar ctx={ctx} title={title} />
      <SearchBar />
      <StorageBanner status={status} persistence={persistence} />
      <div className="em-body">
        {analysisOpen && (
          <Suspense fallback={<aside className="em-analysis" aria-busy="true" />}>
            <AnalysisPanel />
          </Suspense>
        )}
        <main className="em-stage" aria-busy={!status.ready}>
          {status.ready ? (
            <MapCanvas
              key={status.mapId ?? 'memory'}
              onView={setView}
              onContextMenu={setMenu}
              onAddAt={(at, client) => setAddAt({ at, client })}
            />
          ) : (
            <p className="em-loading">{status.message}</p>
          )}
          <KnockOutBanner run={run} />
          <svg className="em-legend" width={LEGEND_WIDTH} height={LEGEND_HEIGHT} role="img" aria-label="Legend: platform, service, partner, external partner, supports, collaborates">
            {renderSvgTree(arrowMarker(palette))}
            {renderSvgTree(legendView(palette, unit))}
          </svg>
        </main>
        <Inspector />
      </div>
      <Notice ui={stores.ui} />
      {menu && <ContextMenu ctx={ctx} request={menu} onClose={() => setMenu(null)} />}
      {(addAt || dialog === 'add-kind') && (
        <AddKindChooser ctx={ctx} at={addAt?.at} client={addAt?.client} onClose={() => (setAddAt(null), close())} />
      )}
      <Suspense fallback={null}>
      {dialog === 'palette' && <CommandPalette ctx={ctx} onClose={close} />}
      {dialog === 'help' && <HelpOverlay onClose={close} />}
      {dialog === 'table' && <TableView onClose={close} />}
      {dialog === 'examples' && <ExamplesGallery onOpen={(map) => (close(), openMap(map))} onClose={close} />}
      {dialog === 'maps' && (
        <div className="em-dialog" role="dialog" aria-modal="true" aria-label="Your maps">
          <MapsList persistence={persistence} onClose={close} />
        </div>
      )}
      </Suspense>
    </div>
  );
}
