import type { SimulationNodeDatum } from 'd3-force';

/** A link as the sideways spring reads it: its ends as node indices. */
export interface AcrossLink {
  readonly source: number;
  readonly target: number;
}

/**
 * A link spring that pulls only sideways, for the stack layout, where a strong force owns y:
 * a supports link spanning several layers cannot reach its rest length, and d3's spring would
 * then drag both ends off their layers. `rest` is the horizontal distance a link settles at;
 * `strength` and the split between the ends follow d3 (the busier end moves less).
 */
export function forceLinkAcross<N extends SimulationNodeDatum, L extends AcrossLink>(
  links: readonly L[],
  rest: (link: L) => number,
  strength: (link: L) => number,
) {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let restOf = new Float64Array(0);
  let strengthOf = new Float64Array(0);
  let bias = new Float64Array(0);

  function force(alpha: number): void {
    for (let k = 0; k < links.length; k++) {
      const link = links[k]!;
      const s = nodes[link.source]!;
      const t = nodes[link.target]!;
      let dx = t.x! + t.vx! - s.x! - s.vx!;
      if (dx === 0) dx = (random() - 0.5) * 1e-6;
      const d = Math.abs(dx);
      const pull = ((d - restOf[k]!) / d) * alpha * strengthOf[k]!;
      t.vx! -= dx * pull * bias[k]!;
      s.vx! += dx * pull * (1 - bias[k]!);
    }
  }

  force.initialize = (next: N[], source: () => number) => {
    nodes = next;
    random = source;
    const count = new Int32Array(nodes.length);
    for (const link of links) count[link.source]!++, count[link.target]!++;
    restOf = Float64Array.from(links, rest);
    strengthOf = Float64Array.from(links, strength);
    bias = Float64Array.from(links, (l) => count[l.source]! / (count[l.source]! + count[l.target]!));
  };
  return force;
}
