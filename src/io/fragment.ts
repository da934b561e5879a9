import type { Fragment } from '../model/fragment.ts';
import { MAP_FORMAT, MAP_VERSION } from '../model/types.ts';
import { restoreMap } from './restore.ts';

/** The marker that tells a copied fragment from any other text on the clipboard. */
export const FRAGMENT_FORMAT = 'ecosystem-map-fragment';

/** Copied nodes and links as clipboard text. */
export function serializeFragment(fragment: Fragment): string {
  return JSON.stringify({ format: FRAGMENT_FORMAT, nodes: fragment.nodes, links: fragment.links });
}

export type RestoredFragment = { ok: true; fragment: Fragment } | { ok: false; error: string };

/**
 * Clipboard text back to a fragment, through the same restore path as any map, so pasted data
 * is validated and repaired like a file. Text that is not a fragment is refused.
 */
export function restoreFragment(text: string): RestoredFragment {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The clipboard holds no copied nodes. Copy nodes on a map first.' };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== FRAGMENT_FORMAT) {
    return { ok: false, error: 'The clipboard holds no copied nodes. Copy nodes on a map first.' };
  }
  const { nodes, links } = parsed as { nodes?: unknown; links?: unknown };
  const restored = restoreMap({ format: MAP_FORMAT, version: MAP_VERSION, title: 'Clipboard', nodes, links });
  if (!restored.ok) return { ok: false, error: `The copied nodes cannot be pasted: ${restored.error}` };
  return { ok: true, fragment: { nodes: restored.map.nodes, links: restored.map.links } };
}
