import type { MapLink } from '../model/types.ts';
import { adoptLink, assembleLink, repairLink } from './repairLink.ts';
import type { LinkDraft } from './repairLink.ts';
import type { NodeIds } from './repairNodeIds.ts';
import { freshIds } from './repairNodeIds.ts';
import { createPairSet } from './repairPairSet.ts';
import type { Repair } from './restoreReport.ts';
import { at, quote } from './restoreWords.ts';
import type { CleanLink } from './schemaFast.ts';
import { DIRTY, IN_ORDER, linkCleanness } from './schemaFast.ts';

/** The links kept, and where each one's ends sit in the node list: `source[k]`, `target[k]`. */
export interface KeptLinks {
  readonly links: MapLink[];
  readonly source: Int32Array;
  readonly target: Int32Array;
}

/**
 * The links that hold, in document order: each item read (or repaired), then checked against
 * the nodes. Dropped, with a note each: links to no node, links from a node to itself, and
 * repeats of an earlier link (same ends and kind; `collaborates` has no direction).
 * Repeated link ids are renamed like node ids. Clean links of a document restore parsed itself
 * (`adopt`) are kept as they are; a caller's links are always copied.
 */
export function repairLinks(raws: readonly unknown[], nodes: NodeIds, notes: Repair[], adopt = false): KeptLinks {
  // Three passes, each a small loop the engine optimises on its own; one loop doing all of it
  // ran about twice as long on a cold 300,000-link map. Notes still come out in document order.
  const count = raws.length;
  const drafts = new Array<LinkDraft | undefined>(count);
  const readNotes: Repair[] = [];
  const readAt: number[] = [];
  for (let i = 0; i < count; i++) {
    const raw = raws[i];
    const clean = linkCleanness(raw);
    if (clean === DIRTY) {
      const before = readNotes.length;
      drafts[i] = repairLink(raw, i, readNotes);
      for (let k = before; k < readNotes.length; k++) readAt.push(i);
    } else drafts[i] = adopt && clean === IN_ORDER ? adoptLink(raw as CleanLink) : assembleLink(raw as CleanLink);
  }

  // Ends as node positions; -1 for an end that names no node id (resolved below, with its note).
  const { index } = nodes;
  const sources = new Int32Array(count);
  const targets = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const link = drafts[i];
    if (link === undefined) continue;
    sources[i] = index.get(link.source) ?? -1;
    targets[i] = index.get(link.target) ?? -1;
  }

  const links: LinkDraft[] = [];
  const positions: number[] = [];
  const keptSource = new Int32Array(count);
  const keptTarget = new Int32Array(count);
  const pairs = createPairSet(index.size, count);
  let withId = 0;
  let r = 0;
  for (let i = 0; i < count; i++) {
    while (r < readAt.length && readAt[r]! <= i) notes.push(readNotes[r++]!);
    const link = drafts[i];
    if (link === undefined) continue;
    let s = sources[i]!;
    if (s === -1 && (s = resolveMissing(link, 'source', nodes, i, notes)) === -1) continue;
    let t = targets[i]!;
    if (t === -1 && (t = resolveMissing(link, 'target', nodes, i, notes)) === -1) continue;
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
    keptSource[links.length] = s;
    keptTarget[links.length] = t;
    links.push(link);
    positions.push(i);
  }
  if (withId > 0) settleLinkIds(links, positions, notes);
  return { links, source: keptSource.subarray(0, links.length), target: keptTarget.subarray(0, links.length) };
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
