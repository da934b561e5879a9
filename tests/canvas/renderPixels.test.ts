import { describe, expect, it } from 'vitest';
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
