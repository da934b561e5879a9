import { useDeferredValue, useMemo } from 'react';
import { robustnessCurve } from '../../analysis/robustness.ts';
import { renderSvgTree } from '../../canvas/SvgTree.tsx';
import { useDoc, useUi } from '../../store/context.ts';
import { robustnessChart } from '../../views/robustnessChart.ts';
import { THEMES } from '../../views/theme.ts';

const WIDTH = 300;
const HEIGHT = 170;

/**
 * How the map holds up as its platforms go one by one, the most critical first (recomputed after
 * each): the share of value still supported after each removal.
 */
export function RobustnessCurve() {
  // Edits come first: the curve follows once the map is drawn.
  const map = useDeferredValue(useDoc((s) => s.map));
  const palette = THEMES[useUi((s) => s.theme)];
  const points = useMemo(() => {
    const names = new Map(map.nodes.map((n) => [n.id, n.name]));
    return robustnessCurve(map).map((p, step) => ({ step, share: p.share, id: p.id, ...(p.id ? { label: names.get(p.id) ?? p.id } : {}) }));
  }, [map]);
  if (points.length < 2) return null;
  const half = points.find((p) => p.share < 0.5);
  return (
    <figure className="em-robustness">
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={`Robustness curve: ${points.length - 1} platforms removed in order of criticality`}>
        {renderSvgTree(robustnessChart(points, { width: WIDTH, height: HEIGHT, palette }))}
      </svg>
      <figcaption>
        Platforms removed one by one, most critical first.{' '}
        {half ? <>Half the value is lost after <strong>{half.step}</strong> of {points.length - 1}.</> : 'More than half the value survives every removal.'}
      </figcaption>
    </figure>
  );
}
