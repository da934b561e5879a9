import { describe, expect, it } from 'vitest';
import { fragmentOf, insertFragment } from '../../src/model/fragment.ts';
import { slugOf, uniqueId } from '../../src/model/ids.ts';
import { addLink, linkKey, removeLinks, reverseLink, toggleLinkKind, updateLink } from '../../src/model/links.ts';
import { addNode, moveNodes, removeNodes, updateNode } from '../../src/model/nodes.ts';
import { mapOf } from '../builders.ts';

describe('node operations', () => {
  const map = mapOf('pay>checkout', 'pay>search', 'shop~checkout');

  it('addNode appends a node and keeps the map when the id is taken', () => {
    const next = addNode(map, { id: 'ads', kind: 'service', name: 'Ads', value: 5 });
    expect(next.nodes.map((n) => n.id)).toEqual(['pay', 'checkout', 'search', 'shop', 'ads']);
    expect(addNode(map, { id: 'pay', kind: 'service', name: 'x', value: 0 })).toBe(map);
  });

  it('updateNode returns the same map when nothing changes', () => {
    expect(updateNode(map, 'pay', { name: 'pay' })).toBe(map);
    expect(updateNode(map, 'nobody', { name: 'x' })).toBe(map);
  });

  it('updateNode removes a field set to undefined and drops scope from non-partners', () => {
    const tagged = updateNode(map, 'pay', { tags: ['core'], owner: 'Team A' });
    expect(tagged.nodes[0]).toMatchObject({ tags: ['core'], owner: 'Team A' });
    expect(updateNode(tagged, 'pay', { owner: undefined }).nodes[0]).not.toHaveProperty('owner');
    const partner = updateNode(map, 'shop', { kind: 'partner', scope: 'external' });
    expect(updateNode(partner, 'shop', { kind: 'service' }).nodes[3]).not.toHaveProperty('scope');
  });

  it('removeNodes drops the nodes and every link touching them', () => {
    const next = removeNodes(map, new Set(['checkout']));
    expect(next.nodes.map((n) => n.id)).toEqual(['pay', 'search', 'shop']);
    expect(next.links.map(linkKey)).toEqual(['pay>search']);
    expect(removeNodes(map, new Set(['nobody']))).toBe(map);
  });

  it('moveNodes shifts placed nodes only', () => {
    const placed = updateNode(map, 'pay', { x: 10, y: 20 });
    const moved = moveNodes(placed, new Set(['pay', 'search']), 5, -5);
    expect(moved.nodes[0]).toMatchObject({ x: 15, y: 15 });
    expect(moved.nodes[2]).not.toHaveProperty('x');
    expect(moveNodes(placed, new Set(['pay']), 0, 0)).toBe(placed);
  });
});

describe('link operations', () => {
  const map = mapOf('pay>checkout', 'shop~checkout');

  it('linkKey names a collaboration the same from either end', () => {
    expect(linkKey({ source: 'b', target: 'a', kind: 'collaborates' })).toBe(linkKey({ source: 'a', target: 'b', kind: 'collaborates' }));
    expect(linkKey({ source: 'b', target: 'a', kind: 'supports' })).not.toBe(linkKey({ source: 'a', target: 'b', kind: 'supports' }));
  });

  it('addLink refuses self-links, unknown ends and duplicates', () => {
    expect(addLink(map, { source: 'pay', target: 'pay', kind: 'supports', weight: 1 })).toBe(map);
    expect(addLink(map, { source: 'pay', target: 'ghost', kind: 'supports', weight: 1 })).toBe(map);
    expect(addLink(map, { source: 'checkout', target: 'shop', kind: 'collaborates', weight: 1 })).toBe(map);
    expect(addLink(map, { source: 'pay', target: 'shop', kind: 'supports', weight: 1 }).links).toHaveLength(3);
  });

  it('reverseLink turns a supports link around', () => {
    expect(reverseLink(map, 'pay>checkout').links[0]).toMatchObject({ source: 'checkout', target: 'pay' });
  });

  it('toggleLinkKind switches supports and collaborates and back', () => {
    const once = toggleLinkKind(map, 'pay>checkout');
    expect(once.links[0]!.kind).toBe('collaborates');
    expect(toggleLinkKind(once, 'checkout~pay').links[0]!.kind).toBe('supports');
  });

  it('updateLink refuses a change that would duplicate another link or a weight ≤ 0', () => {
    const both = addLink(map, { source: 'checkout', target: 'pay', kind: 'supports', weight: 1 });
    expect(reverseLink(both, 'pay>checkout')).toBe(both);
    expect(updateLink(map, 'pay>checkout', { weight: 0 })).toBe(map);
    expect(updateLink(map, 'pay>checkout', { weight: 3 }).links[0]!.weight).toBe(3);
  });

  it('removeLinks drops links by key', () => {
    expect(removeLinks(map, new Set(['checkout~shop'])).links.map(linkKey)).toEqual(['pay>checkout']);
    expect(removeLinks(map, new Set(['none']))).toBe(map);
  });
});

describe('fragments', () => {
  it('insertFragment copies nodes with fresh ids and the links among them', () => {
    const map = updateNode(mapOf('pay>checkout', 'checkout>ads'), 'pay', { x: 0, y: 0 });
    const { map: next, ids } = insertFragment(map, fragmentOf(map, new Set(['pay', 'checkout'])), 40, 40);
    expect(ids).toEqual(['pay-2', 'checkout-2']);
    expect(next.links.map(linkKey)).toContain('pay-2>checkout-2');
    expect(next.nodes.find((n) => n.id === 'pay-2')).toMatchObject({ x: 40, y: 40 });
  });
});

describe('ids', () => {
  it('slugOf makes a readable id and uniqueId avoids taken ones', () => {
    expect(slugOf('  Payments Platform (EU) ')).toBe('payments-platform-eu');
    expect(slugOf('Café Crème')).toBe('cafe-creme');
    expect(slugOf('!!!')).toBe('node');
    expect(uniqueId('pay', new Set(['pay', 'pay-2']))).toBe('pay-3');
  });
});
