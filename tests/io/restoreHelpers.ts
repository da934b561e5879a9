import { expect } from 'vitest';
import { formatRepair, restoreMap } from '../../src/io/restore.ts';
import type { RestoreOptions } from '../../src/io/restore.ts';
import type { EcoMap } from '../../src/model/types.ts';

/** A version-1 document around the given nodes and links (plain JSON, not yet restored). */
export function doc(nodes: unknown[], links: unknown[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'ecosystem-map', version: 1, title: 'Test', ...extra, nodes, links };
}

/** The refusal message for `input`; fails the test if restore accepts it. */
export function refusal(input: unknown, options?: RestoreOptions): string {
  const result = restoreMap(input, options);
  if (result.ok) throw new Error(`expected a refusal, got a map with ${result.map.nodes.length} nodes`);
  expect(result.error).not.toContain('\n');
  return result.error;
}

/** The restored map and its repairs as one-line strings; fails the test if restore refuses. */
export function restored(input: unknown, options?: RestoreOptions): { map: EcoMap; repairs: string[] } {
  const result = restoreMap(input, options);
  if (!result.ok) throw new Error(`expected a map, got the refusal: ${result.error}`);
  return { map: result.map, repairs: result.repairs.map(formatRepair) };
}
