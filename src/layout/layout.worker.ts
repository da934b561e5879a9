/// <reference lib="webworker" />
// The layout engine off the main thread: a thin shell over the host, which owns the loop.
import { createLayoutHost } from './host.ts';
import type { LayoutRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// A message to ourselves queues the next batch behind any drag already waiting, without the
// 4 ms clamp nested setTimeout calls get.
const channel = new MessageChannel();
let queued: (() => void) | undefined;
channel.port1.onmessage = () => {
  const batch = queued;
  queued = undefined;
  batch?.();
};

const host = createLayoutHost(
  (report) => scope.postMessage(report, [report.positions.buffer]),
  (batch) => {
    queued = batch;
    channel.port2.postMessage(null);
  },
);
scope.onmessage = (event: MessageEvent<LayoutRequest>) => host.receive(event.data);
