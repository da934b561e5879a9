// The presenter window and the audience window keep one stage between them over a
// BroadcastChannel. Either window may act (a clicker is paired with whichever has focus), so
// neither is the master: every change carries a version (a Lamport clock), a window applies
// only what is newer than what it shows, and equal versions from two windows at once are
// settled by sender id, so both end on the same state whatever order messages arrive in.

/** The laser's dot in map coordinates, so windows of different sizes point at the same place. */
export interface LaserPoint {
  readonly x: number;
  readonly y: number;
}

/** What both windows show, beyond the scene itself. */
export interface StageState {
  readonly index: number;
  /** Knock-outs added on stage, on top of the scene's own. */
  readonly whatIf: readonly string[];
  readonly laser: LaserPoint | null;
  /** The node the spotlight is on. */
  readonly spotlight: string | null;
  readonly blank: boolean;
}

export type PresentMessage =
  | { readonly type: 'goto'; readonly from: string; readonly version: number; readonly index: number }
  | ({ readonly type: 'state'; readonly from: string; readonly version: number } & StageState)
  | { readonly type: 'hello'; readonly from: string }
  | { readonly type: 'bye'; readonly from: string };

/** What createPresenterSync needs of a BroadcastChannel (a real one fits). */
export interface SyncChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  close(): void;
}

export type ChannelFactory = (name: string) => SyncChannel;

export interface PresenterSync {
  /** Moves both windows to scene `index`, as saved: what-ifs, laser and spotlight cleared, screen shown. */
  goto(index: number): void;
  /** Changes the stage in both windows. */
  update(patch: Partial<StageState>): void;
  state(): StageState;
  /** Says goodbye to the other windows and stops listening. */
  close(): void;
}

export interface PresenterSyncOptions {
  readonly mapId: string;
  /** This window's id; random by default. */
  readonly id?: string;
  /** Where this window starts; a window already presenting answers its hello with the stage it shows. */
  readonly initial?: Partial<StageState>;
}

/** The channel's name: windows presenting different maps never hear each other. */
export function presentChannelName(mapId: string): string {
  return `ecomap-present-${mapId}`;
}

const EMPTY_STAGE: StageState = { index: 0, whatIf: [], laser: null, spotlight: null, blank: false };

/**
 * Joins the presentation of one map. `onMessage` hears each valid message from another window
 * that changed this one's stage (`goto`, `state`), and every `hello` and `bye`, with the stage
 * after it. Malformed messages, stale versions and this window's own echoes are ignored.
 */
export function createPresenterSync(channelFactory: ChannelFactory, onMessage: (message: PresentMessage, state: StageState) => void, options: PresenterSyncOptions): PresenterSync {
  const id = options.id ?? Math.random().toString(36).slice(2);
  const channel = channelFactory(presentChannelName(options.mapId));
  let stage: StageState = { ...EMPTY_STAGE, ...options.initial };
  let version = 0;
  // Who set the stage at `version`; '' before anyone has, so a joining window adopts any answer.
  let author = '';
  let open = true;

  const send = (message: PresentMessage) => {
    if (open) channel.postMessage(message);
  };
  const stateMessage = (): PresentMessage => ({ type: 'state', from: id, version, ...stage, whatIf: [...stage.whatIf] });
  const newer = (m: { from: string; version: number }) => m.version > version || (m.version === version && m.from > author);

  const listener = (event: { readonly data: unknown }) => {
    const message = readMessage(event.data);
    if (!message || message.from === id) return;
    if (message.type === 'hello') {
      // Answer with the stage as it stands, under the version and author that set it.
      if (open) channel.postMessage({ ...stateMessage(), version, from: author || id });
      onMessage(message, stage);
      return;
    }
    if (message.type === 'bye') return onMessage(message, stage);
    if (!newer(message)) return;
    version = message.version;
    author = message.from;
    stage = message.type === 'goto' ? { ...EMPTY_STAGE, index: message.index } : { index: message.index, whatIf: message.whatIf, laser: message.laser, spotlight: message.spotlight, blank: message.blank };
    onMessage(message, stage);
  };
  channel.addEventListener('message', listener);
  send({ type: 'hello', from: id });

  const change = (next: StageState, message: () => PresentMessage) => {
    if (!open) return;
    version += 1;
    author = id;
    stage = next;
    send(message());
  };

  return {
    goto(index) {
      if (!isIndex(index)) return;
      change({ ...EMPTY_STAGE, index }, () => ({ type: 'goto', from: id, version, index }));
    },
    update(patch) {
      const next = { ...stage, ...patch };
      if (!isIndex(next.index)) return;
      change(next, stateMessage);
    },
    state: () => stage,
    close() {
      if (!open) return;
      send({ type: 'bye', from: id });
      open = false;
      channel.removeEventListener('message', listener);
      channel.close();
    },
  };
}

// Limits keep a hostile or broken sender from making a window hold or draw too much.
const MAX_SENDER_LENGTH = 128;
const MAX_INDEX = 1_000_000;
const MAX_NODE_ID_LENGTH = 256;
const MAX_WHAT_IF = 10_000;

/** A well-formed message copied field by field, or null: anything may arrive on a channel. */
export function readMessage(data: unknown): PresentMessage | null {
  if (!isPlainObject(data)) return null;
  const { type, from } = data;
  if (typeof from !== 'string' || !from || from.length > MAX_SENDER_LENGTH) return null;
  if (type === 'hello' || type === 'bye') return { type, from };
  const { version, index } = data;
  if (!isVersion(version) || !isIndex(index)) return null;
  if (type === 'goto') return { type, from, version, index };
  if (type !== 'state') return null;
  const { whatIf, laser, spotlight, blank } = data;
  if (!Array.isArray(whatIf) || whatIf.length > MAX_WHAT_IF || !whatIf.every(isNodeId)) return null;
  if (laser !== undefined && laser !== null && !(isPlainObject(laser) && Number.isFinite(laser.x) && Number.isFinite(laser.y))) return null;
  if (spotlight !== undefined && spotlight !== null && !isNodeId(spotlight)) return null;
  if (blank !== undefined && typeof blank !== 'boolean') return null;
  return {
    type,
    from,
    version,
    index,
    whatIf: [...(whatIf as string[])],
    laser: laser ? { x: laser.x as number, y: laser.y as number } : null,
    spotlight: (spotlight as string | null | undefined) ?? null,
    blank: blank ?? false,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isIndex(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INDEX;
}

function isVersion(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isNodeId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_NODE_ID_LENGTH;
}
