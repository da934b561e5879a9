const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface KeyEventLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Whether a key event is the shortcut `Mod+Shift+Z`-style `spec` (letters in any case). */
export function matchesKey(event: KeyEventLike, spec: string): boolean {
  const parts = spec.split('+');
  const key = parts.pop()!;
  const mods = new Set(parts);
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (mods.has('Mod') !== mod) return false;
  if (mods.has('Alt') !== event.altKey) return false;
  if (!isMac && !mods.has('Mod') && event.metaKey) return false;
  // `?` and other shifted symbols are typed with Shift: the key itself says which one it was.
  const symbol = key.length === 1 && !/[a-z0-9]/i.test(key);
  if (!symbol && mods.has('Shift') !== event.shiftKey) return false;
  return event.key.length === 1 ? event.key.toLowerCase() === key.toLowerCase() : event.key === key;
}

/** A shortcut as the user's keyboard labels it. */
export function keyLabel(spec: string): string {
  return spec
    .split('+')
    .map((part) => (part === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : part === 'Shift' ? (isMac ? '⇧' : 'Shift') : part === 'Alt' ? (isMac ? '⌥' : 'Alt') : part))
    .join(isMac ? '' : '+');
}
