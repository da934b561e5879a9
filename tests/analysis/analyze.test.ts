import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { createMap } from '../../src/model/create.ts';
import { mapOf } from '../builders.ts';

describe('analyze', () => {
  const map = mapOf('pay>checkout', 'pay>search', 'id>checkout', 'checkout=1200', 'search=300', 'x>y', 'y>x');

  it('prints the report with its keys in the documented order', () => {
    const report = JSON.parse(JSON.stringify(analyze(map, ['pay']))) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual([
      'nodes', 'links', 'removed', 'components', 'siloDelta', 'stranded', 'floating',
      'valueAtRisk', 'cycles', 'flow', 'criticality',
    ]);
  });

  it('reports the knock-out, the warnings and the flow together', () => {
    const report = analyze(map, ['pay']);
    expect(report).toMatchObject({
      nodes: 6,
      links: 5,
      removed: ['pay'],
      components: [['checkout', 'id'], ['x', 'y'], ['search']],
      siloDelta: 1,
      stranded: ['search'],
      floating: ['x', 'y'],
      valueAtRisk: 300,
      cycles: [['y', 'x']],
    });
    expect(Object.keys(report.flow)).toEqual(['checkout', 'id', 'search', 'x', 'y']);
    expect(report.flow['id']).toEqual({ value: 0, total: 1200, enabled: 1200 });
  });

  it('keeps criticality about the full map, whatever is removed', () => {
    expect(analyze(map, ['pay']).criticality).toEqual(analyze(map, []).criticality);
    expect(analyze(map, ['pay']).criticality[0]).toEqual({ id: 'pay', stranded: 1, valueAtRisk: 300, siloDelta: 1, articulation: true });
  });

  it('keeps an id called __proto__ as an ordinary key of the flow', () => {
    const report = analyze(mapOf('__proto__>checkout', 'checkout=5'), []);
    expect(JSON.parse(JSON.stringify(report.flow))).toEqual({
      ['__proto__']: { value: 0, total: 5, enabled: 5 },
      checkout: { value: 5, total: 5, enabled: 0 },
    });
    expect(Object.keys(report.flow)).toEqual(['__proto__', 'checkout']);
  });

  it('reports an empty map as empty', () => {
    expect(JSON.stringify(analyze(createMap(), ['ghost']))).toBe(
      '{"nodes":0,"links":0,"removed":[],"components":[],"siloDelta":0,"stranded":[],"floating":[],' +
        '"valueAtRisk":0,"cycles":[],"flow":{},"criticality":[]}',
    );
  });

  it('ignores removed ids the map does not hold', () => {
    expect(analyze(map, ['ghost']).removed).toEqual([]);
  });
});
