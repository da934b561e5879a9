import { forceManyBody, forceSimulation } from 'd3-force';
import type { SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { forceCharge } from '../../src/layout/forceCharge.ts';
import { seededRandom } from '../../src/layout/random.ts';

function scatter(count: number, seed: number): SimulationNodeDatum[] {
  const random = seededRandom(seed);
  // A few coincident points too: the flat tree must chain them as d3 does.
  return Array.from({ length: count }, (_, i) => (i % 50 === 49 ? { x: 0, y: 0, vx: 0, vy: 0 } : { x: random() * 800, y: random() * 600, vx: 0, vy: 0 }));
}

function velocities(nodes: SimulationNodeDatum[], force: Parameters<ReturnType<typeof forceSimulation>['force']>[1]): number[] {
  const copies = nodes.map((n) => ({ ...n }));
  forceSimulation(copies).randomSource(seededRandom(1)).force('charge', force).stop().tick(1);
  return copies.flatMap((n) => [n.vx!, n.vy!]);
}

describe('forceCharge', () => {
  it('pushes nodes exactly as d3 forceManyBody does when nothing is approximated', () => {
    const nodes = scatter(300, 3);
    const ours = velocities(nodes, forceCharge({ strength: (_, i) => -10 - (i % 7), theta: 1e-6, distanceMin: 1, distanceMax: Infinity }));
    const theirs = velocities(nodes, forceManyBody().strength((_, i) => -10 - (i % 7)).theta(1e-6));
    ours.forEach((v, i) => expect(v).toBeCloseTo(theirs[i]!, 6));
  });

  it('stays within a few percent of the exact push with the Barnes-Hut approximation', () => {
    const nodes = scatter(1000, 4);
    const exact = velocities(nodes, forceCharge({ strength: () => -30, theta: 1e-6, distanceMin: 1, distanceMax: Infinity }));
    const approx = velocities(nodes, forceCharge({ strength: () => -30, theta: 0.9, distanceMin: 1, distanceMax: Infinity }));
    let error = 0;
    let size = 0;
    for (let i = 0; i < exact.length; i++) (error += Math.abs(approx[i]! - exact[i]!)), (size += Math.abs(exact[i]!));
    expect(error / size).toBeLessThan(0.05);
  });
});
