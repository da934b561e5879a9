import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { runCommand } from './commands/registry.ts';
import { loadClipboardIo } from './clipboard.ts';
import { MapCanvas } from '../canvas/MapCanvas.tsx';
import { renderSvgTree } from '../canvas/SvgTree.tsx';
import type { EcoMap } from '../model/types.ts';
import { Inspector } from '../panels/Inspector.tsx';
import { KnockOutBanner } from '../panels/KnockOutBanner.tsx';
import type { SharedMap } from '../io/shareLink.ts';
import { notify } from '../store/uiStore.ts';
import { useFileImport } from './useFileImport.ts';
import { startPresenting } from '../store/presentActions.ts';
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
// What shows only after the user asks for it is fetched then (or prefetched once the map is up):
// presenting, the presenter's window, a file's or a share link's preview, the larger dialogs.
const PresentMode = lazy(() => import('../present/PresentMode.tsx').then((m) => ({ default: m.PresentMode })));
const PresenterWindow = lazy(() => import('../present/PresenterWindow.tsx').then((m) => ({ default: m.PresenterWindow })));
const ImportPreview = lazy(() => import('../panels/files/ImportPreview.tsx').then((m) => ({ default: m.ImportPreview })));
const SharedMapDialog = lazy(() => import('../panels/files/SharedMapDialog.tsx').then((m) => ({ default: m.SharedMapDialog })));
const TableView = lazy(() => import('../panels/TableView.tsx').then((m) => ({ default: m.TableView })));
const MapsList = lazy(() => import('../panels/MapsList.tsx').then((m) => ({ default: m.MapsList })));
const UrlImport = lazy(() => import('../panels/files/UrlImport.tsx').then((m) => ({ default: m.UrlImport })));
const ExportDialog = lazy(() => import('../panels/files/ExportDialog.tsx').then((m) => ({ default: m.ExportDialog })));
const AnalysisPanel = lazy(() => import('../panels/analysis/AnalysisPanel.tsx').then((m) => ({ default: m.AnalysisPanel })));
const ExamplesGallery = lazy(() => import('../panels/ExamplesGallery.tsx').then((m) => ({ default: m.ExamplesGallery })));
import { StorageBanner } from './StorageBanner.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useAppStores } from './useAppStores.ts';
import { useCommandContext } from './useCommandContext.ts';
import { useShortcuts } from './useShortcuts.ts';

const isPresenterWindow = typeof location !== 'undefined' && new URLSearchParams(location.search).has('presenter');

/** The presenter's window: no editor, the map it follows from the audience window's tab. */
function PresenterShell({ persistence }: { persistence: ReturnType<typeof useAppStores>['persistence'] }) {
  const status = useStore(persistence.status);
  if (!status.ready) return <p className="em-loading">{status.message}</p>;
  return (
    <Suspense fallback={<p className="em-loading">Opening the presenter view…</p>}>
      <PresenterWindow mapId={status.mapId ?? 'memory'} />
    </Suspense>
  );
}

export function App() {
  const { stores, persistence } = useAppStores();
  return (
    <StoresProvider stores={stores}>
      {isPresenterWindow ? <PresenterShell persistence={persistence} /> : <Shell stores={stores} persistence={persistence} />}
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
      void import('../panels/files/ImportPreview.tsx');
      void import('../present/PresentMode.tsx');
      void loadClipboardIo();
    }, 1000);
    return () => clearTimeout(timer);
  }, [ready]);
}

/** `?present=3` opens the map straight into its third scene, once the map is up. */
function useStartPresentingFromLink(stores: ReturnType<typeof useAppStores>['stores'], ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const scene = new URLSearchParams(location.search).get('present');
    if (scene === null) return;
    startPresenting(stores.ui, Math.max(0, (Number.parseInt(scene, 10) || 1) - 1));
  }, [stores, ready]);
}

/** A share link's map in the address; the decoder loads only when there is one. */
async function sharedFromLink(): Promise<SharedMap | undefined> {
  if (typeof location === 'undefined' || !location.hash.includes('map=')) return undefined;
  return (await import('../io/shareLink.ts')).mapFromHash(location.hash);
}

/** The presenter's own window: the scene, the next one, the notes and a timer. */
function openPresenterView(): void {
  const url = new URL(location.href);
  url.searchParams.delete('present');
  url.searchParams.set('presenter', '1');
  window.open(url.toString(), 'ecomap-presenter', 'width=1100,height=720');
}

function Shell({ stores, persistence }: ReturnType<typeof useAppStores>) {
  const status = useStore(persistence.status);
  usePrefetchDialogs(status.ready);
  // A tab that follows another tab's map shows it but changes nothing.
  useEffect(() => stores.doc.setState({ readOnly: status.state === 'readonly' }), [stores, status.state]);
  const openMap = useCallback((map: EcoMap) => void persistence.newMap(map), [persistence]);
  const { ctx, setView } = useCommandContext(stores, openMap);
  const files = useFileImport(stores.ui);
  const importText = files.importText;
  useShortcuts(ctx, useCallback((text: string) => void importText(text, 'The pasted text'), [importText]));
  const [shared, setShared] = useState<SharedMap | undefined>(undefined);
  useEffect(() => {
    // Read now, and again when a link pasted into this tab's address bar changes only the hash.
    const read = () => void sharedFromLink().then(setShared);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  useEffect(() => {
    if (shared && !shared.ok) {
      notify(stores.ui, shared.error, 'error');
      setShared(undefined);
    }
  }, [shared, stores]);
  const closeShared = () => {
    history.replaceState(null, '', location.pathname + location.search);
    setShared(undefined);
  };
  const theme = useUi((s) => s.theme);
  const dialog = useUi((s) => s.dialog);
  const analysisOpen = useUi((s) => s.analysisOpen);
  const presenting = useUi((s) => s.presenting !== null);
  const labels = useUi((s) => s.overlays.labels);
  const present = useCallback((index: number) => {
    startPresenting(stores.ui, index);
    void document.documentElement.requestFullscreen?.().catch(() => {});
  }, [stores]);
  const mapKey = status.mapId ?? 'memory';
  useStartPresentingFromLink(stores, status.ready);
  const title = useStore(stores.doc, (s) => s.map.title);
  const unit = useStore(stores.doc, (s) => s.map.unit);
  const [menu, setMenu] = useState<MenuRequest | null>(null);
  const [addAt, setAddAt] = useState<{ at: { x: number; y: number }; client: { x: number; y: number } } | null>(null);
  const close = useCallback(() => stores.ui.setState({ dialog: null }), [stores]);
  const run = useCallback((id: string) => void runCommand(id, ctx), [ctx]);
  const palette = THEMES[theme];

  return (
    <div className={`em-app em-theme-${theme}${presenting ? ' em-presenting' : ''}${labels ? '' : ' em-no-labels'}`}>
      <Toolbar ctx={ctx} title={title} />
      <SearchBar />
      <StorageBanner status={status} persistence={persistence} />
      <div className="em-body">
        {analysisOpen && (
          <Suspense fallback={<aside className="em-analysis" aria-busy="true" />}>
            <AnalysisPanel onPresent={present} />
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
          {presenting && (
            <Suspense fallback={null}>
              <PresentMode view={ctx.view} mapId={mapKey} onPresenterView={() => openPresenterView()} />
            </Suspense>
          )}
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
      <input
        id="em-file-input"
        type="file"
        hidden
        accept=".json,.csv,.tsv,.txt,.yaml,.yml,.svg,.png,application/json,text/csv,image/svg+xml,image/png"
        onChange={(e) => {
          if (e.target.files) files.importFiles(e.target.files);
          e.target.value = '';
        }}
      />
      <Suspense fallback={null}>
      {files.incoming && (
        <ImportPreview
          result={files.incoming.result}
          source={files.incoming.source}
          onOpen={() => (openMap(files.incoming!.result.map), files.clear())}
          onCancel={files.clear}
        />
      )}
      {shared?.ok && status.ready && (
        <SharedMapDialog
          map={shared.map}
          onOpen={() => {
            openMap(shared.map);
            closeShared();
            // A link to a scene opens the presentation there.
            const at = shared.scene === undefined ? -1 : (shared.map.scenes ?? []).findIndex((s) => s.id === shared.scene);
            if (at >= 0) present(at);
          }}
          onClose={closeShared}
        />
      )}
      {dialog === 'export' && <ExportDialog onClose={close} />}
      {dialog === 'import-url' && <UrlImport onResult={(result, source) => (close(), files.show(result, source))} onClose={close} />}
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
