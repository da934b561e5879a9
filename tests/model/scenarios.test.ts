import { describe, expect, it } from 'vitest';
import { addScenario, removeScenario, renameScenario, scenarioName, scenarioRemoval, scenariosOf } from '../../src/model/scenarios.ts';
import { mapOf } from '../builders.ts';

const map = mapOf('pay>checkout', 'id>pay', 'id>search');

describe('scenarios', () => {
  it('saves a knock-out with its ids sorted, known and once each', () => {
    const { map: next, id } = addScenario(map, 'No pay', ['pay', 'ghost', 'id', 'pay']);
    expect(scenariosOf(next)).toEqual([{ id, name: 'No pay', removed: ['id', 'pay'] }]);
    expect(scenariosOf(map)).toEqual([]);
  });

  it('gives every scenario its own id, even under the same name', () => {
    const a = addScenario(map, 'Test', ['pay']);
    const b = addScenario(a.map, 'Test', ['id']);
    expect(a.id).not.toBe(b.id);
    expect(scenariosOf(b.map).map((s) => s.id)).toEqual([a.id, b.id]);
  });

  it('names a scenario after what it removes, without repeating a name', () => {
    expect(scenarioName(map, ['pay'])).toBe('Without pay');
    expect(scenarioName(map, ['checkout', 'id', 'pay', 'search'])).toBe('Without checkout and id and 2 more');
    const { map: next } = addScenario(map, 'Without pay', ['pay']);
    expect(scenarioName(next, ['pay'])).toBe('Without pay (2)');
  });

  it('renames and deletes, returning the same map when nothing changes', () => {
    const { map: next, id } = addScenario(map, 'A', ['pay']);
    expect(renameScenario(next, id, 'A')).toBe(next);
    expect(renameScenario(next, 'nope', 'B')).toBe(next);
    expect(scenariosOf(renameScenario(next, id, 'B'))[0]!.name).toBe('B');
    expect(removeScenario(next, 'nope')).toBe(next);
    expect('scenarios' in removeScenario(next, id)).toBe(false);
  });

  it('reads a removal against the map', () => {
    expect(scenarioRemoval(map, new Set(['search', 'zzz', 'checkout']))).toEqual(['checkout', 'search']);
  });
});
