import { PNG } from 'pngjs';

/** A decoded PNG: width, height and RGBA bytes. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export function decodePng(bytes: Uint8Array): Pixels {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, data: png.data };
}

/**
 * The share (0–1) of pixels of `a` that no pixel of `b` matches: same place or one pixel away,
 * every channel within `threshold` (0–255, alpha-weighted over white). The one-pixel slack
 * forgives a renderer placing an anti-aliased edge or a glyph half a pixel over; a missing or
 * misplaced shape, a wrong colour or a wrong font size still counts in full.
 */
export function differingShare(a: Pixels, b: Pixels, threshold = 48, reach = 1): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  const { width, height } = a;
  const channel = (img: Pixels, i: number, c: number) => {
    const alpha = img.data[i + 3]! / 255;
    return img.data[i + c]! * alpha + 255 * (1 - alpha);
  };
  const close = (i: number, j: number) => {
    for (let c = 0; c < 3; c++) if (Math.abs(channel(a, i, c) - channel(b, j, c)) > threshold) return false;
    return true;
  };
  let differing = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (close(i, i)) continue;
      let matched = false;
      for (let dy = -reach; dy <= reach && !matched; dy++) {
        for (let dx = -reach; dx <= reach && !matched; dx++) {
          const nx = x + dx, ny = y + dy;
          if (nx >= 0 && ny >= 0 && nx < width && ny < height) matched = close(i, (ny * width + nx) * 4);
        }
      }
      if (!matched) differing++;
    }
  }
  return differing / (width * height);
}

/** Where the two differ: `a` faded, differing pixels red. For a person looking into a failure. */
export function diffImage(a: Pixels, b: Pixels, threshold = 48): Uint8Array {
  const out = new PNG({ width: a.width, height: a.height });
  for (let i = 0; i < a.data.length; i += 4) {
    const differs = [0, 1, 2].some((c) => Math.abs(a.data[i + c]! - b.data[i + c]!) > threshold);
    out.data[i] = differs ? 255 : 200 + (a.data[i]! >> 3);
    out.data[i + 1] = differs ? 0 : 200 + (a.data[i + 1]! >> 3);
    out.data[i + 2] = differs ? 0 : 200 + (a.data[i + 2]! >> 3);
    out.data[i + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(out));
}

/**
 * The share (0–1) of `size`×`size` blocks whose mean colour differs by more than `threshold` in
 * some channel. Averaging forgives where two renderers put an anti-aliased edge; a shape that is
 * missing, moved, dashed differently or recoloured still changes its blocks.
 */
export function differingBlocks(a: Pixels, b: Pixels, size = 6, threshold = 10): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  const means = (img: Pixels) => {
    const cols = Math.ceil(img.width / size), rows = Math.ceil(img.height / size);
    const sums = new Float64Array(cols * rows * 4);
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        const i = (y * img.width + x) * 4;
        const k = (Math.floor(y / size) * cols + Math.floor(x / size)) * 4;
        const alpha = img.data[i + 3]! / 255;
        for (let c = 0; c < 3; c++) sums[k + c]! += img.data[i + c]! * alpha + 255 * (1 - alpha);
        sums[k + 3]!++;
      }
    }
    return sums;
  };
  const ma = means(a), mb = means(b);
  let differing = 0;
  const blocks = ma.length / 4;
  for (let k = 0; k < ma.length; k += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(ma[k + c]! / ma[k + 3]! - mb[k + c]! / mb[k + 3]!) > threshold) {
        differing++;
        break;
      }
    }
  }
  return differing / blocks;
}
