/**
 * The pure views build this small tree instead of DOM or React nodes, so the screen (through a
 * thin React adapter) and the exported SVG file (through a string serializer) draw the same thing.
 * Attribute names are SVG's own (`stroke-width`, `viewBox`).
 */
export interface SvgElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number | undefined>>;
  readonly children?: readonly SvgChild[];
  /** A stable identity among siblings, for the screen's reconciliation. */
  readonly key?: string;
}
export type SvgChild = SvgElement | string;

export function el(
  tag: string,
  attrs: SvgElement['attrs'] = {},
  children?: readonly SvgChild[],
  key?: string,
): SvgElement {
  // Literals, not spreads of optional parts: a large export makes ~50,000 of these.
  if (children) return key !== undefined ? { tag, attrs, children, key } : { tag, attrs, children };
  return key !== undefined ? { tag, attrs, key } : { tag, attrs };
}
