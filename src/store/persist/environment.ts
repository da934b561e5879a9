import type { LockManagerLike } from './lockClaims.ts';
import { CHANNEL_NAME } from './tabChannel.ts';
import type { BroadcastChannelLike } from './tabChannel.ts';

/** Where the last open map's id is remembered; localStorage in the browser. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

type Listening = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** The page events that mean "save now": the tab is being hidden or closed. */
export interface PageEvents {
  readonly window: Listening;
  readonly document: Listening & { readonly visibilityState: DocumentVisibilityState };
}

export const LAST_MAP_KEY = 'ecomap:last-map';

// Each lookup is guarded: a privacy setting can make merely reading `localStorage` throw.

export function defaultChannel(): BroadcastChannelLike | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  } catch {
    return null;
  }
}

export function defaultLocks(): LockManagerLike | null {
  const locks = (globalThis.navigator as (Navigator & { locks?: LockManagerLike }) | undefined)?.locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

export function defaultStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function defaultPage(): PageEvents | null {
  return typeof window === 'object' && typeof document === 'object' ? { window, document } : null;
}

export function readLastMap(storage: KeyValueStorage | null): string | null {
  try {
    return storage?.getItem(LAST_MAP_KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeLastMap(storage: KeyValueStorage | null, id: string | null): void {
  try {
    if (id === null) storage?.removeItem(LAST_MAP_KEY);
    else storage?.setItem(LAST_MAP_KEY, id);
  } catch {
    // Not remembering the last map is harmless: the most recently edited one opens instead.
  }
}
