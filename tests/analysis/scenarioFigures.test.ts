import { describe, expect, it } from 'vitest';
import { scenarioFigures } from '../../src/analysis/scenarioFigures.ts';
import { mapOf } from '../builders.ts';

describe('scenarioFigures', () => {
  const map = mapOf('pay>checkout', 'pay>wallet', 'id>pay', 'checkout:service=30', 'wallet:service=10', 'ads:service=5', 'pay:platform=0');

  it('gives the baseline: one silo per component, nothing stranded, the supported share of value', () => {
    const f = scenarioFigures(map);
    expect(f).toEqual({ removed: [], silos: 2, stranded: [], valueAtRisk: 0, supportedValue: 45, supportedShare: 1 });
  });

  it('gives a knock-out: silos, stranded, value at risk and what is still supported', () => {
    const f = scenarioFigures(map, ['pay']);
    expect(f.removed).toEqual(['pay']);
    expect(f.silos).toBe(4);
    expect(f.stranded).toEqual(['checkout', 'wallet']);
    expect(f.valueAtRisk).toBe(40);
    expect(f.supportedValue).toBe(5);
    expect(f.supportedShare).toBeCloseTo(5 / 45);
  });

  it('counts a map without value as wholly supported', () => {
    expect(scenarioFigures(mapOf('a>b')).supportedShare).toBe(1);
  });
});
