import type { Clip } from './renderPixels.ts';

/** Side of a tile, in device pixels. */
export const TILE = 32;

/**
 * The parts of a picture that must be drawn again, as tiles of a grid over the buffer. The
 * marked tiles come back as clips that never overlap: per row of tiles, each run of marked
 * tiles is one clip. Drawing everything that touches a clip, in the picture's order, through
 * that clip, leaves the picture as drawing it all again would.
 */
export interface DirtyTiles {
  /** Marks the tiles a rectangle (device pixels, any coordinates) touches. */
  mark(x0: number, y0: number, x1: number, y1: number): void;
  /** Marks the tiles a segment `pad` pixels wide on each side runs through. */
  markSegment(x0: number, y0: number, x1: number, y1: number, pad: number): void;
  /** The share of the buffer marked, 0–1. */
  share(): number;
  /** The marked tiles as clips, row by row. */
  runs(): Runs;
}

/** Clips that never overlap, row of tiles by row: those of row r are `clips[rowStart[r]..rowStart[r + 1]]`. */
export interface Runs {
  readonly clips: readonly Clip[];
  readonly rowStart: Int32Array;
  /** The smallest rectangle holding every clip, or null when there is none. */
  readonly bounds: Clip | null;
}

/** The tile row a y (device pixels) falls in, kept within the grid of `rows` rows. */
export function tileRow(y: number, rows: number): number {
  return Math.min(rows - 1, Math.max(0, Math.floor(y / TILE)));
}

export function createDirtyTiles(width: number, height: number): DirtyTiles {
  const columns = Math.max(1, Math.ceil(width / TILE));
  const rows = Math.max(1, Math.ceil(height / TILE));
  const marked = new Uint8Array(columns * rows);
  let count = 0;
  let runs: Runs | null = null;

  const tileX = (x: number) => Math.min(columns - 1, Math.max(0, Math.floor(x / TILE)));
  const tileY = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor(y / TILE)));
  const markTile = (c: number, r: number) => {
    const i = r * columns + c;
    if (marked[i]) return;
    marked[i] = 1;
    count++;
    runs = null;
  };
  const mark = (x0: number, y0: number, x1: number, y1: number) => {
    if (!(x1 >= 0 && y1 >= 0 && x0 < width && y0 < height)) return;
    const c1 = tileX(x1);
    const r1 = tileY(y1);
    for (let r = tileY(y0); r <= r1; r++) for (let c = tileX(x0); c <= c1; c++) markTile(c, r);
  };
  const rowRuns = (): Runs => {
    if (runs) return runs;
    const clips: Clip[] = [];
    const rowStart = new Int32Array(rows + 1);
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let r = 0; r < rows; r++) {
      rowStart[r] = clips.length;
      for (let c = 0; c < columns; c++) {
        if (!marked[r * columns + c]) continue;
        const start = c;
        while (c + 1 < columns && marked[r * columns + c + 1]) c++;
        const clip = { x0: start * TILE, y0: r * TILE, x1: Math.min(width, (c + 1) * TILE), y1: Math.min(height, (r + 1) * TILE) };
        clips.push(clip);
        x0 = Math.min(x0, clip.x0);
        y0 = Math.min(y0, clip.y0);
        x1 = Math.max(x1, clip.x1);
        y1 = Math.max(y1, clip.y1);
      }
    }
    rowStart[rows] = clips.length;
    runs = { clips, rowStart, bounds: clips.length ? { x0, y0, x1, y1 } : null };
    return runs;
  };

  return {
    mark,
    markSegment(ax, ay, bx, by, pad) {
      // Only the part over the buffer (grown by `pad`): a link far longer than the screen
      // costs what its visible part does.
      const cut = cutSegment(ax, ay, bx, by, -pad, -pad, width + pad, height + pad);
      if (!cut) return;
      const [x0, y0, x1, y1] = cut;
      const length = Math.hypot(x1 - x0, y1 - y0);
      // Pieces of under half a tile, each marking its box grown by `pad`: together they hold
      // the segment's whole band, and no piece marks more than four tiles.
      const steps = Math.max(1, Math.ceil(length / (TILE / 2)));
      let px = x0;
      let py = y0;
      for (let s = 1; s <= steps; s++) {
        const x = x0 + ((x1 - x0) * s) / steps;
        const y = y0 + ((y1 - y0) * s) / steps;
        mark(Math.min(px, x) - pad, Math.min(py, y) - pad, Math.max(px, x) + pad, Math.max(py, y) + pad);
        px = x;
        py = y;
      }
    },
    share: () => count / marked.length,
    runs: rowRuns,
  };
}

/** The part of a segment inside a rectangle (Liang–Barsky), or null when none is. */
function cutSegment(x0: number, y0: number, x1: number, y1: number, left: number, top: number, right: number, bottom: number): [number, number, number, number] | null {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [[-dx, x0 - left], [dx, right - x0], [-dy, y0 - top], [dy, bottom - y0]] as const) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
  }
  if (!(t0 <= t1)) return null;
  return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy];
}
