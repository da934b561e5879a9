import { useState } from 'react';
import { MapCanvas } from '../canvas/MapCanvas.tsx';
import { renderSvgTree } from '../canvas/SvgTree.tsx';
import { LEGEND_HEIGHT, LEGEND_WIDTH, legendView } from '../views/legendView.ts';
import { arrowMarker } from '../views/mapView.ts';
import { THEMES } from '../views/theme.ts';
import type { ThemeName } from '../views/theme.ts';
import { useExampleMap, useExamples } from './examplesQuery.ts';

export function App() {
  const [theme, setTheme] = useState<ThemeName>(() => (matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  const [exampleId, setExampleId] = useState<string>();
  const examples = useExamples();
  const entry = examples.data?.find((e) => e.id === exampleId) ?? examples.data?.[0];
  const map = useExampleMap(entry);
  const palette = THEMES[theme];
  const error = examples.error ?? map.error;

  return (
    <div className={`em-app em-theme-${theme}`}>
      <header className="em-toolbar">
        <h1>Ecosystem Mapper</h1>
        <span className="em-title">{map.data?.title}</span>
        <label>
          Example{' '}
          <select value={entry?.id ?? ''} onChange={(e) => setExampleId(e.target.value)} disabled={!examples.data}>
            {examples.data?.map((e) => (
              <option key={e.id} value={e.id}>{e.title}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}>
          {theme === 'light' ? 'Dark theme' : 'Light theme'}
        </button>
      </header>
      <main className="em-stage">
        {error && <p role="alert" className="em-error">{error.message}</p>}
        {!error && !map.data && <p className="em-loading">Loading the example map…</p>}
        {map.data && <MapCanvas map={map.data} palette={palette} />}
        {map.data && (
          <svg className="em-legend" width={LEGEND_WIDTH} height={LEGEND_HEIGHT} aria-label="Legend">
            {renderSvgTree(arrowMarker(palette))}
            {renderSvgTree(legendView(palette, map.data.unit))}
          </svg>
        )}
        <p className="em-hint">Drag to pan · scroll to zoom</p>
      </main>
    </div>
  );
}
