import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { componentsOf, desiloSuggestion, knockOut, supportedNodes } from '../../src/analysis/index.ts';
import type { DesiloSuggestion } from '../../src/analysis/index.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { mapOf } from '../builders.ts';
import { arbitraryKindedKnockOut, arbitraryLayeredKnockOut, withLink } from './arbitraryKinds.ts';
import { shuffled } from './arbitraryMap.ts';
import { sortByCodePoint } from './reference.ts';

const shop = mapOf(
  'pay>checkout', 'pay>subscriptions', 'id>checkout', 'id>login', 'subscriptions>invoices',
  'checkout:service=1200', 'subscriptions:service=800', 'invoices:service=100', 'login:service=50',
  'courier:partner', 'courier~subscriptions', 'courier~id',
);

describe('desiloSuggestion', () => {
  it('links a surviving platform to the stranded node that carries the most value with it', () => {
    expect(desiloSuggestion(shop, ['pay'])).toEqual({
      source: 'id', target: 'subscriptions', recoveredValue: 900, recoveredCount: 2, recovered: ['invoices', 'subscriptions'],
    });
  });

  it('lowers the value at risk by what it says it recovers', () => {
    const before = knockOut(shop, ['pay']);
    const after = knockOut(withLink(shop, 'id', 'subscriptions'), ['pay']);
    expect(before.valueAtRisk - after.valueAtRisk).toBe(900);
    expect(after.stranded).toEqual([]);
  });

  it('suggests nothing when nothing is stranded', () => {
    expect(desiloSuggestion(shop, [])).toBeNull();
    expect(desiloSuggestion(shop, ['courier'])).toBeNull();
  });

  it('suggests nothing when no supported platform is left', () => {
    expect(desiloSuggestion(mapOf('pay>checkout', 'checkout=10'), ['pay'])).toBeNull();
    expect(desiloSuggestion(mapOf('pay>checkout', 'checkout=10', 'search:service', 'search>x'), ['pay'])).toBeNull();
  });

  it('prefers a source in the target\'s own piece of the map over a smaller id elsewhere', () => {
    const map = mapOf('a>x', 'b>y', 'r>t', 'r>u', 't=5', 'u=5', 'b~u');
    expect(desiloSuggestion(map, ['r'])).toMatchObject({ source: 'b', target: 'u', recoveredValue: 5 });
    expect(desiloSuggestion(mapOf('a>x', 'b>y', 'r>t', 'r>u', 't=5', 'u=5'), ['r'])).toMatchObject({ source: 'a', target: 't' });
  });

  it('recovers nodes of no value too, with the same preferences', () => {
    const map = mapOf('a>x', 'b>y', 'r>t', 'r>u', 'b~u');
    expect(desiloSuggestion(map, ['r'])).toEqual({ source: 'b', target: 'u', recoveredValue: 0, recoveredCount: 1, recovered: ['u'] });
  });

  it('breaks a tie in value by the number of nodes recovered', () => {
    const map = mapOf('pay>checkout', 'r>t', 'r>u', 'u>w', 't=5', 'u=5', 'w=0');
    expect(desiloSuggestion(map, ['r'])).toMatchObject({ target: 'u', recoveredValue: 5, recoveredCount: 2 });
  });

  it('counts what two entry points share below them for each, once', () => {
    const map = mapOf('pay>r', 'r>e', 'r>f', 'e>x', 'x>c', 'e>c', 'f>c', 'c>d', 'e=1', 'f=2', 'x=1', 'c=10', 'd=10');
    expect(desiloSuggestion(map, ['r'])).toEqual({ source: 'pay', target: 'e', recoveredValue: 22, recoveredCount: 4, recovered: ['c', 'd', 'e', 'x'] });
  });

  it('recovers a whole support cycle of stranded nodes through any one of them', () => {
    const map = mapOf('pay>r', 'r>a', 'a>b', 'b>c', 'c>a', 'a=1', 'b=2', 'c=3');
    expect(desiloSuggestion(map, ['r'])).toEqual({ source: 'pay', target: 'a', recoveredValue: 6, recoveredCount: 3, recovered: ['a', 'b', 'c'] });
  });

  it('takes only platforms as sources, and never a removed one', () => {
    const map = mapOf('big:service', 'big>r', 'r:platform', 'r>t', 't=5', 'pay:platform', 'pay>other');
    expect(desiloSuggestion(map, ['r'])).toMatchObject({ source: 'pay', target: 't' });
    expect(desiloSuggestion(map, ['r', 'pay'])).toBeNull();
  });

  it('does not count a link that turns a base platform into a dependant and so leaves the map floating', () => {
    // Literally, s → t makes t, r, s and y float, which empties the value at risk; that is no rescue.
    const map = mapOf('t>r', 'r>y', 't>s', 's:platform', 'y=100');
    expect(desiloSuggestion(map, ['r'])).toMatchObject({ source: 's', target: 'y', recoveredValue: 100 });
  });

  it('does not lift floating nodes, even where they hold stranded nodes up', () => {
    // a → f would rescue x and z through f, but also change what the full map supports.
    const map = mapOf('f>g', 'g>f', 'f>x', 'f>z', 'a>r', 'r>x', 'r>z', 'x=3', 'z=2');
    expect(desiloSuggestion(map, ['r'])).toMatchObject({ source: 'a', target: 'x', recoveredValue: 3, recovered: ['x'] });
  });

  it.each([
    ['dense random maps', arbitraryKindedKnockOut],
    ['layered maps', arbitraryLayeredKnockOut],
  ])('matches trying every candidate link on the extended map (%s), in any order of nodes and links', (_, maps) => {
    fc.assert(
      fc.property(maps, fc.integer(), ({ map, removed }, seed) => {
        const suggestion = desiloSuggestion(map, removed);
        expect(suggestion).toEqual(bruteForce(map, removed));
        expect(desiloSuggestion(shuffled(map, seed).map, removed)).toEqual(suggestion);
      }),
      { numRuns: 400 },
    );
  });
});

/** Every new supports link from a platform left to a node left, tried on the extended map. */
function bruteForce(map: EcoMap, removed: string[]): DesiloSuggestion | null {
  const gone = new Set(removed);
  const kinds = new Map<string, string>();
  for (const node of map.nodes) if (!kinds.has(node.id)) kinds.set(node.id, node.kind);
  const left = sortByCodePoint(kinds.keys()).filter((id) => !gone.has(id));
  const piece = new Map<string, number>();
  componentsOf(map, removed).forEach((ids, k) => ids.forEach((id) => piece.set(id, k)));
  const baseline = supportedNodes(map);
  const before = knockOut(map, removed);
  let best: (DesiloSuggestion & { together: boolean }) | null = null;
  for (const source of left.filter((id) => kinds.get(id) === 'platform')) {
    for (const target of left) {
      if (source === target || map.links.some((l) => l.kind === 'supports' && l.source === source && l.target === target)) continue;
      const extended = withLink(map, source, target);
      if (JSON.stringify(supportedNodes(extended)) !== JSON.stringify(baseline)) continue;
      const after = knockOut(extended, removed);
      const candidate = {
        source,
        target,
        recoveredValue: before.valueAtRisk - after.valueAtRisk,
        recoveredCount: before.stranded.length - after.stranded.length,
        recovered: before.stranded.filter((id) => !after.stranded.includes(id)),
        together: piece.get(source) === piece.get(target),
      };
      // Sources and targets are tried in code-point order, so a later candidate wins only when strictly better.
      if (
        !best ||
        candidate.recoveredValue > best.recoveredValue ||
        (candidate.recoveredValue === best.recoveredValue &&
          (candidate.recoveredCount > best.recoveredCount || (candidate.recoveredCount === best.recoveredCount && candidate.together && !best.together)))
      ) {
        best = candidate;
      }
    }
  }
  if (!best || best.recoveredCount <= 0) return null;
  const { together: _, ...suggestion } = best;
  return suggestion;
}
