import type { MapLink } from '../model/types.ts';
import { assembleLink, repairLink } from './repairLink.ts';
import type { LinkDraft } from './repairLink.ts';
import type { NodeIds } from './repairNodeIds.ts';
import { freshIds } from './repairNodeIds.ts';
import { createPairSet } from './repairPairSet.ts';
import type { Repair } from './restoreReport.ts';
import { at, quote } from './restoreWords.ts';
import { isCleanLink } from './schemaFast.ts';

/**
 * The links that hold, in document order: each item read (or repaired), then checked against
 * the nodes. Dropped, with a note each: links to no node, links from a node to itself, and
 * repeats of an earlier link (same ends and kind; `collaborates` has no direction).
 * Repeated link ids are renamed like node ids.
 */
export function repairLinks(raws: readonly unknown[], nodes: NodeIds, notes: Repair[]): MapLink[] {
  const links: LinkDraft[] = [];
  const positions: number[] = [];
  const pairs = createPairSet(nodes.index.size, raws.length);
  const { index } = nodes;
  let withId = 0;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    const link = isCleanLink(raw) ? assembleLink(raw) : repairLink(raw, i, notes);
    if (!link) continue;
    const s = index.get(link.source) ?? resolveMissing(link, 'source', nodes, i, notes);
    if (s === -1) continue;
    const t = index.get(link.target) ?? resolveMissing(link, 'target', nodes, i, notes);
    if (t === -1) continue;
    if (s === t) {
      notes.push({ path: at('links', i), message: `links ${quote(link.source)} to itself; link dropped` });
      continue;
    }
    const undirected = link.kind === 'collaborates';
    const first = undirected ? pairs.firstOrAdd(Math.min(s, t), Math.max(s, t), 1, i) : pairs.firstOrAdd(s, t, 0, i);
    if (first !== -1) {
      const ends = `${quote(link.source)} ${undirected ? '~' : '→'} ${quote(link.target)}`;
      notes.push({ path: at('links', i), message: `repeats links[${first}] (${ends}, ${link.kind}); dropped` });
      continue;
    }
    if (link.id !== undefined) withId++;
    links.push(link);
    positions.push(i);
  }
  if (withId > 0) settleLinkIds(links, positions, notes);
  return links;
}

/** For an end that names no node id: the node it names by name (rewriting the end), or -1 with a note. */
function resolveMissing(link: LinkDraft, end: 'source' | 'target', nodes: NodeIds, i: number, notes: Repair[]): number {
  const id = link[end];
  const path = at('links', i, end); // built only here: the hot path makes no strings
  const alias = nodes.aliases.get(id);
  if (alias !== undefined) {
    notes.push({ path, message: `${quote(id)} read as node ${quote(alias)}, whose id was made from that name` });
    link[end] = alias;
    return nodes.index.get(alias) ?? -1;
  }
  notes.push({ path, message: `no node ${quote(id)}; link dropped` });
  return -1;
}

function settleLinkIds(links: readonly LinkDraft[], positions: readonly number[], notes: Repair[]): void {
  const stated = new Set<string>();
  for (const link of links) if (link.id !== undefined) stated.add(link.id);
  const used = new Map<string, number>();
  const fresh = freshIds((id) => used.has(id) || stated.has(id));
  links.forEach((link, k) => {
    if (link.id === undefined) return;
    const first = used.get(link.id);
    if (first !== undefined) {
      const id = fresh(link.id);
      notes.push({ path: at('links', positions[k]!, 'id'), message: `${quote(link.id)} is already the id of links[${first}]; renamed ${quote(id)}` });
      link.id = id;
    }
    used.set(link.id, positions[k]!);
  });
}
