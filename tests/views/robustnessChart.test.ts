import { describe, expect, it } from 'vitest';
import { robustnessChart } from '../../src/views/robustnessChart.ts';
import type { RobustnessPoint } from '../../src/views/robustnessChart.ts';
import { DARK, LIGHT } from '../../src/views/theme.ts';
import { toSvgString } from '../../src/views/toSvgString.ts';
import { findAll, textOf } from './svgQuery.ts';

const curve: RobustnessPoint[] = [
  { step: 0, share: 1, id: null },
  { step: 1, share: 0.6, id: 'pay', label: 'Payments' },
  { step: 2, share: 0.25, id: 'id', label: 'Identity' },
  { step: 3, share: 0, id: 'bk' },
];
const options = { width: 300, height: 170, palette: LIGHT };

describe('robustnessChart', () => {
  it('draws a point per step whose tooltip names the platform removed', () => {
    const titles = findAll(robustnessChart(curve, options), 'circle').map((c) => textOf(c));
    expect(titles).toEqual([
      'Nothing removed: 100 % of value supported',
      '1. without Payments: 60 % of value supported',
      '2. without Identity: 25 % of value supported',
      '3. without bk: 0 % of value supported',
    ]);
  });

  it('runs x with the platforms removed and y down as value is lost, inside the chart', () => {
    const points = findAll(robustnessChart(curve, options), 'circle').map((c) => ({ x: Number(c.attrs.cx), y: Number(c.attrs.cy) }));
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.x).toBeGreaterThan(points[i - 1]!.x);
      expect(points[i]!.y).toBeGreaterThan(points[i - 1]!.y);
    }
    for (const { x, y } of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(300);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(170);
    }
  });

  it('holds each share until the next platform goes, then steps down', () => {
    const line = findAll(robustnessChart(curve, options), 'path').find((p) => p.attrs.fill === 'none')!;
    expect(line.attrs.d).toMatch(/^M[\d.]+,[\d.]+(H[\d.]+V[\d.]+){3}$/);
    expect(line.attrs.stroke).toBe(LIGHT.chartLine);
  });

  it('labels both axes and ticks shares from 0 % to 100 %', () => {
    const texts = findAll(robustnessChart(curve, options), 'text').map((t) => textOf(t));
    expect(texts).toEqual(expect.arrayContaining(['0 %', '50 %', '100 %', '0', '1', '2', '3', 'platforms removed', 'value supported']));
  });

  it('keeps step ticks few on a long curve', () => {
    const long = Array.from({ length: 41 }, (_, step) => ({ step, share: 1 - step / 40, id: step ? `p${step}` : null }));
    const ticks = findAll(robustnessChart(long, options), 'text').map((t) => textOf(t)).filter((t) => /^\d+$/.test(t));
    expect(ticks).toEqual(['0', '10', '20', '30', '40']);
  });

  it('clamps shares to 0–100 % and skips points that are not numbers', () => {
    const odd = [{ step: 0, share: 1.4, id: null }, { step: 1, share: Number.NaN, id: 'x' }, { step: 2, share: -0.2, id: 'y' }];
    const circles = findAll(robustnessChart(odd, options), 'circle');
    expect(circles.map((c) => textOf(c))).toEqual(['Nothing removed: 100 % of value supported', '2. without y: 0 % of value supported']);
  });

  it('draws bare axes for no points', () => {
    const chart = robustnessChart([], options);
    expect(findAll(chart, 'circle')).toEqual([]);
    expect(findAll(chart, 'path')).toEqual([]);
    expect(toSvgString(chart)).not.toContain('NaN');
  });

  it('writes hostile platform names as inert text', () => {
    const svg = toSvgString(robustnessChart([{ step: 1, share: 0.5, id: 'x', label: '</title><script>alert(1)</script>' }], { ...options, palette: DARK }));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;');
  });
});
