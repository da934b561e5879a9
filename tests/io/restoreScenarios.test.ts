import { describe, expect, it } from 'vitest';
import { serializeMap } from '../../src/io/json.ts';
import { restoreMap } from '../../src/io/restore.ts';
import { doc, restored } from './restoreHelpers.ts';

const nodes = [{ id: 'pay', kind: 'platform', name: 'Pay' }, { id: 'shop', kind: 'service', name: 'Shop' }];

describe('restoreMap reads saved scenarios', () => {
  it('keeps valid scenarios as they are', () => {
    const scenarios = [{ id: 'no-pay', name: 'No pay', removed: ['pay'] }];
    const { map, repairs } = restored(doc(nodes, [], { scenarios }));
    expect(map.scenarios).toEqual(scenarios);
    expect(repairs).toEqual([]);
  });

  it('drops what it cannot use and says so', () => {
    const scenarios = [
      { id: 'a', name: 'A', removed: ['shop', 'gone', 7, 'pay'] },
      { id: 'a', name: 'again', removed: [] },
      { name: 'no id', removed: [] },
      { id: 'b', name: '  ', removed: [] },
      { id: 'c', name: 'C', removed: 'pay' },
      'text',
    ];
    const { map, repairs } = restored(doc(nodes, [], { scenarios }));
    expect(map.scenarios).toEqual([{ id: 'a', name: 'A', removed: ['pay', 'shop'] }]);
    expect(repairs).toEqual([
      'scenarios[0].removed[1]: no node "gone" in the map; dropped',
      'scenarios[0].removed[2]: not a node id; dropped',
      'scenarios[1].id: "a" is used by an earlier scenario; dropped',
      'scenarios[2].id: missing or not a usable id; scenario dropped',
      'scenarios[3].name: missing name; scenario dropped',
      'scenarios[4].removed: not a list of node ids; scenario dropped',
      'scenarios[5]: not a scenario object; dropped',
    ]);
  });

  it('drops a scenarios field that is not a list', () => {
    const { map, repairs } = restored(doc(nodes, [], { scenarios: { a: 1 } }));
    expect(map.scenarios).toBeUndefined();
    expect(repairs).toEqual(['scenarios: not a list; dropped']);
  });

  it('survives a save and a restore unchanged', () => {
    const { map } = restored(doc(nodes, [], { scenarios: [{ id: 'x', name: 'X', removed: ['pay', 'shop'] }] }));
    const again = restoreMap(serializeMap(map));
    expect(again.ok && again.map).toEqual(map);
    expect(again.ok && again.repairs).toEqual([]);
  });
});
