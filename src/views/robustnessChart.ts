import { el } from './element.ts';
import type { SvgElement } from './element.ts';
import { round } from './nodeShape.ts';
import type { Palette } from './theme.ts';

/** The map after `step` platforms are gone: `share` (0–1) of its value is still supported. */
export interface RobustnessPoint {
  readonly step: number;
  readonly share: number;
  /** The platform removed at this step; null for the untouched map. */
  readonly id: string | null;
  /** Its name, shown in the point's tooltip. */
  readonly label?: string;
}

export interface RobustnessChartOptions {
  readonly width: number;
  readonly height: number;
  readonly palette: Palette;
}

const MARGIN = { top: 10, right: 14, bottom: 34, left: 54 };

/**
 * A small step chart of how value holds up as platforms are removed one by one: x counts the
 * platforms removed, y the share of value still supported. Each point's tooltip names the platform.
 */
export function robustnessChart(points: readonly RobustnessPoint[], { width, height, palette }: RobustnessChartOptions): SvgElement {
  const data = points
    .filter((p) => Number.isFinite(p.step) && Number.isFinite(p.share))
    .map((p) => ({ ...p, share: Math.min(1, Math.max(0, p.share)) }))
    .sort((a, b) => a.step - b.step);
  const plotW = Math.max(1, width - MARGIN.left - MARGIN.right);
  const plotH = Math.max(1, height - MARGIN.top - MARGIN.bottom);
  const lastStep = Math.max(1, ...data.map((p) => p.step));
  const x = (step: number) => round(MARGIN.left + (step / lastStep) * plotW);
  const y = (share: number) => round(MARGIN.top + (1 - share) * plotH);
  const axisText = { 'font-size': 10, fill: palette.mutedText };

  const yTicks = (plotH >= 90 ? [0, 0.25, 0.5, 0.75, 1] : [0, 0.5, 1]).map((share) =>
    el('g', {}, [
      el('line', { x1: MARGIN.left, x2: MARGIN.left + plotW, y1: y(share), y2: y(share), stroke: palette.link, 'stroke-opacity': share === 0 ? 0.9 : 0.3 }),
      el('text', { x: MARGIN.left - 6, y: round(y(share) + 3.5), 'text-anchor': 'end', ...axisText }, [`${share * 100} %`]),
    ]),
  );
  const xTicks = integerTicks(lastStep, Math.max(2, Math.floor(plotW / 40))).map((step) =>
    el('g', {}, [
      el('line', { x1: x(step), x2: x(step), y1: MARGIN.top + plotH, y2: MARGIN.top + plotH + 4, stroke: palette.link }),
      el('text', { x: x(step), y: MARGIN.top + plotH + 15, 'text-anchor': 'middle', ...axisText }, [String(step)]),
    ]),
  );

  // Value holds until the next platform goes, then drops: a step after each point.
  let line = '';
  data.forEach((p, i) => {
    line += i === 0 ? `M${x(p.step)},${y(p.share)}` : `H${x(p.step)}V${y(p.share)}`;
  });
  const first = data[0];
  const last = data[data.length - 1];
  const area = first && last ? `${line}V${y(0)}H${x(first.step)}Z` : '';

  return el('g', { class: 'em-robustness' }, [
    ...yTicks,
    ...xTicks,
    el('text', { x: round(MARGIN.left + plotW / 2), y: height - 4, 'text-anchor': 'middle', ...axisText }, ['platforms removed']),
    el('text', { transform: `translate(12,${round(MARGIN.top + plotH / 2)}) rotate(-90)`, 'text-anchor': 'middle', ...axisText }, ['value supported']),
    ...(area ? [el('path', { d: area, fill: palette.chartLine, 'fill-opacity': 0.12 })] : []),
    ...(line ? [el('path', { d: line, fill: 'none', stroke: palette.chartLine, 'stroke-width': 2, 'stroke-linejoin': 'round' })] : []),
    ...data.map((p, i) =>
      el('circle', { cx: x(p.step), cy: y(p.share), r: 3.5, fill: palette.chartLine, stroke: palette.background, 'stroke-width': 1.5 }, [
        el('title', {}, [pointTitle(p)]),
      ], `point-${i}`),
    ),
  ]);
}

function pointTitle(p: RobustnessPoint): string {
  const share = `${Math.round(p.share * 100)} % of value supported`;
  if (p.id === null) return `Nothing removed: ${share}`;
  return `${p.step}. without ${p.label ?? p.id}: ${share}`;
}

/** Whole numbers from 0 to `max`, at most `count` of them, spaced 1, 2 or 5 × a power of ten. */
function integerTicks(max: number, count: number): number[] {
  const rough = max / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  const spacing = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += spacing) ticks.push(t);
  return ticks;
}
