import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OVERLAYS, addScene, duplicateScene, moveScene, removeScene, sceneFromView, scenesOf, updateScene } from '../../src/model/scenes.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { mapOf } from '../builders.ts';

const map = mapOf('pay>checkout', 'id>pay', 'id>search');

/** The map with scenes titled by the given names, in order. */
function withScenes(...titles: string[]): EcoMap {
  return titles.reduce((m, title) => addScene(m, sceneFromView(m, { title })).map, map);
}

const titles = (m: EcoMap) => scenesOf(m).map((s) => s.title);

describe('sceneFromView', () => {
  it('builds a scene from the view with ids the map holds, sorted, once each', () => {
    const scene = sceneFromView(map, { knockedOut: ['pay', 'ghost', 'id', 'pay'], highlighted: new Set(['search', 'nope']), fit: ['search', 'checkout'], overlays: { flow: true }, caption: 'Without pay' });
    expect(scene).toEqual({
      id: 'scene-1',
      camera: { fit: 'nodes', ids: ['checkout', 'search'] },
      knockedOut: ['id', 'pay'],
      overlays: { ...DEFAULT_OVERLAYS, flow: true },
      highlighted: ['search'],
      caption: 'Without pay',
      notes: '',
    });
  });

  it('frames the whole map when no node or every node is chosen', () => {
    expect(sceneFromView(map).camera).toEqual({ fit: 'all' });
    expect(sceneFromView(map, { fit: ['ghost'] }).camera).toEqual({ fit: 'all' });
    expect(sceneFromView(map, { fit: map.nodes.map((n) => n.id) }).camera).toEqual({ fit: 'all' });
  });

  it('gives a scene an id no scene of the map has', () => {
    const m = withScenes('A', 'B');
    expect(sceneFromView(m).id).toBe('scene-3');
    const gap = removeScene(m, 'scene-1');
    expect(sceneFromView(gap).id).toBe('scene-3');
  });
});

describe('scene list operations', () => {
  it('adds at the end by default, after a given index, or first with -1', () => {
    const m = withScenes('A', 'B');
    expect(titles(addScene(m, sceneFromView(m, { title: 'X' })).map)).toEqual(['A', 'B', 'X']);
    expect(titles(addScene(m, sceneFromView(m, { title: 'X' }), 0).map)).toEqual(['A', 'X', 'B']);
    expect(titles(addScene(m, sceneFromView(m, { title: 'X' }), -1).map)).toEqual(['X', 'A', 'B']);
    expect(titles(addScene(m, sceneFromView(m, { title: 'X' }), 99).map)).toEqual(['A', 'B', 'X']);
    expect(scenesOf(map)).toEqual([]);
  });

  it('gives an added scene a fresh id when its own is taken', () => {
    const m = withScenes('A');
    const { map: next, id } = addScene(m, { ...scenesOf(m)[0]!, title: 'again' });
    expect(id).not.toBe('scene-1');
    expect(scenesOf(next).map((s) => s.id)).toEqual(['scene-1', id]);
  });

  it('updates one scene and returns the same map when nothing changes', () => {
    const m = withScenes('A', 'B');
    expect(updateScene(m, 'scene-1', { title: 'A', caption: '', knockedOut: [], camera: { fit: 'all' } })).toBe(m);
    expect(updateScene(m, 'scene-1', { overlays: { ...DEFAULT_OVERLAYS } })).toBe(m);
    expect(updateScene(m, 'nope', { caption: 'x' })).toBe(m);
    const next = updateScene(m, 'scene-2', { caption: 'Look', knockedOut: ['pay', 'ghost'], overlays: { flow: true } });
    expect(scenesOf(next)[1]).toMatchObject({ caption: 'Look', knockedOut: ['pay'], overlays: { ...DEFAULT_OVERLAYS, flow: true } });
    expect(scenesOf(next)[0]).toBe(scenesOf(m)[0]);
  });

  it('removes a title when the patch sets it to undefined', () => {
    const next = updateScene(withScenes('A'), 'scene-1', { title: undefined });
    expect('title' in scenesOf(next)[0]!).toBe(false);
  });

  it('reads a camera patch against the map', () => {
    const next = updateScene(withScenes('A'), 'scene-1', { camera: { fit: 'nodes', ids: ['pay', 'ghost'] } });
    expect(scenesOf(next)[0]!.camera).toEqual({ fit: 'nodes', ids: ['pay'] });
  });

  it('removes a scene, and the list with its last scene', () => {
    const m = withScenes('A', 'B');
    expect(removeScene(m, 'nope')).toBe(m);
    expect(titles(removeScene(m, 'scene-1'))).toEqual(['B']);
    expect('scenes' in removeScene(removeScene(m, 'scene-1'), 'scene-2')).toBe(false);
  });

  it('duplicates a scene right after it under a new id', () => {
    const m = withScenes('A', 'B');
    const copy = duplicateScene(m, 'scene-1')!;
    expect(titles(copy.map)).toEqual(['A', 'A (copy)', 'B']);
    expect(copy.id).toBe('scene-3');
    expect(duplicateScene(m, 'nope')).toBeNull();
  });

  it('moves a scene to an index, clamped, and returns the same map when it stays', () => {
    const m = withScenes('A', 'B', 'C');
    expect(titles(moveScene(m, 'scene-1', 2))).toEqual(['B', 'C', 'A']);
    expect(titles(moveScene(m, 'scene-3', 0))).toEqual(['C', 'A', 'B']);
    expect(titles(moveScene(m, 'scene-3', -5))).toEqual(['C', 'A', 'B']);
    expect(moveScene(m, 'scene-2', 1)).toBe(m);
    expect(moveScene(m, 'scene-3', 10)).toBe(m);
    expect(moveScene(m, 'nope', 0)).toBe(m);
  });

  it('keeps scene ids unique through any sequence of edits', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), after: fc.integer({ min: -2, max: 6 }) }),
      fc.record({ kind: fc.constantFrom('remove' as const, 'duplicate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.integer({ min: -2, max: 8 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let m = map;
        for (const o of ops) {
          const list = scenesOf(m);
          const id = list.length ? list[('at' in o ? o.at : 0) % list.length]!.id : 'none';
          const before = list.length;
          if (o.kind === 'add') m = addScene(m, sceneFromView(m), o.after).map;
          else if (o.kind === 'remove') m = removeScene(m, id);
          else if (o.kind === 'duplicate') m = duplicateScene(m, id)?.map ?? m;
          else if (o.kind === 'move') {
            m = moveScene(m, id, o.to);
            expect(scenesOf(m).length).toBe(before);
          }
          const ids = scenesOf(m).map((s) => s.id);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
    );
  });
});
