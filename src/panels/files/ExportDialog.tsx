import { useMemo, useState } from 'react';
import { renderSvgTree } from '../../canvas/SvgTree.tsx';
import { exportPng } from '../../canvas/exportPng.ts';
import { DEFAULT_EXPORT_OPTIONS, exportSvg, exportTree } from '../../io/export/index.ts';
import type { ExportInput, ExportOptions } from '../../io/export/index.ts';
import { pngScale } from '../../io/export/pngScale.ts';
import { mapFilename, saveFileInBrowser } from '../../store/persist/downloadMap.ts';
import { useDoc, useStores, useUi } from '../../store/context.ts';
import { notify } from '../../store/uiStore.ts';

type Format = 'svg' | 'png';
const SCALES = [1, 2, 3] as const;

/** After the next paint: the busy state shows before a PNG is drawn, which holds the page for a large map. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const fileName = (title: string, ext: string) => mapFilename(title).replace(/\.json$/, `.${ext}`);

/**
 * Export as SVG or PNG with a live preview drawn by the same views as the file. Every choice
 * shows at once in the preview; nothing on the map changes.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { ui, live } = useStores();
  const map = useDoc((s) => s.map);
  const knockedOut = useUi((s) => s.knockedOut);
  const flowOn = useUi((s) => s.flow);
  const selection = useUi((s) => s.selection.nodes);
  const theme = useUi((s) => (s.theme === 'dark' ? 'dark' : 'light'));
  const [format, setFormat] = useState<Format>('svg');
  const [scale, setScale] = useState<(typeof SCALES)[number]>(2);
  const [busy, setBusy] = useState(false);
  const [options, setOptions] = useState<ExportOptions>({
    ...DEFAULT_EXPORT_OPTIONS,
    background: theme,
    knockOut: knockedOut.size > 0,
    flow: flowOn,
  });
  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) => setOptions((o) => ({ ...o, [key]: value }));
  const input: ExportInput = useMemo(
    () => ({ map, positions: live.snapshot(), removed: knockedOut, selection, theme }),
    [map, live, knockedOut, selection, theme],
  );
  const preview = useMemo(() => exportTree(input, options), [input, options]);
  // What a PNG at this scale comes to: a large map at 2× is tens of megapixels, slow to draw.
  const pngSize = pngScale(preview.box.width, preview.box.height, scale);

  const download = async () => {
    setBusy(true);
    try {
      if (format === 'svg') {
        saveFileInBrowser(new Blob([exportSvg(input, options)], { type: 'image/svg+xml' }), fileName(map.title, 'svg'));
      } else {
        await painted();
        const png = await exportPng(input, options, scale);
        saveFileInBrowser(png.blob, fileName(map.title, 'png'));
        if (png.clamped) notify(ui, `The picture was too large for this browser at ${scale}×; it was saved at ${png.scale.toFixed(2)}× (${png.width} × ${png.height} pixels).`);
      }
    } catch (error) {
      notify(ui, `The export failed (${error instanceof Error ? error.message : 'no reason given'}). Try a smaller scale or the SVG.`, 'error');
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    setBusy(true);
    try {
      const svg = exportSvg(input, options);
      const items: Record<string, Blob> = { 'text/plain': new Blob([svg], { type: 'text/plain' }) };
      if (format === 'png') {
        await painted();
        items['image/png'] = (await exportPng(input, options, scale)).blob;
      } else if (typeof ClipboardItem !== 'undefined' && ClipboardItem.supports?.('image/svg+xml')) items['image/svg+xml'] = new Blob([svg], { type: 'image/svg+xml' });
      await navigator.clipboard.write([new ClipboardItem(items)]);
      notify(ui, format === 'png' ? 'Copied the picture (PNG, with the SVG as text).' : 'Copied the SVG.');
    } catch {
      notify(ui, 'This browser did not let the page copy the picture. Download it instead.', 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="em-dialog em-export" role="dialog" aria-modal="true" aria-label="Export">
      <h2>Export</h2>
      <div className="em-export-body">
        <form className="em-export-options" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>Format</legend>
            <label><input type="radio" name="format" checked={format === 'svg'} onChange={() => setFormat('svg')} /> SVG</label>
            <label><input type="radio" name="format" checked={format === 'png'} onChange={() => setFormat('png')} /> PNG</label>
            {format === 'png' && (
              <label>
                Scale{' '}
                <select value={scale} onChange={(e) => setScale(Number(e.target.value) as (typeof SCALES)[number])}>
                  {SCALES.map((s) => <option key={s} value={s}>{s}×</option>)}
                </select>{' '}
                <span className="em-hint em-png-size">
                  {pngSize.width.toLocaleString('en-US')} × {pngSize.height.toLocaleString('en-US')} px
                  {pngSize.clamped ? ` (${pngSize.scale.toFixed(2)}×: the largest this browser draws)` : ''}
                </span>
              </label>
            )}
          </fieldset>
          <fieldset>
            <legend>Background</legend>
            {(['light', 'dark', 'transparent'] as const).map((b) => (
              <label key={b}><input type="radio" name="background" checked={options.background === b} onChange={() => set('background', b)} /> {b}</label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Include</legend>
            <label><input type="checkbox" checked={options.legend} onChange={(e) => set('legend', e.target.checked)} /> Legend</label>
            <label>
              <input type="checkbox" checked={options.knockOut} disabled={!knockedOut.size} onChange={(e) => set('knockOut', e.target.checked)} /> The knock-out (ghosts, silos, banner)
            </label>
            <label><input type="checkbox" checked={options.flow} onChange={(e) => set('flow', e.target.checked)} /> Value-flow widths</label>
            <label>
              <input type="checkbox" checked={options.selectionOnly} disabled={!selection.size} onChange={(e) => set('selectionOnly', e.target.checked)} /> Selection only{selection.size ? ` (${selection.size} nodes)` : ''}
            </label>
          </fieldset>
          <label className="em-field">
            Padding
            <input type="number" min={0} max={400} step={8} value={options.padding} onChange={(e) => set('padding', Math.max(0, Math.min(400, Number(e.target.value) || 0)))} />
          </label>
        </form>
        <figure className={`em-export-preview em-bg-${options.background}`} aria-label="Preview">
          {renderSvgTree(preview.tree)}
        </figure>
      </div>
      <div className="em-dialog-actions">
        <button type="button" disabled={busy} onClick={() => void download()}>{busy ? 'Exporting…' : `Download ${format.toUpperCase()}`}</button>
        <button type="button" disabled={busy} onClick={() => void copy()}>Copy to clipboard</button>
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </div>
  );
}
