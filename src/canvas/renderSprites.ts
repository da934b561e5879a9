import { spriteFromImage } from './renderPixels.ts';
import type { Sprite } from './renderPixels.ts';
import type { Context2D } from './renderViewTree.ts';

/**
 * How many pixels of sprites are kept (10 bytes each: ~30 MB); beyond it the oldest go. A zoom
 * level needs a few dozen shapes and a label per node on screen.
 */
const KEEP_PIXELS = 3_000_000;

/**
 * Pictures drawn once per look and scale, then stamped wherever they are needed: thousands of
 * nodes share a few dozen looks (kind, state, size), so a frame draws no paths at all for them.
 * Labels and arrowheads are kept the same way, so a redraw at the same zoom draws no text either.
 */
export interface SpriteCache {
  /**
   * The sprite of `key` at `scale`; if it is new, `paint` draws it in map units around the
   * origin (the point the sprite is stamped at), within `box` (map units, from the origin).
   */
  get(key: string, scale: number, box: Box, paint: (ctx: Context2D) => void): Sprite;
  clear(): void;
}

/** A rectangle around the origin, in map units: left, top, right, bottom. */
export type Box = readonly [number, number, number, number];

export function createSpriteCache(): SpriteCache {
  const sprites = new Map<string, Sprite>();
  let kept = 0;
  let ctx: Context2D | null = null;
  let canvas: HTMLCanvasElement | OffscreenCanvas | null = null;
  const surface = (width: number, height: number): Context2D | null => {
    if (!canvas) {
      canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : document.createElement('canvas');
      ctx = canvas.getContext('2d', { willReadFrequently: true }) as Context2D | null;
    }
    if (canvas.width < width || canvas.height < height) {
      canvas.width = Math.max(canvas.width, width);
      canvas.height = Math.max(canvas.height, height);
    }
    return ctx;
  };
  return {
    get(key, scale, box, paint) {
      const full = `${key}@${scale}`;
      const known = sprites.get(full);
      if (known) return known;
      // The origin sits on a pixel's centre, so a sprite stamped at a pixel is centred on it.
      const left = Math.ceil(-box[0] * scale) + 2;
      const top = Math.ceil(-box[1] * scale) + 2;
      const width = left + Math.ceil(box[2] * scale) + 3;
      const height = top + Math.ceil(box[3] * scale) + 3;
      const c = surface(width, height);
      let sprite: Sprite = { dx: new Int16Array(0), dy: new Int16Array(0), colour: new Uint32Array(0), alpha: new Uint16Array(0), reach: 0 };
      if (c) {
        c.setTransform(1, 0, 0, 1, 0, 0);
        c.clearRect(0, 0, width, height);
        c.setTransform(scale, 0, 0, scale, left + 0.5, top + 0.5);
        paint(c);
        sprite = spriteFromImage(c.getImageData(0, 0, width, height), left, top);
      }
      kept += sprite.alpha.length;
      for (const [oldest, old] of sprites) {
        if (kept <= KEEP_PIXELS) break;
        sprites.delete(oldest);
        kept -= old.alpha.length;
      }
      sprites.set(full, sprite);
      return sprite;
    },
    clear() {
      sprites.clear();
      kept = 0;
    },
  };
}
