import type { EcoMap } from '../model/types.ts';
import type { LayoutMode } from './footprint.ts';
import { layoutGraph } from './graph.ts';
import type { LayoutReport, LayoutRequest } from './protocol.ts';

export interface LayoutCallbacks {
  /** Newest positions `[x0, y0, …]` in `ids` order; draw the last one per animation frame. */
  onFrame(positions: Float32Array, ids: readonly string[], alpha: number): void;
  /** The motion ended: the positions to commit to the document, once. */
  onSettled(positions: Float32Array, ids: readonly string[]): void;
  /** Run in this thread even where `Worker` exists (tests, or a page that forbids workers). */
  readonly inThread?: boolean;
}

export interface LayoutLoadOptions {
  readonly mode?: LayoutMode;
  /** No simulation: nodes stay at their stored positions, reported once through `onSettled`. */
  readonly locked?: boolean;
  readonly seed?: number;
  /** Knocked-out nodes: held in place, their links out of the simulation. */
  readonly removed?: ReadonlySet<string>;
  /** Every node starts from its stored position (after a knock-out is restored). */
  readonly fromStored?: boolean;
}

/** The live layout of one canvas. Nodes are named by id; unknown ids are ignored. */
export interface LayoutController {
  /** Lays out `map`, keeping the positions of nodes it already had; a new node appears by its neighbours. */
  load(map: EcoMap, options?: LayoutLoadOptions): void;
  drag(id: string, x: number, y: number): void;
  release(id: string, pinned: boolean): void;
  pin(id: string): void;
  unpin(id: string): void;
  reheat(alpha?: number): void;
  /** Stops ticking; the next load, drag or reheat starts again. */
  stop(): void;
  destroy(): void;
}

/**
 * A layout controller: the engine in a Web Worker when there is one, else the same engine on a
 * timer in this thread. Frames carry the version of the load they belong to, and frames from an
 * older load are dropped, so a reload never paints positions against the wrong ids.
 */
export function createLayout(callbacks: LayoutCallbacks): LayoutController {
  let version = 0;
  let ids: readonly string[] = [];
  let indexOf = new Map<string, number>();
  let destroyed = false;

  const receive = (report: LayoutReport) => {
    if (destroyed || report.version !== version) return;
    if (report.type === 'tick') callbacks.onFrame(report.positions, ids, report.alpha);
    else callbacks.onSettled(report.positions, ids);
  };
  const channel = callbacks.inThread || typeof Worker === 'undefined' ? inThread(receive) : inWorker(receive);

  const send = (request: LayoutRequest) => {
    if (!destroyed) channel.send(request);
  };
  const toNode = (id: string, request: (index: number) => LayoutRequest) => {
    const index = indexOf.get(id);
    if (index !== undefined) send(request(index));
  };

  return {
    load(map, { mode = 'force', locked = false, seed, removed, fromStored = false } = {}) {
      const graph = layoutGraph(map, { mode, locked, fromStored, ...(removed?.size ? { removed } : {}) });
      version++;
      ids = graph.ids;
      indexOf = new Map(ids.map((id, i) => [id, i]));
      send({ type: 'load', graph, version, ...(seed === undefined ? {} : { seed }) });
    },
    drag: (id, x, y) => toNode(id, (index) => ({ type: 'drag', index, x, y })),
    release: (id, pinned) => toNode(id, (index) => ({ type: 'release', index, pinned })),
    pin: (id) => toNode(id, (index) => ({ type: 'pin', index })),
    unpin: (id) => toNode(id, (index) => ({ type: 'unpin', index })),
    reheat: (alpha) => send({ type: 'reheat', ...(alpha === undefined ? {} : { alpha }) }),
    stop: () => send({ type: 'stop' }),
    destroy() {
      send({ type: 'stop' });
      destroyed = true;
      channel.close();
    },
  };
}

interface Channel {
  send(request: LayoutRequest): void;
  close(): void;
}

function inWorker(receive: (report: LayoutReport) => void): Channel {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<LayoutReport>) => receive(event.data);
  return {
    // The graph's arrays are built for this message alone: move them rather than copy.
    send: (request) => worker.postMessage(request, request.type === 'load' ? transferables(request) : []),
    close: () => worker.terminate(),
  };
}

/** The engine on a timer in this thread, loaded on first use: pages with workers never load it. */
function inThread(receive: (report: LayoutReport) => void): Channel {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const queue: LayoutRequest[] = [];
  let host: { receive(request: LayoutRequest): void } | null = null;
  void import('./host.ts').then(({ createLayoutHost }) => {
    if (closed) return;
    host = createLayoutHost(receive, (batch) => {
      timer = setTimeout(() => {
        timer = undefined;
        batch();
      }, 0);
    });
    for (const request of queue.splice(0)) host.receive(request);
  });
  return {
    send: (request) => (host ? host.receive(request) : queue.push(request)),
    close: () => {
      closed = true;
      clearTimeout(timer);
    },
  };
}

function transferables({ graph }: Extract<LayoutRequest, { type: 'load' }>): ArrayBuffer[] {
  const arrays = [graph.radius, graph.x, graph.y, graph.pinned, graph.links, graph.supports, graph.weights, graph.layers];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}
