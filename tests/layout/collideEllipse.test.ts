import { forceSimulation } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { forceCollideEllipse } from '../../src/layout/collideEllipse.ts';
import type { CollideNode } from '../../src/layout/collideEllipse.ts';
import { seededRandom } from '../../src/layout/random.ts';

function relax(nodes: CollideNode[], squash: number): CollideNode[] {
  forceSimulation(nodes).randomSource(seededRandom(1)).force('collide', forceCollideEllipse(squash)).stop().tick(300);
  return nodes;
}

describe('forceCollideEllipse', () => {
  it('leaves no two nodes overlapping, measured with y stretched by the squash', () => {
    const random = seededRandom(7);
    const nodes = relax(Array.from({ length: 400 }, () => ({ x: random() * 300, y: random() * 300, r: 10 + random() * 20 })), 1.5);
    let worst = 0;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!, b = nodes[j]!;
        const gap = Math.hypot(a.x! - b.x!, 1.5 * (a.y! - b.y!)) / (a.r + b.r);
        worst = Math.max(worst, 1 - gap);
      }
    }
    expect(worst).toBeLessThan(0.05);
  });

  it('parts nodes squash times further across than up and down', () => {
    const [a, b] = relax([{ x: 0, y: 0, r: 30 }, { x: 0, y: 1, r: 30 }], 2);
    const [c, d] = relax([{ x: 0, y: 0, r: 30 }, { x: 2, y: 0, r: 30 }], 2);
    const upDown = Math.abs(a!.y! - b!.y!);
    expect(upDown).toBeGreaterThanOrEqual(30);
    expect(Math.abs(c!.x! - d!.x!) / upDown).toBeCloseTo(2, 5);
  });

  it('moves nothing sideways-only when told y belongs to another force', () => {
    const nodes = [{ x: 0, y: 0, r: 30 }, { x: 5, y: 3, r: 30 }];
    forceSimulation(nodes).force('collide', forceCollideEllipse(1.5, 1, 0)).stop().tick(100);
    expect(nodes.map((n) => n.y)).toEqual([0, 3]);
    expect(Math.abs(nodes[0]!.x! - nodes[1]!.x!)).toBeGreaterThan(50);
  });
});
