import { mapFrom } from '../src/model/create.ts';
import type { EcoMap, MapLink, MapNode, NodeKind } from '../src/model/types.ts';

/**
 * A map in one line. Each spec is a link or a node:
 * - `'pay>checkout'`: pay supports checkout; `'a~b'`: a and b collaborate; `'a>b*3'`: weight 3.
 * - `'checkout:service=1200'`: a node with its kind and value (either part optional).
 * Nodes named only in links are platforms when they support something, services otherwise; value 0.
 */
export function mapOf(...specs: string[]): EcoMap {
  const nodes = new Map<string, { kind?: NodeKind; value?: number }>();
  const links: MapLink[] = [];
  const touch = (id: string) => {
    if (!nodes.has(id)) nodes.set(id, {});
    return nodes.get(id)!;
  };
  const supporters = new Set<string>();
  for (const spec of specs) {
    const link = /^([^>~]+)([>~])([^>~*]+)(?:\*(\d+(?:\.\d+)?))?$/.exec(spec);
    if (link) {
      const [, source, op, target, weight] = link as unknown as [string, string, string, string, string | undefined];
      touch(source);
      touch(target);
      if (op === '>') supporters.add(source);
      links.push({ source, target, kind: op === '>' ? 'supports' : 'collaborates', weight: weight ? Number(weight) : 1 });
      continue;
    }
    const node = /^([^:=>~*]+)(?::(platform|service|partner))?(?:=(\d+(?:\.\d+)?))?$/.exec(spec);
    if (!node) throw new Error(`mapOf: cannot read "${spec}"`);
    const entry = touch(node[1]!);
    if (node[2]) entry.kind = node[2] as NodeKind;
    if (node[3]) entry.value = Number(node[3]);
  }
  const list: MapNode[] = [...nodes].map(([id, n]) => ({
    id,
    name: id,
    kind: n.kind ?? (supporters.has(id) ? 'platform' : 'service'),
    value: n.value ?? 0,
  }));
  return mapFrom(list, links, { title: 'Test map' });
}
