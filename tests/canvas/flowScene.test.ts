import { describe, expect, it } from 'vitest';
import type { ParticleStyle } from '../../src/canvas/flowParticles.ts';
import { createFlowScene } from '../../src/canvas/flowScene.ts';
import type { FlowLink, FlowTransform } from '../../src/canvas/flowScene.ts';
import { createLivePositions } from '../../src/store/livePositions.ts';

// Radii stay below the size at which a particle becomes a hexagon: every particle is one rect.
const style: ParticleStyle = { maxRadius: 1.7, minRadius: 1, spacing: 10, speed: 50, maxPerLink: 50, budget: 1000, minLength: 6 };
const identity: FlowTransform = { k: 1, x: 0, y: 0 };

/** Records what a scene draws: the centre of every rect, and every moveTo/lineTo point. */
function recorder() {
  const dots: { x: number; y: number }[] = [];
  const points: { x: number; y: number }[] = [];
  const ctx = {
    fillStyle: '',
    beginPath() {},
    fill() {},
    rect(x: number, y: number, w: number, h: number) {
      dots.push({ x: x + w / 2, y: y + h / 2 });
    },
    moveTo(x: number, y: number) {
      points.push({ x, y });
    },
    lineTo(x: number, y: number) {
      points.push({ x, y });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, dots, points };
}

function sceneWith(links: FlowLink[], amounts: number[], at: Record<string, [number, number]>, screen = { width: 800, height: 600 }, transform = identity) {
  const live = createLivePositions();
  live.setSome(new Map(Object.entries(at).map(([id, [x, y]]) => [id, { x, y }])));
  const scene = createFlowScene(style);
  scene.setFlow(links, amounts, () => 5);
  scene.readPositions(live);
  scene.fitView(transform, screen.width, screen.height);
  return scene;
}

// The platform `pay` sits below the service `shop` it supports.
const upstream = { pay: [100, 300], shop: [100, 100] } as Record<string, [number, number]>;

describe('flow scene', () => {
  it('puts particles on the link between the rims of the two nodes', () => {
    const scene = sceneWith([{ source: 'pay', target: 'shop' }], [10], upstream);
    const { ctx, dots } = recorder();
    scene.drawParticles(ctx, identity, 3, 'red');
    expect(dots.length).toBeGreaterThan(5);
    for (const d of dots) {
      expect(d.x).toBeCloseTo(100);
      expect(d.y).toBeGreaterThanOrEqual(105);
      expect(d.y).toBeLessThanOrEqual(295);
    }
  });

  it('takes positions from a plain getter as well as from the live store', () => {
    const scene = createFlowScene(style);
    scene.setFlow([{ source: 'pay', target: 'shop' }], [10], () => 5);
    scene.readPositions({ get: (id) => (id === 'pay' ? { x: 100, y: 300 } : id === 'shop' ? { x: 100, y: 100 } : undefined) });
    scene.fitView(identity, 800, 600);
    const fromGetter = recorder();
    scene.drawParticles(fromGetter.ctx, identity, 3, 'red');
    const fromStore = recorder();
    sceneWith([{ source: 'pay', target: 'shop' }], [10], upstream).drawParticles(fromStore.ctx, identity, 3, 'red');
    expect(fromGetter.dots.length).toBeGreaterThan(5);
    expect(fromGetter.dots).toEqual(fromStore.dots);
  });

  it('moves particles from the supported node towards its supporter', () => {
    const scene = sceneWith([{ source: 'pay', target: 'shop' }], [10], upstream);
    const before = recorder();
    const after = recorder();
    scene.drawParticles(before.ctx, identity, 0, 'red');
    scene.drawParticles(after.ctx, identity, 2, 'red');
    // Away from the wrap-round at the source, every particle is 2 units further down, towards pay.
    const moved = after.dots.filter((d) => d.y < 280).map((d) => d.y);
    const was = before.dots.filter((d) => d.y < 278).map((d) => d.y + 2);
    expect(moved.length).toBeGreaterThan(5);
    for (const y of moved.filter((y) => y > 110)) expect(was.some((w) => Math.abs(w - y) < 1e-3)).toBe(true);
  });

  it('draws nothing on links that carry no flow or whose nodes have no position', () => {
    const scene = sceneWith(
      [
        { source: 'pay', target: 'shop' },
        { source: 'pay', target: 'lost' },
      ],
      [0, 10],
      upstream,
    );
    const { ctx, dots } = recorder();
    scene.drawParticles(ctx, identity, 0, 'red');
    expect(scene.links).toBe(1);
    expect(dots).toEqual([]);
  });

  it('skips links that are off screen', () => {
    const scene = sceneWith([{ source: 'pay', target: 'shop' }], [10], upstream, { width: 800, height: 600 }, { k: 1, x: -500, y: 0 });
    const { ctx, dots } = recorder();
    scene.drawParticles(ctx, { k: 1, x: -500, y: 0 }, 0, 'red');
    expect(dots).toEqual([]);
  });

  it('keeps the particles on screen within the budget by spacing them further apart', () => {
    const links: FlowLink[] = [];
    const at: Record<string, [number, number]> = {};
    for (let i = 0; i < 40; i++) {
      links.push({ source: `p${i}`, target: `s${i}` });
      at[`p${i}`] = [10 + 15 * i, 590];
      at[`s${i}`] = [10 + 15 * i, 10];
    }
    const scene = sceneWith(links, links.map(() => 1), at);
    const { ctx, dots } = recorder();
    scene.drawParticles(ctx, identity, 0, 'red');
    expect(dots.length).toBeGreaterThan(200);
    expect(dots.length).toBeLessThanOrEqual(style.budget);
  });

  it('points the still arrowheads of reduced motion at the supporter', () => {
    const scene = sceneWith([{ source: 'pay', target: 'shop' }], [10], upstream);
    const { ctx, points } = recorder();
    scene.drawArrows(ctx, identity, 'red');
    expect(points.length % 3).toBe(0);
    for (let i = 0; i < points.length; i += 3) {
      const [tip, left, right] = [points[i]!, points[i + 1]!, points[i + 2]!];
      expect(tip.y).toBeGreaterThan(left.y);
      expect(tip.y).toBeGreaterThan(right.y);
    }
  });
});
