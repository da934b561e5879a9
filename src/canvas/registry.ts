/**
 * The drawn elements by id, so the frame loop can move them without React: nodes get a
 * transform, links new end points. Components register on mount and unregister on unmount.
 */
export interface ElementRegistry {
  readonly nodes: Map<string, SVGGElement>;
  readonly links: Map<string, { el: SVGLineElement; hit: SVGLineElement | null; source: string; target: string; kind: 'supports' | 'collaborates'; targetRadius: number }>;
}

export function createElementRegistry(): ElementRegistry {
  return { nodes: new Map(), links: new Map() };
}
