import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blit, colourOf, fill, line } from '../../src/canvas/renderPixels.ts';
import type { Pixels, Sprite } from '../../src/canvas/renderPixels.ts';

const WHITE = 0xffffff;
const BLACK = 0x000000;

function pixels(width: number, height: number): Pixels {
  const px = { width, height, image: null as unknown as ImageData, data: new Uint32Array(width * height) };
  fill(px, WHITE);
  return px;
}

/** Red, green and blue of the pixel at (x, y). */
const rgb = (px: Pixels, x: number, y: number) => {
  const v = px.data[y * px.width + x]!;
  return [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff];
};
const darkness = (px: Pixels, x: number, y: number) => 255 - rgb(px, x, y)[0]!;
const inked = (px: Pixels) => [...px.data].filter((v) => (v & 0xffffff) !== WHITE).length;

describe('colourOf', () => {
  it('reads #rrggbb and #rgb into the byte order of ImageData', () => {
    expect(colourOf('#102030')).toBe(0x302010);
    expect(colourOf('#fff')).toBe(0xffffff);
  });
});

describe('line', () => {
  it('covers the pixels a one-pixel horizontal line runs through, fully', () => {
    const px = pixels(10, 5);
    line(px, 0, 2.5, 10, 2.5, 1, BLACK, 256);
    for (let x = 0; x < 10; x++) expect(rgb(px, x, 2)).toEqual([0, 0, 0]);
    expect(inked(px)).toBe(10);
  });

  it('splits a line between two rows by how much of each it covers', () => {
    const px = pixels(10, 5);
    line(px, 0, 2, 10, 2, 1, BLACK, 256);
    expect(darkness(px, 4, 1)).toBeGreaterThan(120);
    expect(darkness(px, 4, 2)).toBeGreaterThan(120);
    expect(darkness(px, 4, 1)).toBeLessThan(135);
  });

  it('draws a thin line faint rather than not at all', () => {
    const px = pixels(10, 5);
    line(px, 0, 2.5, 10, 2.5, 0.2, BLACK, 256);
    expect(darkness(px, 5, 2)).toBeGreaterThan(40);
    expect(darkness(px, 5, 2)).toBeLessThan(60);
  });

  it('walks steep lines by rows, so a vertical line is solid too', () => {
    const px = pixels(5, 10);
    line(px, 2.5, 0, 2.5, 10, 1, BLACK, 256);
    for (let y = 0; y < 10; y++) expect(rgb(px, 2, y)).toEqual([0, 0, 0]);
  });

  it('draws the same pixels whichever end it starts from', () => {
    const a = pixels(20, 20);
    const b = pixels(20, 20);
    line(a, 1, 3, 17, 12, 1.5, BLACK, 256);
    line(b, 17, 12, 1, 3, 1.5, BLACK, 256);
    expect([...a.data]).toEqual([...b.data]);
  });

  it('leaves gaps where a dashed line is off', () => {
    const px = pixels(20, 3);
    line(px, 0, 1.5, 20, 1.5, 1, BLACK, 256, 6, 4);
    const row = Array.from({ length: 20 }, (_, x) => (darkness(px, x, 1) > 0 ? 1 : 0)).join('');
    expect(row).toBe('11111100001111110000');
  });

  it('clips to the buffer: a line far outside draws nothing and does not fail', () => {
    const px = pixels(10, 10);
    line(px, -100, -50, 300, -40, 3, BLACK, 256);
    line(px, -1e6, 5.5, 1e6, 5.5, 1, BLACK, 256);
    expect(inked(px)).toBe(10);
  });

  it('blends a half-transparent line halfway to its colour', () => {
    const px = pixels(4, 3);
    line(px, 0, 1.5, 4, 1.5, 1, BLACK, 128);
    expect(darkness(px, 1, 1)).toBe(128);
  });
});

describe('blit', () => {
  const dot: Sprite = { dx: Int16Array.from([0, 1]), dy: Int16Array.from([0, 0]), colour: Uint32Array.from([BLACK, BLACK]), alpha: Uint16Array.from([256, 128]), reach: 1 };

  it('stamps a sprite on the pixel that holds the point, with its own opacity', () => {
    const px = pixels(5, 5);
    blit(px, dot, 2.9, 2.1);
    expect(rgb(px, 2, 2)).toEqual([0, 0, 0]);
    expect(darkness(px, 3, 2)).toBe(128);
    expect(inked(px)).toBe(2);
  });

  it('fades the whole sprite by the alpha it is given', () => {
    const px = pixels(5, 5);
    blit(px, dot, 2, 2, 64);
    expect(darkness(px, 2, 2)).toBe(64);
  });

  it('drops the pixels that fall off the edge', () => {
    const px = pixels(5, 5);
    blit(px, dot, 4, 0);
    expect(inked(px)).toBe(1);
  });
});

describe('line, cut to the buffer', () => {
  it('draws the visible part of a line that starts and ends far outside', () => {
    const whole = pixels(10, 10);
    const cut = pixels(10, 10);
    line(whole, 0, 0, 10, 10, 1, BLACK, 256);
    line(cut, -1000, -1000, 1000, 1000, 1, BLACK, 256);
    expect([...cut.data]).toEqual([...whole.data]);
  });

  it('keeps the dashes where they were, measured from the source end', () => {
    const near = pixels(20, 3);
    const far = pixels(20, 3);
    line(near, 0, 1.5, 20, 1.5, 1, BLACK, 256, 6, 4);
    line(far, -1000, 1.5, 20, 1.5, 1, BLACK, 256, 6, 4);
    expect([...far.data]).toEqual([...near.data]);
  });
});

describe('drawing through clips', () => {
  // A buffer cut into tiles: drawing into every tile on its own gives the picture drawn whole.
  const tiles = (w: number, h: number, size: number) => {
    const out = [];
    for (let y = 0; y < h; y += size) for (let x = 0; x < w; x += size) out.push({ x0: x, y0: y, x1: Math.min(w, x + size), y1: Math.min(h, y + size) });
    return out;
  };
  const coord = fc.double({ min: -20, max: 60, noNaN: true });

  it('draws a line tile by tile exactly as whole, and nothing outside the clip', () => {
    fc.assert(
      fc.property(coord, coord, coord, coord, fc.double({ min: 0.2, max: 6, noNaN: true }), fc.integer({ min: 1, max: 256 }), fc.boolean(), fc.integer({ min: 3, max: 17 }), (x0, y0, x1, y1, width, alpha, dashed, size) => {
        const whole = pixels(40, 30);
        const tiled = pixels(40, 30);
        line(whole, x0, y0, x1, y1, width, BLACK, alpha, dashed ? 6 : 0, dashed ? 4 : 0);
        for (const clip of tiles(40, 30, size)) line(tiled, x0, y0, x1, y1, width, BLACK, alpha, dashed ? 6 : 0, dashed ? 4 : 0, clip);
        expect([...tiled.data]).toEqual([...whole.data]);
      }),
    );
  });

  it('blits a sprite tile by tile exactly as whole', () => {
    const sprite: Sprite = { dx: Int16Array.of(-3, 0, 2, 5), dy: Int16Array.of(0, -4, 1, 5), colour: Uint32Array.of(0x112233, 0x445566, 0x778899, 0xaabbcc), alpha: Uint16Array.of(256, 100, 30, 256), reach: 5 };
    fc.assert(
      fc.property(coord, coord, fc.integer({ min: 1, max: 256 }), fc.integer({ min: 2, max: 13 }), (x, y, alpha, size) => {
        const whole = pixels(40, 30);
        const tiled = pixels(40, 30);
        blit(whole, sprite, x, y, alpha);
        for (const clip of tiles(40, 30, size)) blit(tiled, sprite, x, y, alpha, clip);
        expect([...tiled.data]).toEqual([...whole.data]);
      }),
    );
  });

  it('fills only the clip', () => {
    const px = pixels(10, 10);
    fill(px, BLACK, { x0: 2, y0: 3, x1: 5, y1: 4 });
    expect(inked(px)).toBe(3);
    expect(rgb(px, 4, 3)).toEqual([0, 0, 0]);
  });
});
