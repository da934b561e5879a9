import { createLayoutEngine } from './engine.ts';
import type { LayoutEngine } from './engine.ts';
import type { LayoutReport, LayoutRequest } from './protocol.ts';

/** Ticking time per batch: a frame's worth, leaving the worker free to take the next drag. */
export const BATCH_MS = 12;

export interface LayoutHost {
  receive(request: LayoutRequest): void;
  readonly engine: LayoutEngine;
}

/**
 * Runs the engine in batches and reports after each: the loop inside the worker, and the same
 * loop on a timer when there is no worker. `post` sends a report (its positions may be
 * transferred); `schedule` runs the next batch after pending messages, so drags get in between.
 */
export function createLayoutHost(post: (report: LayoutReport) => void, schedule: (batch: () => void) => void): LayoutHost {
  const engine = createLayoutEngine();
  let version = 0;
  let running = false;
  let pending = false;

  function batch(): void {
    pending = false;
    if (!running) return;
    const frame = engine.step(BATCH_MS);
    if (engine.settled) {
      running = false;
      post({ type: 'settled', positions: frame.positions, version });
      return;
    }
    post({ type: 'tick', positions: frame.positions, alpha: frame.alpha, version });
    next();
  }

  function next(): void {
    if (pending) return;
    pending = true;
    schedule(batch);
  }

  // A change the simulation will not animate (locked map, settled graph) is reported at once.
  function wake(report: 'tick' | 'settled' | 'none'): void {
    if (!engine.settled) {
      running = true;
      next();
    } else if (report === 'tick') post({ type: 'tick', positions: engine.positions(), alpha: engine.alpha, version });
    else if (report === 'settled') post({ type: 'settled', positions: engine.positions(), version });
  }

  function receive(request: LayoutRequest): void {
    switch (request.type) {
      case 'load':
        version = request.version;
        engine.load(request.graph, request.seed === undefined ? {} : { seed: request.seed });
        return wake('settled');
      case 'drag':
        engine.drag(request.index, request.x, request.y);
        return wake('tick');
      case 'release':
        engine.release(request.index, request.pinned);
        return wake('settled');
      case 'pin':
        return engine.pin(request.index);
      case 'unpin':
        return engine.unpin(request.index);
      case 'reheat':
        engine.reheat(request.alpha);
        return wake('none');
      case 'stop':
        running = false;
        return;
    }
  }

  return { receive, engine };
}
