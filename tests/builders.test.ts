import { describe, expect, it } from 'vitest';
import { mapOf } from './builders.ts';

describe('mapOf', () => {
  it('reads links, kinds, values and weights from one line', () => {
    const map = mapOf('pay>checkout*2', 'checkout:service=1200', 'shop~ads');
    expect(map.nodes).toEqual([
      { id: 'pay', name: 'pay', kind: 'platform', value: 0 },
      { id: 'checkout', name: 'checkout', kind: 'service', value: 1200 },
      { id: 'shop', name: 'shop', kind: 'service', value: 0 },
      { id: 'ads', name: 'ads', kind: 'service', value: 0 },
    ]);
    expect(map.links).toEqual([
      { source: 'pay', target: 'checkout', kind: 'supports', weight: 2 },
      { source: 'shop', target: 'ads', kind: 'collaborates', weight: 1 },
    ]);
  });

  it('refuses a spec it cannot read', () => {
    expect(() => mapOf('a>>b')).toThrow(/cannot read/);
  });
});
