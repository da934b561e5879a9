import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDirtyTiles, TILE } from '../../src/canvas/dirtyTiles.ts';

/** Whether (x, y) lies in one of the clips, and in no more than one. */
function covered(tiles: ReturnType<typeof createDirtyTiles>, x: number, y: number): boolean {
  const holding = tiles.runs().clips.filter((c) => x >= c.x0 && x < c.x1 && y >= c.y0 && y < c.y1);
  expect(holding.length).toBeLessThanOrEqual(1);
  return holding.length === 1;
}

describe('dirty tiles', () => {
  const W = 300;
  const H = 200;

  it('marks every pixel of a segment band, and clips never overlap', () => {
    const coord = fc.double({ min: -400, max: 700, noNaN: true });
    fc.assert(
      fc.property(coord, coord, coord, coord, fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (x0, y0, x1, y1, pad, t, side) => {
        const tiles = createDirtyTiles(W, H);
        tiles.markSegment(x0, y0, x1, y1, pad);
        // A point on the band: along the segment, then off it across by up to `pad`.
        const length = Math.hypot(x1 - x0, y1 - y0) || 1;
        const x = Math.floor(x0 + (x1 - x0) * t - ((y1 - y0) / length) * side * pad);
        const y = Math.floor(y0 + (y1 - y0) * t + ((x1 - x0) / length) * side * pad);
        if (x >= 0 && y >= 0 && x < W && y < H) expect(covered(tiles, x, y)).toBe(true);
      }),
    );
  });

  it('keeps a long segment off the buffer from marking anything', () => {
    const tiles = createDirtyTiles(W, H);
    tiles.markSegment(-1e6, -50, 1e6, -50, 4);
    expect(tiles.share()).toBe(0);
    expect(tiles.runs().bounds).toBeNull();
  });

  it('joins marked tiles of a row into one clip and bounds them all', () => {
    const tiles = createDirtyTiles(W, H);
    tiles.mark(5, 5, 3 * TILE + 1, 6);
    tiles.mark(W - 1, H - 1, W + 50, H + 50);
    const { clips, bounds } = tiles.runs();
    expect(clips[0]).toEqual({ x0: 0, y0: 0, x1: 4 * TILE, y1: TILE });
    expect(clips).toHaveLength(2);
    expect(bounds).toEqual({ x0: 0, y0: 0, x1: W, y1: H });
    expect(tiles.share()).toBeCloseTo(5 / (Math.ceil(W / TILE) * Math.ceil(H / TILE)));
  });
});
