import { rememberLinkEnds } from '../analysis/linkEnds.ts';
import { MAP_FORMAT, MAP_VERSION } from '../model/types.ts';
import type { EcoMap } from '../model/types.ts';
import { MAX_BYTES, MAX_LINKS, MAX_NODES } from './limits.ts';
import type { Limits } from './limits.ts';
import { migrate } from './migrations.ts';
import type { MigrationTable } from './migrations.ts';
import { keepExtras } from './repairExtras.ts';
import { repairLinks } from './repairLinks.ts';
import { repairScenarios } from './repairScenarios.ts';
import { repairScenes } from './repairScenes.ts';
import { adoptNode, assembleNode, repairNode } from './repairNode.ts';
import type { NodeDraft } from './repairNode.ts';
import { settleNodeIds } from './repairNodeIds.ts';
import { readBody, readHeader } from './restoreEnvelope.ts';
import { readInput } from './restoreInput.ts';
import type { Repair } from './restoreReport.ts';
import type { CleanNode } from './schemaFast.ts';
import { DIRTY, IN_ORDER, nodeCleanness } from './schemaFast.ts';

export { formatRepair } from './restoreReport.ts';
export type { Repair } from './restoreReport.ts';

/** A map ready to open, with what was changed to make it valid; or why the input cannot be read. */
export type Restored = { ok: true; map: EcoMap; repairs: Repair[] } | { ok: false; error: string };

export interface RestoreOptions {
  /** Tighter or looser limits than the defaults in limits.ts. */
  readonly limits?: Partial<Limits>;
  /** The migration steps to use instead of MIGRATIONS (tests bring older versions this way). */
  readonly migrations?: MigrationTable;
}

/**
 * The one way outside data becomes a map: a file's bytes, JSON text, or an already-parsed value.
 * Parse → limits → validate → migrate → repair. Never throws: an input that cannot be read is
 * refused with a one-line reason; anything it can fix is fixed and listed in `repairs`.
 * Restoring a restored map gives the same map and no repairs.
 */
export function restoreMap(input: unknown, options: RestoreOptions = {}): Restored {
  try {
    return restore(input, options);
  } catch (error) {
    // Reached only by inputs that fight back (a getter that throws, a revoked Proxy).
    return { ok: false, error: `could not read the map: ${error instanceof Error ? error.message : 'the value could not be read'}` };
  }
}

function restore(input: unknown, options: RestoreOptions): Restored {
  const limits: Limits = {
    maxBytes: options.limits?.maxBytes ?? MAX_BYTES,
    maxNodes: options.limits?.maxNodes ?? MAX_NODES,
    maxLinks: options.limits?.maxLinks ?? MAX_LINKS,
  };
  const repairs: Repair[] = [];
  const read = readInput(input, limits.maxBytes);
  if (!read.ok) return read;
  const header = readHeader(read.value, repairs);
  if (!header.ok) return header;
  const migrated = migrate(header.doc, header.version, options.migrations);
  if (!migrated.ok) return migrated;
  for (const step of migrated.steps) repairs.push({ path: 'version', message: `brought forward: ${step}` });
  const { doc } = migrated;
  const body = readBody(doc, limits, repairs);
  if (!body.ok) return body;
  const { title, unit, description, nodes: rawNodes, links: rawLinks } = body.body;

  // Items of a document parsed here may be kept as they are; a caller's objects are always copied.
  const { parsed } = read;
  const nodes: NodeDraft[] = new Array<NodeDraft>(rawNodes.length);
  for (let i = 0; i < rawNodes.length; i++) {
    const raw = rawNodes[i];
    const clean = nodeCleanness(raw);
    const node = clean === DIRTY ? repairNode(raw, i, repairs) : parsed && clean === IN_ORDER ? adoptNode(raw as CleanNode) : assembleNode(raw as CleanNode);
    if (typeof node === 'string') return { ok: false, error: node };
    nodes[i] = node;
  }
  const ids = settleNodeIds(nodes, repairs);
  const { links, source, target } = repairLinks(rawLinks, ids, repairs, parsed);
  // The analysis index reads these positions instead of looking every link's ends up again.
  rememberLinkEnds(links, { nodes, source, target });

  const map: Record<string, unknown> = { format: MAP_FORMAT, version: MAP_VERSION, title };
  if (unit !== undefined) map.unit = unit;
  if (description !== undefined) map.description = description;
  map.nodes = nodes;
  map.links = links;
  const scenarios = repairScenarios(doc.scenarios, ids.index, repairs);
  if (scenarios) map.scenarios = scenarios;
  const scenes = repairScenes(doc.scenes, ids.index, repairs);
  if (scenes) map.scenes = scenes;
  // keepExtras never returns DOCUMENT_FIELDS or "__proto__", so these plain assignments are safe.
  for (const [key, value] of keepExtras(doc, repairs)) map[key] = value;
  return { ok: true, map: map as unknown as EcoMap, repairs };
}
