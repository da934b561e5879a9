import type { Fragment } from '../model/fragment.ts';
import type { RestoredFragment } from '../io/fragment.ts';

type FragmentIo = typeof import('../io/fragment.ts');
let io: FragmentIo | undefined;

/**
 * Reading a pasted fragment goes through the restore path, which is not part of the first
 * download: it loads after the page is up (the app calls this once it is idle) or on first use.
 */
export function loadClipboardIo(): Promise<FragmentIo> {
  return import('../io/fragment.ts').then((m) => (io = m));
}

/** Runs `use` with the fragment reader now if it is here, else as soon as it has loaded. */
export function withClipboardIo(use: () => void): void {
  if (io) use();
  else void loadClipboardIo().then(use);
}

const STORAGE_KEY = 'ecomap:clipboard';
let memory: string | null = null;

/**
 * Copies a fragment: to the system clipboard when allowed, and to local storage so a paste in
 * another map or tab works even where the page may not read the system clipboard.
 */
export function copyFragment(fragment: Fragment): void {
  withClipboardIo(() => storeCopy(io!.serializeFragment(fragment)));
}

function storeCopy(text: string): void {
  memory = text;
  try {
    localStorage.setItem(STORAGE_KEY, text);
  } catch {
    // Storage may be full or blocked; the in-memory copy still serves this tab.
  }
  void navigator.clipboard?.writeText(text).catch(() => undefined);
}

/** The last copied fragment, from pasted text when given, else from this app's own copy (call within withClipboardIo). */
export function pastedFragment(text?: string): RestoredFragment {
  const { restoreFragment } = io!;
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
