import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OVERLAYS, sceneFromView } from '../../src/model/scenes.ts';
import type { Scene } from '../../src/model/types.ts';
import { cameraFor } from '../../src/present/camera.ts';
import { FADE_MS, MAX_GLIDE_MS, MIN_GLIDE_MS, interpolateCamera, sceneTransition } from '../../src/present/transition.ts';
import { mapOf } from '../builders.ts';

const map = mapOf('pay>checkout', 'id>pay', 'id>search', 'far');
const positions = new Map([
  ['pay', { x: 0, y: 0 }],
  ['checkout', { x: 100, y: 0 }],
  ['id', { x: 0, y: 100 }],
  ['search', { x: 100, y: 100 }],
  ['far', { x: 5000, y: 5000 }],
]);
const viewport = { width: 1200, height: 800 };
const options = { positions, viewport };
const scene = (view: Parameters<typeof sceneFromView>[1]): Scene => sceneFromView(map, view);

describe('sceneTransition', () => {
  it('frames the new scene and knocks out what it adds, bringing back what it drops', () => {
    const a = scene({ knockedOut: ['pay', 'id'] });
    const b = scene({ knockedOut: ['id', 'search'], fit: ['pay', 'checkout'] });
    const plan = sceneTransition(a, b, map, options);
    expect(plan.knockIn).toEqual(['search']);
    expect(plan.knockBack).toEqual(['pay']);
    expect(plan.camera).toEqual({ from: cameraFor(a, positions, viewport), to: cameraFor(b, positions, viewport) });
  });

  it('starts from what the screen shows: the camera the presenter moved to and what-ifs on stage', () => {
    const a = scene({ knockedOut: ['pay'] });
    const here = { x: 3, y: 4, k: 0.5 };
    const plan = sceneTransition(a, a, map, { ...options, camera: here, knockedOut: ['pay', 'id'] });
    expect(plan.camera.from).toBe(here);
    expect(plan.knockBack).toEqual(['id']);
    expect(plan.knockIn).toEqual([]);
  });

  it('fades flow and other overlays in or out', () => {
    const plain = scene({});
    const flowing = scene({ overlays: { flow: true, labels: false } });
    expect(sceneTransition(plain, flowing, map, options)).toMatchObject({ flow: 'in', overlays: { flow: 'in', hulls: 'same', badges: 'same', labels: 'out' } });
    expect(sceneTransition(flowing, plain, map, options).flow).toBe('out');
    expect(sceneTransition(null, flowing, map, { ...options, overlays: { ...DEFAULT_OVERLAYS, flow: true } }).flow).toBe('same');
  });

  it('ignores knocked-out ids the map no longer holds', () => {
    const stale: Scene = { ...scene({}), knockedOut: ['deleted', 'pay'] };
    expect(sceneTransition(null, stale, map, options).knockIn).toEqual(['pay']);
  });

  it('takes no time when nothing changes', () => {
    const a = scene({ knockedOut: ['pay'] });
    const plan = sceneTransition(a, { ...a, id: 'copy' }, map, options);
    expect(plan.duration).toBe(0);
    expect(plan.glide.duration).toBe(0);
  });

  it('takes no time with reduced motion, whatever changes', () => {
    const plan = sceneTransition(scene({}), scene({ knockedOut: ['pay'], fit: ['far'], overlays: { flow: true } }), map, { ...options, reducedMotion: true });
    expect(plan).toMatchObject({ duration: 0, glide: { delay: 0, duration: 0 }, fade: { delay: 0, duration: 0 }, knockIn: ['pay'], flow: 'in' });
  });

  it('glides for a time that grows with the distance, within bounds, and fades halfway through', () => {
    const near = sceneTransition(scene({ fit: ['pay', 'checkout'] }), scene({ fit: ['id', 'search'] }), map, options);
    const far = sceneTransition(scene({ fit: ['pay'] }), scene({ fit: ['far'], knockedOut: ['pay'] }), map, options);
    expect(near.glide.duration).toBeGreaterThanOrEqual(MIN_GLIDE_MS);
    expect(far.glide.duration).toBeGreaterThan(near.glide.duration);
    expect(far.glide.duration).toBeLessThanOrEqual(MAX_GLIDE_MS);
    expect(interpolateCamera(far.camera.from, far.camera.to, viewport).duration).toBeGreaterThan(MAX_GLIDE_MS);
    expect(far.fade).toEqual({ delay: far.glide.duration / 2, duration: FADE_MS });
    expect(far.duration).toBe(Math.max(far.glide.duration, far.fade.delay + FADE_MS));
  });

  it('fades without a glide when only the knock-out changes', () => {
    const plan = sceneTransition(scene({}), scene({ knockedOut: ['id'] }), map, options);
    expect(plan).toMatchObject({ glide: { duration: 0 }, fade: { delay: 0, duration: FADE_MS }, duration: FADE_MS });
  });
});

describe('interpolateCamera', () => {
  const a = { x: 10, y: 20, k: 1 };
  const b = { x: -4000, y: 900, k: 3 };

  it('starts exactly at a and ends exactly at b', () => {
    const i = interpolateCamera(a, b, viewport);
    expect(i(0)).toBe(a);
    expect(i(1)).toBe(b);
    expect(i(-0.5)).toBe(a);
    expect(i(2)).toBe(b);
  });

  it('zooms monotonically when only the scale changes about the centre', () => {
    // Both cameras keep the map point (0, 0) at the viewport's centre.
    const from = { x: 600, y: 400, k: 0.5 };
    const to = { x: 600, y: 400, k: 4 };
    const i = interpolateCamera(from, to, viewport);
    let last = 0;
    for (let t = 0; t <= 1.0001; t += 0.05) {
      const c = i(t);
      expect(c.k).toBeGreaterThanOrEqual(last);
      expect(c.x).toBeCloseTo(600, 6);
      expect(c.y).toBeCloseTo(400, 6);
      last = c.k;
    }
  });

  it('zooms out on the way across a long pan at one scale, and back in', () => {
    const i = interpolateCamera({ x: 0, y: 0, k: 1 }, { x: -20_000, y: 0, k: 1 }, viewport);
    expect(i(0.5).k).toBeLessThan(0.5);
    expect(i(0.25).k).toBeGreaterThan(i(0.5).k);
  });

  it('keeps the map point at the centre moving steadily from start to end', () => {
    const i = interpolateCamera(a, b, viewport);
    const centre = (c: { x: number; y: number; k: number }) => (600 - c.x) / c.k;
    let last = centre(a);
    for (let t = 0.1; t <= 1.0001; t += 0.1) {
      const now = centre(i(t));
      expect(now).toBeGreaterThanOrEqual(last - 1e-9);
      last = now;
    }
  });

  it('never gives a non-finite camera, and takes no time between equal cameras', () => {
    expect(interpolateCamera(a, { ...a }, viewport).duration).toBe(0);
    const cam = fc.record({ x: fc.double({ min: -1e6, max: 1e6, noNaN: true }), y: fc.double({ min: -1e6, max: 1e6, noNaN: true }), k: fc.double({ min: 0.02, max: 8, noNaN: true }) });
    fc.assert(
      fc.property(cam, cam, fc.double({ min: 0, max: 1, noNaN: true }), (p, q, t) => {
        const c = interpolateCamera(p, q, viewport)(t);
        expect([c.x, c.y, c.k].every(Number.isFinite)).toBe(true);
        expect(c.k).toBeGreaterThan(0);
      }),
    );
  });
});
