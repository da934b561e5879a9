import { serializeMap } from '../../io/json.ts';
import type { EcoMap } from '../../model/types.ts';

/** Saves a file the user chose to download; tests pass a spy. */
export type SaveFile = (blob: Blob, filename: string) => void;

/** A filename from a title: no characters any OS forbids, no leading dots, at most 80 characters. */
export function mapFilename(title: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 80)
    .trim();
  return `${base || 'ecosystem-map'}.json`;
}

/** The map as the same JSON file the app exports. */
export function mapFile(map: EcoMap): { blob: Blob; filename: string } {
  return { blob: new Blob([serializeMap(map)], { type: 'application/json' }), filename: mapFilename(map.title) };
}

/** Hands a file to the browser's download through a temporary link. */
export const saveFileInBrowser: SaveFile = (blob, filename) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
