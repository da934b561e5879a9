/** The largest canvas Chromium draws: 16,384 px a side (more fails in places) and 2^28 px in all. */
export const CANVAS_MAX_SIDE = 16_384;
export const CANVAS_MAX_AREA = 268_435_456;

/** The scale a picture of `width` × `height` map units is drawn at, and whether the limits cut it. */
export interface PngScale {
  readonly scale: number;
  readonly clamped: boolean;
  /** The canvas's size in pixels at that scale. */
  readonly width: number;
  readonly height: number;
}

/**
 * The requested scale (1×, 2×, 3×; anything else is brought into 1–3) lowered, if need be, until
 * the canvas fits within the browser's limits. `clamped` says it was lowered, so the UI can say so.
 */
export function pngScale(width: number, height: number, requested: number, limits = { side: CANVAS_MAX_SIDE, area: CANVAS_MAX_AREA }): PngScale {
  const wanted = Number.isFinite(requested) ? Math.min(3, Math.max(1, requested)) : 1;
  const w = Math.max(1, width), h = Math.max(1, height);
  const fits = Math.min(limits.side / w, limits.side / h, Math.sqrt(limits.area / (w * h)));
  // Two decimals, rounded down, so the rounded size still fits.
  const scale = wanted <= fits ? wanted : Math.floor(fits * 100) / 100;
  const sized = (s: number) => ({ width: Math.max(1, Math.ceil(w * s)), height: Math.max(1, Math.ceil(h * s)) });
  let size = sized(scale);
  let s = scale;
  while ((size.width > limits.side || size.height > limits.side || size.width * size.height > limits.area) && s > 0.01) size = sized((s = Math.round((s - 0.01) * 100) / 100));
  return { scale: s, clamped: s < wanted, ...size };
}
