import { mapFile, mapFilename, saveFileInBrowser } from '../../store/persist/downloadMap.ts';
import { notify } from '../../store/uiStore.ts';
import type { Command, CommandContext } from './command.ts';

/** The page's address with `hash` in place of its own. */
export function linkWith(hash: string): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = hash;
  return url.toString();
}

async function copyShareLink(ctx: CommandContext): Promise<void> {
  const { shareHashOf } = await import('../../io/shareLink.ts');
  const link = shareHashOf(ctx.doc.getState().map);
  if (!link.ok) return notify(ctx.ui, `This map is ${link.error}.`, 'error');
  try {
    await navigator.clipboard.writeText(linkWith(link.hash));
    notify(ctx.ui, 'Copied a link to this map: whoever opens it sees a read-only copy and may open it as their own.');
  } catch {
    notify(ctx.ui, 'This browser did not let the page copy the link. Export a file instead.', 'error');
  }
}

export const fileCommands: readonly Command[] = [
  { id: 'file.export', label: 'Export picture (SVG, PNG)…', group: 'Map', keys: ['Mod+E'], places: ['toolbar'], run: (ctx) => ctx.ui.setState({ dialog: 'export' }) },
  {
    id: 'file.save-json', label: 'Download the map file (JSON)', group: 'Map', keys: ['Mod+S'],
    run: (ctx) => {
      const { blob, filename } = mapFile(ctx.doc.getState().map);
      saveFileInBrowser(blob, filename);
    },
  },
  {
    id: 'file.export-csv', label: 'Download as a spreadsheet (CSV)', group: 'Map',
    run: (ctx) => {
      const map = ctx.doc.getState().map;
      void import('../../io/csv.ts').then(({ mapToCsv }) => saveFileInBrowser(new Blob([mapToCsv(map)], { type: 'text/csv' }), mapFilename(map.title).replace(/\.json$/, '.csv')));
    },
  },
  { id: 'file.open', label: 'Open a file (map, CSV, Backstage YAML, exported picture)…', group: 'Map', keys: ['Mod+Shift+O'], places: ['toolbar'], run: () => document.getElementById('em-file-input')?.click() },
  { id: 'file.import-url', label: 'Open a file from a web address…', group: 'Map', run: (ctx) => ctx.ui.setState({ dialog: 'import-url' }) },
  {
    id: 'file.share-link', label: 'Copy share link', group: 'Map', places: ['toolbar'],
    run: (ctx) => void copyShareLink(ctx),
  },
];
