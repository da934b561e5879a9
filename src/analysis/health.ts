import type { EcoMap } from '../model/types.ts';
import { indexMap } from './graphIndex.ts';
import { kindMask } from './kindMask.ts';
import { idsWhere } from './removal.ts';
import { borrowInt32 } from './scratch.ts';
import { floatingNodes } from './support.ts';
import { cycleLinks } from './valueFlow.ts';

/** What is wrong with a map as it stands, before anything is knocked out. Every list sorted by code point. */
export interface Health {
  /** Services no platform lifts, however indirectly: no platform among their supporters, transitively. */
  readonly unsupportedServices: string[];
  /** Platforms that lift nothing: no outgoing `supports` link (a self-link does not count). */
  readonly idlePlatforms: string[];
  /** The `supports` links the value flow drops because they close a cycle, as `[source, target]`. */
  readonly cycles: [string, string][];
  /** Nodes only support cycles hold up. */
  readonly floating: string[];
}

/** The map's health warnings: unsupported services, idle platforms, support cycles and floating nodes. */
export function healthOf(map: EcoMap): Health {
  const index = indexMap(map);
  const platform = kindMask(map, index, 'platform');
  const service = kindMask(map, index, 'service');
  const lifted = liftedByPlatform(index.outStart, index.edgeTarget, platform);
  const unsupported = new Uint8Array(platform.length);
  const idle = new Uint8Array(platform.length);
  for (let i = 0; i < platform.length; i++) {
    unsupported[i] = service[i] && !lifted[i] ? 1 : 0;
    idle[i] = platform[i] && index.outStart[i] === index.outStart[i + 1] ? 1 : 0;
  }
  return {
    unsupportedServices: idsWhere(index, unsupported),
    idlePlatforms: idsWhere(index, idle),
    cycles: cycleLinks(index),
    floating: floatingNodes(map),
  };
}

/** 1 for every node some platform reaches along supports edges: one breadth-first walk from all platforms. */
function liftedByPlatform(outStart: Int32Array, edgeTarget: Int32Array, platform: Uint8Array): Uint8Array {
  const n = platform.length;
  const lifted = new Uint8Array(n);
  const queue = borrowInt32('health.queue', n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (platform[i]) queue[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let e = outStart[u]!, end = outStart[u + 1]!; e < end; e++) {
      const v = edgeTarget[e]!;
      if (lifted[v]) continue;
      lifted[v] = 1;
      // Platforms are all queued already; a platform lifted by another is not walked twice.
      if (!platform[v]) queue[tail++] = v;
    }
  }
  return lifted;
}
