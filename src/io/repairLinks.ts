import type { MapLink } from '../model/types.ts';
import { assembleLink, repairLink } from './repairLink.ts';
import type { LinkDraft } from './repairLink.ts';
import type { NodeIds } from './repairNodeIds.ts';
import { freshIds } from './repairNodeIds.ts';
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
  const kept: { link: LinkDraft; index: number }[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    const link = isCleanLink(raw) ? assembleLink(raw) : repairLink(raw, i, notes);
    if (!link) continue;
    const source = resolve(link.source, nodes, at('links', i, 'source'), notes);
    const target = source === undefined ? undefined : resolve(link.target, nodes, at('links', i, 'target'), notes);
    if (source === undefined || target === undefined) continue;
    link.source = source;
    link.target = target;
    if (source === target) {
      notes.push({ path: at('links', i), message: `links ${quote(source)} to itself; link dropped` });
      continue;
    }
    const key = keyOf(link);
    const first = seen.get(key);
    if (first !== undefined) {
      const arrow = link.kind === 'supports' ? '→' : '~';
      notes.push({ path: at('links', i), message: `repeats links[${first}] (${quote(source)} ${arrow} ${quote(target)}, ${link.kind}); dropped` });
      continue;
    }
    seen.set(key, i);
    kept.push({ link, index: i });
  }
  settleLinkIds(kept, notes);
  return kept.map((k) => k.link);
}

function resolve(id: string, nodes: NodeIds, path: string, notes: Repair[]): string | undefined {
  if (nodes.ids.has(id)) return id;
  const alias = nodes.aliases.get(id);
  if (alias !== undefined) {
    notes.push({ path, message: `${quote(id)} read as node ${quote(alias)}, whose id was made from that name` });
    return alias;
  }
  notes.push({ path, message: `no node ${quote(id)}; link dropped` });
  return undefined;
}

/** Length-prefixed so that no two different pairs of ids share a key, whatever characters ids hold. */
function keyOf(link: LinkDraft): string {
  const swap = link.kind === 'collaborates' && link.target < link.source;
  const a = swap ? link.target : link.source;
  const b = swap ? link.source : link.target;
  return `${link.kind === 'supports' ? 's' : 'c'}${a.length}:${a}${b}`;
}

function settleLinkIds(kept: readonly { link: LinkDraft; index: number }[], notes: Repair[]): void {
  const stated = new Set<string>();
  for (const { link } of kept) if (link.id !== undefined) stated.add(link.id);
  if (stated.size === 0) return;
  const used = new Map<string, number>();
  const fresh = freshIds((id) => used.has(id) || stated.has(id));
  for (const { link, index } of kept) {
    if (link.id === undefined) continue;
    const first = used.get(link.id);
    if (first !== undefined) {
      const id = fresh(link.id);
      notes.push({ path: at('links', index, 'id'), message: `${quote(link.id)} is already the id of links[${first}]; renamed ${quote(id)}` });
      link.id = id;
    }
    used.set(link.id, index);
  }
}
