/** What tabs tell each other about stored maps. `from` is the sending tab. */
export type TabMessage =
  | { readonly type: 'saved'; readonly id: string; readonly revision: number; readonly from: string }
  | { readonly type: 'list-changed'; readonly from: string }
  | { readonly type: 'release-request'; readonly id: string; readonly from: string }
  | { readonly type: 'released'; readonly id: string; readonly from: string; readonly to?: string }
  | { readonly type: 'who-owns'; readonly id: string; readonly from: string }
  | { readonly type: 'owner'; readonly id: string; readonly from: string; readonly to: string }
  | { readonly type: 'claimed'; readonly id: string; readonly from: string };

type Outgoing = TabMessage extends infer M ? (M extends TabMessage ? Omit<M, 'from'> : never) : never;

/** The part of BroadcastChannel used here, so tests can pass their own. */
export interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export interface TabChannel {
  /** This tab's id: random, and compared to settle which tab wins a tie. */
  readonly tabId: string;
  readonly connected: boolean;
  post(message: Outgoing): void;
  subscribe(handler: (message: TabMessage) => void): () => void;
  close(): void;
}

export const CHANNEL_NAME = 'ecomap';

/** Wraps a BroadcastChannel (or none: then messages go nowhere and the tab works alone). */
export function createTabChannel(channel: BroadcastChannelLike | null, tabId = randomTabId()): TabChannel {
  const handlers = new Set<(message: TabMessage) => void>();
  const listener = (event: MessageEvent) => {
    const message: unknown = event.data;
    if (!isTabMessage(message) || message.from === tabId) return;
    for (const handler of [...handlers]) handler(message);
  };
  channel?.addEventListener('message', listener);
  return {
    tabId,
    connected: channel !== null,
    post: (message) => channel?.postMessage({ ...message, from: tabId }),
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    close() {
      handlers.clear();
      channel?.removeEventListener('message', listener);
      channel?.close();
    },
  };
}

/** Another tab may run another version of the app: anything not shaped as expected is ignored. */
function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (typeof m.from !== 'string' || typeof m.type !== 'string') return false;
  if (m.type === 'list-changed') return true;
  if (typeof m.id !== 'string') return false;
  if (m.type === 'saved') return typeof m.revision === 'number';
  if (m.type === 'owner') return typeof m.to === 'string';
  if (m.type === 'released') return m.to === undefined || typeof m.to === 'string';
  return m.type === 'release-request' || m.type === 'who-owns' || m.type === 'claimed';
}

function randomTabId(): string {
  return globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
}
