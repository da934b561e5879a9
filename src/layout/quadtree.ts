/**
 * A point quadtree in flat typed arrays, rebuilt every tick by the charge and collision forces.
 * d3's quadtree allocates an object per cell and calls accessors per point; on a 1,000-node map
 * that was most of each tick. Here cells are rows in reused arrays, and a cell is always created
 * after its parent, so walking rows backwards visits children before parents.
 */
export interface FlatQuadtree {
  count: number;
  /** Four child rows per cell, -1 where none. */
  child: Int32Array;
  /** First point of a leaf (coincident points chain through `next`); -1 for internal cells. */
  point: Int32Array;
  next: Int32Array;
  left: Float64Array;
  top: Float64Array;
  size: Float64Array;
}

/** Deeper than this, points too close to tell apart share a leaf. */
const MAX_DEPTH = 40;

export function createQuadtree(): FlatQuadtree {
  return { count: 0, child: new Int32Array(0), point: new Int32Array(0), next: new Int32Array(0), left: new Float64Array(0), top: new Float64Array(0), size: new Float64Array(0) };
}

/** Rebuilds `tree` over the first `n` points of `xs`, `ys` (all finite). */
export function buildQuadtree(tree: FlatQuadtree, xs: Float64Array, ys: Float64Array, n: number): void {
  if (tree.next.length < n) tree.next = new Int32Array(n);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!, y = ys[i]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  tree.count = 0;
  if (n === 0) return;
  cell(tree, x0, y0, Math.max(x1 - x0, y1 - y0, 1) * 1.0001);
  for (let i = 0; i < n; i++) insert(tree, xs, ys, i);
}

function insert(tree: FlatQuadtree, xs: Float64Array, ys: Float64Array, i: number): void {
  const x = xs[i]!, y = ys[i]!;
  tree.next[i] = -1;
  let c = 0;
  for (let depth = 0; ; depth++) {
    const held = tree.point[c]!;
    if (held === -2) {
      tree.point[c] = i;
      return;
    }
    if (held >= 0) {
      if ((xs[held] === x && ys[held] === y) || depth >= MAX_DEPTH) {
        tree.next[i] = held;
        tree.point[c] = i;
        return;
      }
      // Split the leaf: its points move one level down, then this point descends beside them.
      tree.point[c] = -1;
      const q = quadrant(tree, c, xs[held]!, ys[held]!);
      // Resolve the row first: making it may grow the arrays, and `tree.point` with them.
      const row = child(tree, c, q);
      tree.point[row] = held;
    }
    const q = quadrant(tree, c, x, y);
    const existing = tree.child[4 * c + q]!;
    if (existing === -1) {
      const row = child(tree, c, q);
      tree.point[row] = i;
      return;
    }
    c = existing;
  }
}

function quadrant(tree: FlatQuadtree, c: number, x: number, y: number): number {
  const half = tree.size[c]! / 2;
  return (x >= tree.left[c]! + half ? 1 : 0) | (y >= tree.top[c]! + half ? 2 : 0);
}

function child(tree: FlatQuadtree, c: number, q: number): number {
  const half = tree.size[c]! / 2;
  const row = cell(tree, tree.left[c]! + (q & 1) * half, tree.top[c]! + (q >> 1) * half, half);
  tree.child[4 * c + q] = row;
  return row;
}

/** A new empty leaf (point -2) with the given box; grows the arrays when full. */
function cell(tree: FlatQuadtree, left: number, top: number, size: number): number {
  const row = tree.count++;
  if (row >= tree.point.length) grow(tree, Math.max(64, row * 2));
  tree.child.fill(-1, 4 * row, 4 * row + 4);
  tree.point[row] = -2;
  tree.left[row] = left;
  tree.top[row] = top;
  tree.size[row] = size;
  return row;
}

function grow(tree: FlatQuadtree, capacity: number): void {
  const copy = <A extends Int32Array | Float64Array>(from: A, to: A) => (to.set(from), to);
  tree.child = copy(tree.child, new Int32Array(capacity * 4));
  tree.point = copy(tree.point, new Int32Array(capacity));
  tree.left = copy(tree.left, new Float64Array(capacity));
  tree.top = copy(tree.top, new Float64Array(capacity));
  tree.size = copy(tree.size, new Float64Array(capacity));
}
