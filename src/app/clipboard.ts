import type { Fragment } from '../model/fragment.ts';
import { restoreFragment, serializeFragment } from '../io/fragment.ts';
import type { RestoredFragment } from '../io/fragment.ts';

const STORAGE_KEY = 'ecomap:clipboard';
let memory: string | null = null;

/**
 * Copies a fragment: to the system clipboard when allowed, and to local storage so a paste in
 * another map or tab works even where the page may not read the system clipboard.
 */
export function copyFragment(fragment: Fragment): void {
  const text = serializeFragment(fragment);
  memory = text;
  try {
    localStorage.setItem(STORAGE_KEY, text);
  } catch {
    // Storage may be full or blocked; the in-memory copy still serves this tab.
  }
  void navigator.clipboard?.writeText(text).catch(() => undefined);
}

/** The last copied fragment, from pasted text when given, else from this app's own copy. */
export function pastedFragment(text?: string): RestoredFragment {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (text !== undefined) {
    const fromText = restoreFragment(text);
    // Other text on the system clipboard: the app's own last copy is what the user meant.
    if (fromText.ok || !(stored ?? memory)) return fromText;
  }
  const source = stored ?? memory;
  if (!source) return { ok: false, error: 'Nothing to paste yet. Select nodes and copy them first.' };
  return restoreFragment(source);
}
