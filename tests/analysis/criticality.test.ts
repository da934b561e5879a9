import { describe, expect, it } from 'vitest';
import { criticality } from '../../src/analysis/index.ts';
import { mapOf } from '../builders.ts';

describe('criticality', () => {
  const shop = mapOf(
    'pay>checkout', 'pay>subscriptions', 'id>checkout', 'id>login',
    'checkout=1200', 'subscriptions=800', 'login=50', 'courier~subscriptions',
  );

  it('reports what knocking out each node alone would strand', () => {
    const byId = new Map(criticality(shop).map((c) => [c.id, c]));
    expect(byId.get('pay')).toEqual({ id: 'pay', stranded: 1, valueAtRisk: 800, siloDelta: 1, articulation: true });
    expect(byId.get('id')).toEqual({ id: 'id', stranded: 1, valueAtRisk: 50, siloDelta: 1, articulation: true });
  });

  it('lists every node, most value at risk first, then most stranded, then by id', () => {
    expect(criticality(shop).map((c) => c.id)).toEqual(['pay', 'id', 'checkout', 'courier', 'login', 'subscriptions']);
  });

  it('counts everything a platform lifts alone through several layers', () => {
    const [top] = criticality(mapOf('cloud>pay', 'pay>checkout', 'checkout>receipts', 'receipts=5'));
    expect(top).toMatchObject({ id: 'cloud', stranded: 3, valueAtRisk: 5 });
  });

  it('strands nothing that a second path still lifts', () => {
    const byId = new Map(criticality(mapOf('a>b', 'a>c', 'b>d', 'c>d', 'd=9')).map((c) => [c.id, c]));
    expect(byId.get('b')!.stranded).toBe(0);
    expect(byId.get('a')).toMatchObject({ stranded: 3, valueAtRisk: 9 });
  });

  it('gives an isolated node a silo delta of −1: its component disappears with it', () => {
    expect(criticality(mapOf('alone'))).toEqual([{ id: 'alone', stranded: 0, valueAtRisk: 0, siloDelta: -1, articulation: false }]);
  });

  it('sees partners that hold pieces together through collaborates links', () => {
    const byId = new Map(criticality(mapOf('pay>checkout', 'pay>search', 'checkout~search')).map((c) => [c.id, c]));
    expect(byId.get('pay')!.articulation).toBe(false);
  });

  it('counts the pieces a hub splits into', () => {
    const hub = criticality(mapOf('hub~a', 'hub~b', 'hub~c')).find((c) => c.id === 'hub');
    expect(hub).toMatchObject({ siloDelta: 2, articulation: true });
  });

  it('does not strand anything by knocking out a floating node', () => {
    expect(criticality(mapOf('x>y', 'y>x', 'x>z')).every((c) => c.stranded === 0)).toBe(true);
  });
});
