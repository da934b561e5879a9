import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeMap } from '../../src/io/json.ts';
import { MAX_CAPTION_LENGTH, MAX_NOTES_LENGTH } from '../../src/io/limits.ts';
import { restoreMap } from '../../src/io/restore.ts';
import { DEFAULT_OVERLAYS } from '../../src/model/scenes.ts';
import { doc, restored } from './restoreHelpers.ts';

const nodes = [{ id: 'pay', kind: 'platform', name: 'Pay' }, { id: 'shop', kind: 'service', name: 'Shop' }, { id: 'id', kind: 'platform', name: 'Identity' }];

const scene = {
  id: 's1',
  title: 'Without payments',
  camera: { fit: 'nodes', ids: ['pay', 'shop'] },
  knockedOut: ['pay'],
  overlays: { flow: true, hulls: true, badges: false, labels: true },
  highlighted: ['shop'],
  caption: 'Checkout has nothing to stand on',
  notes: 'Pause here.\nAsk who owns payments.',
};

describe('restoreMap reads saved scenes', () => {
  it('keeps valid scenes as they are', () => {
    const { map, repairs } = restored(doc(nodes, [], { scenes: [scene, { ...scene, id: 's2', camera: { fit: 'all' } }] }));
    expect(map.scenes).toEqual([scene, { ...scene, id: 's2', camera: { fit: 'all' } }]);
    expect(repairs).toEqual([]);
  });

  it('fills what a scene leaves out with defaults, silently', () => {
    const { map, repairs } = restored(doc(nodes, [], { scenes: [{ id: 'bare' }] }));
    expect(map.scenes).toEqual([{ id: 'bare', camera: { fit: 'all' }, knockedOut: [], overlays: DEFAULT_OVERLAYS, highlighted: [], caption: '', notes: '' }]);
    expect(repairs).toEqual([]);
  });

  it('drops scenes it cannot use and says so', () => {
    const scenes = [scene, { ...scene, title: 'again' }, { caption: 'no id' }, { id: '' }, 'text', null, [scene]];
    const { map, repairs } = restored(doc(nodes, [], { scenes }));
    expect(map.scenes).toEqual([scene]);
    expect(repairs).toEqual([
      'scenes[1].id: "s1" is used by an earlier scene; dropped',
      'scenes[2].id: missing or not a usable id; scene dropped',
      'scenes[3].id: missing or not a usable id; scene dropped',
      'scenes[4]: not a scene object; dropped',
      'scenes[5]: not a scene object; dropped',
      'scenes[6]: not a scene object; dropped',
    ]);
  });

  it('drops node ids the map lacks, repeats and non-ids, and sorts the rest', () => {
    const bad = { id: 'x', camera: { fit: 'nodes', ids: ['shop', 'gone'] }, knockedOut: ['shop', 'pay', 'pay', 7], highlighted: ['nope'] };
    const { map, repairs } = restored(doc(nodes, [], { scenes: [bad] }));
    expect(map.scenes?.[0]).toMatchObject({ camera: { fit: 'nodes', ids: ['shop'] }, knockedOut: ['pay', 'shop'], highlighted: [] });
    expect(repairs).toEqual([
      'scenes[0].camera.ids[1]: no node "gone" in the map; dropped',
      'scenes[0].knockedOut[2]: "pay" listed twice; dropped',
      'scenes[0].knockedOut[3]: not a node id; dropped',
      'scenes[0].knockedOut: put in id order',
      'scenes[0].highlighted[0]: no node "nope" in the map; dropped',
    ]);
  });

  it('fits the whole map when a camera is unreadable or has no node left', () => {
    const scenes = [
      { id: 'a', camera: { fit: 'nodes', ids: ['gone'] } },
      { id: 'b', camera: { fit: 'zoom', k: 2 } },
      { id: 'c', camera: 'all' },
    ];
    const { map, repairs } = restored(doc(nodes, [], { scenes }));
    expect(map.scenes?.map((s) => s.camera)).toEqual([{ fit: 'all' }, { fit: 'all' }, { fit: 'all' }]);
    expect(repairs).toEqual([
      'scenes[0].camera.ids[0]: no node "gone" in the map; dropped',
      'scenes[0].camera: no node of the map to fit; fits the whole map',
      'scenes[1].camera: not a camera (fit "all", or fit "nodes" with ids); fits the whole map',
      'scenes[2].camera: not a camera (fit "all", or fit "nodes" with ids); fits the whole map',
    ]);
  });

  it('repairs overlays, lists and texts field by field, keeping the scene', () => {
    const odd = { id: 'o', title: 42, overlays: { flow: 'yes', labels: false }, knockedOut: 'pay', caption: ['x'], notes: null };
    const { map, repairs } = restored(doc(nodes, [], { scenes: [odd, { id: 'p', overlays: 3 }] }));
    expect(map.scenes).toEqual([
      { id: 'o', title: '42', camera: { fit: 'all' }, knockedOut: [], overlays: { ...DEFAULT_OVERLAYS, labels: false }, highlighted: [], caption: '', notes: '' },
      { id: 'p', camera: { fit: 'all' }, knockedOut: [], overlays: DEFAULT_OVERLAYS, highlighted: [], caption: '', notes: '' },
    ]);
    expect(repairs).toEqual([
      'scenes[0].title: 42 read as text',
      'scenes[0].knockedOut: "pay" is not a list of node ids; emptied',
      'scenes[0].overlays.flow: "yes" is not true or false; off by default',
      'scenes[0].caption: an array is not text; dropped',
      'scenes[0].notes: null is not text; dropped',
      'scenes[1].overlays: 3 is not a set of overlay switches; the defaults are used',
    ]);
  });

  it('cuts captions and notes to their limits', () => {
    const long = { id: 'l', caption: 'c'.repeat(MAX_CAPTION_LENGTH + 1), notes: 'n'.repeat(MAX_NOTES_LENGTH + 5) };
    const { map, repairs } = restored(doc(nodes, [], { scenes: [long] }));
    expect(map.scenes?.[0]?.caption).toHaveLength(MAX_CAPTION_LENGTH);
    expect(map.scenes?.[0]?.notes).toHaveLength(MAX_NOTES_LENGTH);
    expect(repairs).toEqual(['scenes[0].caption: 501 characters long; cut to 500', 'scenes[0].notes: 10,005 characters long; cut to 10,000']);
  });

  it('drops a scenes field that is not a list', () => {
    const { map, repairs } = restored(doc(nodes, [], { scenes: { s1: scene } }));
    expect(map.scenes).toBeUndefined();
    expect(repairs).toEqual(['scenes: not a list; dropped']);
  });

  it('writes scenes after scenarios, in a fixed key order, and reads them back unchanged', () => {
    const { map } = restored(doc(nodes, [], { scenes: [{ notes: 'n', id: 'x', overlays: { labels: true, flow: true }, title: 'X' }], scenarios: [{ id: 'a', name: 'A', removed: ['pay'] }], extra: 1 }));
    const text = serializeMap(map);
    const written = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(written)).toEqual(['format', 'version', 'title', 'nodes', 'links', 'scenarios', 'scenes', 'extra']);
    expect(Object.keys((written.scenes as object[])[0]!)).toEqual(['id', 'title', 'camera', 'knockedOut', 'overlays', 'highlighted', 'caption', 'notes']);
    const again = restoreMap(text);
    expect(again.ok && again.map).toEqual(map);
    expect(again.ok && again.repairs).toEqual([]);
    expect(again.ok && serializeMap(again.map)).toBe(text);
  });

  it('restores anything into scenes that save and restore unchanged', () => {
    const ref = fc.oneof(fc.constantFrom('pay', 'shop', 'id', 'gone', '__proto__'), fc.integer(), fc.constant(null));
    const idList = fc.oneof(fc.array(ref, { maxLength: 5 }), fc.anything());
    const rawScene = fc.oneof(
      fc.record(
        {
          id: fc.oneof(fc.constantFrom('a', 'b', 'c', ''), fc.integer()),
          title: fc.oneof(fc.string(), fc.integer(), fc.anything()),
          camera: fc.oneof(fc.record({ fit: fc.constantFrom('all', 'nodes', 'other'), ids: idList }), fc.anything()),
          knockedOut: idList,
          overlays: fc.oneof(fc.dictionary(fc.constantFrom('flow', 'hulls', 'badges', 'labels', 'x'), fc.oneof(fc.boolean(), fc.anything())), fc.anything()),
          highlighted: idList,
          caption: fc.oneof(fc.string({ maxLength: 600 }), fc.anything()),
          notes: fc.oneof(fc.string(), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(rawScene, { maxLength: 6 }), fc.anything()), (scenes) => {
        const { map } = restored(doc(nodes, [], { scenes }));
        expect(restoreMap(map)).toEqual({ ok: true, map, repairs: [] });
        expect(restoreMap(serializeMap(map))).toEqual({ ok: true, map, repairs: [] });
      }),
      { numRuns: 300 },
    );
  });
});
