import { describe, expect, it, vi } from 'vitest';
import { createLivePositions } from '../../src/store/livePositions.ts';

describe('live positions', () => {
  it('reads back what the layout wrote, by id', () => {
    const live = createLivePositions();
    live.setAll(['a', 'b'], new Float32Array([1, 2, 3, 4]));
    expect(live.get('b')).toEqual({ x: 3, y: 4 });
    expect(live.get('c')).toBeUndefined();
  });

  it('moves some nodes and keeps the others', () => {
    const live = createLivePositions();
    live.setAll(['a', 'b'], new Float32Array([1, 2, 3, 4]));
    live.setSome(new Map([['a', { x: 10, y: 20 }], ['new', { x: 5, y: 6 }]]));
    expect(live.snapshot()).toEqual(new Map([['a', { x: 10, y: 20 }], ['b', { x: 3, y: 4 }], ['new', { x: 5, y: 6 }]]));
  });

  it('tells subscribers after each change and stops when they unsubscribe', () => {
    const live = createLivePositions();
    const listener = vi.fn();
    const stop = live.subscribe(listener);
    live.setAll(['a'], new Float32Array([0, 0]));
    stop();
    live.setAll(['a'], new Float32Array([1, 1]));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(live.version).toBe(2);
  });

  it('hands a drawing loop the positions array and each id’s slot, the slots kept while the ids stay', () => {
    const live = createLivePositions();
    const ids = ['a', 'b'];
    live.setAll(ids, new Float32Array([1, 2, 3, 4]));
    const first = live.raw();
    expect(first.index.get('b')).toBe(1);
    expect(first.xy[2 * first.index.get('b')!]).toBe(3);
    live.setAll(ids, new Float32Array([5, 6, 7, 8]));
    expect(live.raw().index).toBe(first.index);
    expect(live.raw().xy[0]).toBe(5);
    live.setAll(['b', 'a'], new Float32Array([7, 8, 5, 6]));
    expect(live.raw().index.get('b')).toBe(0);
  });
});
