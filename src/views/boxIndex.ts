import type { Box } from './bounds.ts';

/**
 * Boxes kept in the order they were added and found by where they lie: a grid of square cells,
 * each listing the boxes (grown by `reach`) that touch it. Asking what a box may hit looks only
 * at the cells under it, so placing the labels of hundreds of silos is not a comparison of every
 * pair. The index only narrows the search: `hit` decides, as a scan of every box would.
 */
export interface BoxIndex<T extends { readonly box: Box }> {
  add(item: T): void;
  /** The earliest added item whose box, grown by `reach`, meets `box` and for which `hit` holds. */
  first(box: Box, hit: (item: T) => boolean): T | undefined;
}

/** More cells than this under one box: the box is kept aside (add) or every box scanned (first). */
const MAX_CELLS = 256;

export function createBoxIndex<T extends { readonly box: Box }>(cellSize: number, reach: number): BoxIndex<T> {
  const items: T[] = [];
  const cells = new Map<number, number[]>();
  // Boxes too large (or not finite) for the grid: always looked at.
  const aside: number[] = [];
  // A unit to spare, so that rounding in `hit`'s sums cannot miss a cell.
  const grow = Math.abs(reach) + 1;

  /** The cells under a box grown by `pad`, or undefined when they are too many to list. */
  const span = (box: Box, pad: number): [number, number, number, number] | undefined => {
    const x0 = Math.floor((box.x - pad) / cellSize), x1 = Math.floor((box.x + box.width + pad) / cellSize);
    const y0 = Math.floor((box.y - pad) / cellSize), y1 = Math.floor((box.y + box.height + pad) / cellSize);
    const count = (x1 - x0 + 1) * (y1 - y0 + 1);
    return count >= 1 && count <= MAX_CELLS ? [x0, x1, y0, y1] : undefined;
  };
  // Two cells may share a key far from the origin; that only adds boxes for `hit` to turn down.
  const key = (cx: number, cy: number) => cx * 65_536 + cy;

  return {
    add(item) {
      const index = items.push(item) - 1;
      const cellsUnder = span(item.box, grow);
      if (!cellsUnder) {
        aside.push(index);
        return;
      }
      const [x0, x1, y0, y1] = cellsUnder;
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const k = key(cx, cy);
          const list = cells.get(k);
          if (list) list.push(index);
          else cells.set(k, [index]);
        }
      }
    },
    first(box, hit) {
      const cellsUnder = span(box, 0);
      if (!cellsUnder) return items.find(hit);
      let best = Infinity;
      for (const index of aside) if (index < best && hit(items[index]!)) best = index;
      const [x0, x1, y0, y1] = cellsUnder;
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const list = cells.get(key(cx, cy));
          if (!list) continue;
          // Each list is in the order added: past `best`, or at its first hit, it has no earlier one.
          for (const index of list) {
            if (index >= best) break;
            if (hit(items[index]!)) {
              best = index;
              break;
            }
          }
        }
      }
      return best === Infinity ? undefined : items[best];
    },
  };
}
