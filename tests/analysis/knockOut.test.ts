import { describe, expect, it } from 'vitest';
import { knockOut } from '../../src/analysis/index.ts';
import { mapOf } from '../builders.ts';

const shop = mapOf(
  'pay>checkout', 'pay>subscriptions', 'id>checkout', 'id>login', 'checkout>receipts',
  'checkout:service=1200', 'subscriptions:service=800', 'login:service=50', 'receipts:service=30',
  'courier:partner', 'courier~subscriptions',
);

describe('knockOut', () => {
  it('strands what only the knocked-out platform lifts, and counts its value at risk', () => {
    const result = knockOut(shop, ['pay']);
    expect(result.stranded).toEqual(['subscriptions']);
    expect(result.valueAtRisk).toBe(800);
  });

  it('keeps nodes a second platform still lifts', () => {
    expect(knockOut(shop, ['pay']).stranded).not.toContain('checkout');
  });

  it('marks the pieces of a split component as new silos', () => {
    const result = knockOut(shop, ['pay']);
    expect(result.components).toEqual([['checkout', 'id', 'login', 'receipts'], ['courier', 'subscriptions']]);
    expect(result.newSilo).toEqual([true, true]);
    expect(result.siloDelta).toBe(1);
  });

  it('does not mark untouched components as new silos', () => {
    const result = knockOut(mapOf('pay>checkout', 'pay>search', 'x>y'), ['pay']);
    expect(result.components).toEqual([['x', 'y'], ['checkout'], ['search']]);
    expect(result.newSilo).toEqual([false, true, true]);
  });

  it('does not mark a component that shrank but held together', () => {
    const result = knockOut(mapOf('pay>checkout', 'checkout>widget'), ['pay']);
    expect(result.newSilo).toEqual([false]);
    expect(result.stranded).toEqual(['checkout', 'widget']);
  });

  it('knocks out several nodes at once', () => {
    const result = knockOut(shop, ['pay', 'id']);
    expect(result.removed).toEqual(['id', 'pay']);
    expect(result.stranded).toEqual(['checkout', 'login', 'receipts', 'subscriptions']);
    expect(result.valueAtRisk).toBe(2080);
  });

  it('never counts a knocked-out node as stranded', () => {
    const result = knockOut(shop, ['pay', 'checkout']);
    expect(result.stranded).toEqual(['receipts', 'subscriptions']);
    expect(result.valueAtRisk).toBe(830);
  });

  it('leaves floating nodes out of the stranded list: they were never supported', () => {
    expect(knockOut(mapOf('x>y', 'y>x', 'x>z'), ['x']).stranded).toEqual([]);
  });

  it('reports only the removed ids the map holds, sorted', () => {
    expect(knockOut(shop, ['pay', 'ghost', 'courier']).removed).toEqual(['courier', 'pay']);
  });

  it('changes nothing when nothing is removed', () => {
    const result = knockOut(shop, []);
    expect(result).toMatchObject({ removed: [], siloDelta: 0, stranded: [], valueAtRisk: 0 });
    expect(result.newSilo.every((silo) => !silo)).toBe(true);
  });
});
