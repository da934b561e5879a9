/**
 * A pixel buffer that large maps are drawn into by hand: anti-aliased lines and pre-drawn node
 * sprites, blended in plain integer arithmetic, then put on a canvas in one call. Without a GPU,
 * the browser's own 2D canvas rasterises tens of thousands of paths several times slower than
 * this (measured: 20,000 nodes and 30,000 links in ~15 ms here against ~100–300 ms as paths).
 *
 * Colours are `0xBBGGRR` numbers (the byte order of ImageData on little-endian machines, which
 * is every browser's); coverage and alpha are integers 0–256.
 */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly image: ImageData;
  readonly data: Uint32Array;
}

/** A node drawn once at one scale: its visible pixels as offsets from the node's centre. */
export interface Sprite {
  readonly dx: Int16Array;
  readonly dy: Int16Array;
  readonly colour: Uint32Array;
  readonly alpha: Uint16Array;
  /** Every pixel lies within this many pixels of the centre. */
  readonly reach: number;
}

/** A rectangle of the buffer, in whole pixels: x0 ≤ x < x1, y0 ≤ y < y1. Drawing stays inside it. */
export interface Clip {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The whole buffer. */
export function allOf(px: Pixels): Clip {
  return { x0: 0, y0: 0, x1: px.width, y1: px.height };
}

export function createPixels(width: number, height: number): Pixels {
  const image = new ImageData(Math.max(1, width), Math.max(1, height));
  return { width: image.width, height: image.height, image, data: new Uint32Array(image.data.buffer) };
}

/** `#rrggbb` (or `#rgb`) as 0xBBGGRR. */
export function colourOf(css: string): number {
  let hex = css.startsWith('#') ? css.slice(1) : '888888';
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  const n = parseInt(hex.slice(0, 6), 16);
  if (!Number.isFinite(n)) return 0x888888;
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

export function fill(px: Pixels, colour: number, clip?: Clip): void {
  if (!clip) {
    px.data.fill(0xff000000 | colour);
    return;
  }
  for (let y = clip.y0; y < clip.y1; y++) px.data.fill(0xff000000 | colour, y * px.width + clip.x0, y * px.width + clip.x1);
}

/**
 * A straight line `width` pixels wide, anti-aliased across its width. `dash` (on, off) in pixels
 * along the line, or 0 for a solid line. Columns (or rows, for steep lines) are visited once each,
 * so the cost is the line's length times its width. Blending is written out in the loop: this is
 * where a large map spends most of its drawing time. Within `clip`, every pixel comes out as
 * drawing the whole line would leave it; outside, none changes.
 */
export function line(px: Pixels, x0: number, y0: number, x1: number, y1: number, width: number, colour: number, alpha: number, dashOn = 0, dashOff = 0, clip?: Clip): void {
  const { width: W, data } = px;
  const cx0 = clip ? clip.x0 : 0;
  const cy0 = clip ? clip.y0 : 0;
  const cx1 = clip ? clip.x1 : W;
  const cy1 = clip ? clip.y1 : px.height;
  // Cut the segment to the clip (grown by the line's width) first: a long link mostly off
  // screen costs nothing for the part that is.
  const m = width + 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  if (dx === 0) {
    if (x0 < cx0 - m || x0 > cx1 + m) return;
  } else {
    const a = (cx0 - m - x0) / dx;
    const b = (cx1 + m - x0) / dx;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
  }
  if (dy === 0) {
    if (y0 < cy0 - m || y0 > cy1 + m) return;
  } else {
    const a = (cy0 - m - y0) / dy;
    const b = (cy1 + m - y0) / dy;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
  }
  if (!(t0 < t1)) return;
  const steep = Math.abs(dy) > Math.abs(dx);
  // Walk along the major axis `u`; `v` is the other one. Where the line lies comes from its
  // ends as given, not as cut: the same pixels, whatever clip it is drawn through.
  const origin = steep ? y0 : x0;
  const du = steep ? dy : dx;
  if (!(Math.abs(du) > 1e-6)) return;
  const slope = (steep ? dx : dy) / du;
  const atZero = (steep ? x0 : y0) + (0.5 - origin) * slope;
  const ua = origin + t0 * du;
  const ub = origin + t1 * du;
  const u0 = Math.min(ua, ub);
  const u1 = Math.max(ua, ub);
  // Dashes are measured from the source end, wherever the line is cut or walked from.
  const stretch = Math.sqrt(1 + slope * slope);
  const half = (width * stretch) / 2;
  const uMin = steep ? cy0 : cx0;
  const uMax = steep ? cy1 : cx1;
  const vMin = steep ? cx0 : cy0;
  const vMax = steep ? cx1 : cy1;
  const start = Math.max(uMin, Math.ceil(u0 - 0.5));
  const end = Math.min(uMax - 1, Math.floor(u1 - 0.5));
  const period = dashOn + dashOff;
  const rb = colour & 0xff00ff;
  const g = colour & 0xff00;
  // Every value written is a signed 32-bit integer (what `|` gives): one type, so the loops stay optimised.
  const solid = 0xff000000 | colour;
  // Index of (u, v): steep lines walk rows, others columns.
  const uStride = steep ? W : 1;
  const vStride = steep ? 1 : W;
  for (let u = start; u <= end; u++) {
    const v = atZero + u * slope;
    if (period > 0 && (Math.abs(u + 0.5 - origin) * stretch) % period >= dashOn) continue;
    const lo = v - half;
    const hi = v + half;
    if (hi <= vMin || lo >= vMax) continue;
    // Coverage across the line: partial at its two edges, full between. The blend is written
    // out here, once: a call per pixel is not inlined and costs more than the pixel.
    const first = lo <= vMin ? vMin : lo | 0;
    const last = hi >= vMax ? vMax - 1 : hi | 0;
    let i = u * uStride + first * vStride;
    for (let w = first; w <= last; w++, i += vStride) {
      const a = (((w + 1 < hi ? w + 1 : hi) - (w > lo ? w : lo)) * alpha) | 0;
      if (a >= 256) data[i] = solid;
      else if (a > 0) {
        const d = data[i]!;
        const b = 256 - a;
        data[i] = 0xff000000 | (((rb * a + (d & 0xff00ff) * b) >>> 8) & 0xff00ff) | (((g * a + (d & 0xff00) * b) >>> 8) & 0xff00);
      }
    }
  }
}

/**
 * Draws `sprite` centred on the pixel that holds (x, y), at `alpha` (0–256) of its own opacity;
 * only within `clip` when given.
 */
export function blit(px: Pixels, sprite: Sprite, x: number, y: number, alpha = 256, clip?: Clip): void {
  const { width: W, data } = px;
  const X0 = clip ? clip.x0 : 0;
  const Y0 = clip ? clip.y0 : 0;
  const X1 = clip ? clip.x1 : W;
  const Y1 = clip ? clip.y1 : px.height;
  const cx = Math.floor(x);
  const cy = Math.floor(y);
  const { dx, dy, colour, alpha: own, reach } = sprite;
  if (cx + reach < X0 || cy + reach < Y0 || cx - reach >= X1 || cy - reach >= Y1) return;
  const n = own.length;
  const inside = cx - reach >= X0 && cy - reach >= Y0 && cx + reach < X1 && cy + reach < Y1;
  const base = cy * W + cx;
  for (let j = 0; j < n; j++) {
    let i = base + dy[j]! * W + dx[j]!;
    if (!inside) {
      const x1 = cx + dx[j]!;
      const y1 = cy + dy[j]!;
      if (x1 < X0 || y1 < Y0 || x1 >= X1 || y1 >= Y1) continue;
      i = y1 * W + x1;
    }
    const c = colour[j]!;
    const a = alpha >= 256 ? own[j]! : (own[j]! * alpha) >>> 8;
    if (a >= 256) data[i] = 0xff000000 | c;
    else {
      const d = data[i]!;
      const b = 256 - a;
      data[i] = 0xff000000 | ((((c & 0xff00ff) * a + (d & 0xff00ff) * b) >>> 8) & 0xff00ff) | ((((c & 0xff00) * a + (d & 0xff00) * b) >>> 8) & 0xff00);
    }
  }
}

/** The visible pixels of an RGBA image (straight alpha) whose centre is at (cx, cy). */
export function spriteFromImage(image: ImageData, cx: number, cy: number): Sprite {
  const { width, height, data } = image;
  let count = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
  const sprite = { dx: new Int16Array(count), dy: new Int16Array(count), colour: new Uint32Array(count), alpha: new Uint16Array(count), reach: 0 };
  let j = 0;
  let reach = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = 4 * (y * width + x);
      const a = data[i + 3]!;
      if (!a) continue;
      sprite.dx[j] = x - cx;
      sprite.dy[j] = y - cy;
      sprite.colour[j] = (data[i + 2]! << 16) | (data[i + 1]! << 8) | data[i]!;
      sprite.alpha[j] = a === 255 ? 256 : a;
      reach = Math.max(reach, Math.abs(x - cx), Math.abs(y - cy));
      j++;
    }
  }
  sprite.reach = reach;
  return sprite;
}

/**
 * Runs the drawing loops on a scrap buffer until the engine compiles them, so the first picture
 * of a map is not drawn by slow, not yet optimised code (several times slower, for a whole frame).
 */
export function warmUp(): void {
  const px: Pixels = { width: 64, height: 64, image: undefined as unknown as ImageData, data: new Uint32Array(64 * 64) };
  const dot: Sprite = { dx: Int16Array.of(0, 1, 0), dy: Int16Array.of(0, 0, 1), colour: Uint32Array.of(0x336699, 0x336699, 0x336699), alpha: Uint16Array.of(256, 128, 64), reach: 1 };
  for (let i = 0; i < 2000; i++) {
    line(px, (i * 7) % 64, (i * 13) % 64, (i * 29) % 70 - 3, (i * 31) % 70 - 3, 0.5 + (i % 4), 0x8899aa, i % 3 ? 256 : 150, i % 5 ? 0 : 6, i % 5 ? 0 : 4);
    blit(px, dot, (i * 11) % 66 - 1, (i * 17) % 66 - 1, i % 4 ? 256 : 40);
  }
}
