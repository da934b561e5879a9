import { memo, useCallback, useRef } from 'react';
import { lookupOf } from '../model/lookup.ts';
import { useDoc, useStores, useUi } from '../store/context.ts';
import { useNodeStates } from '../store/nodeStates.ts';
import { linkGeometry, linkPaint } from '../views/linkView.ts';
import { radiiOf } from '../views/radii.ts';
import type { Palette } from '../views/theme.ts';
import type { ElementRegistry } from './registry.ts';

/** One link: a visible line, and a wide transparent one on top so a thin link is easy to click. */
export const LinkLine = memo(function LinkLine({ linkKey, registry, palette }: { linkKey: string; registry: ElementRegistry; palette: Palette }) {
  const link = useDoc((s) => lookupOf(s.map).links.get(linkKey));
  const targetRadius = useDoc((s) => (link ? radiiOf(s.map).get(link.target) ?? 14 : 14));
  const selected = useUi((s) => s.selection.links.has(linkKey));
  const flow = useNodeStates((s) => s.linkFlow?.get(linkKey) ?? 0);
  const { live } = useStores();
  const hitRef = useRef<SVGLineElement | null>(null);
  const ref = useCallback(
    (el: SVGLineElement | null) => {
      if (el && link) registry.links.set(linkKey, { el, hit: hitRef.current, source: link.source, target: link.target, kind: link.kind, targetRadius });
      else registry.links.delete(linkKey);
    },
    [linkKey, link, registry, targetRadius],
  );
  if (!link) return null;
  const from = live.get(link.source) ?? { x: 0, y: 0 };
  const to = live.get(link.target) ?? { x: 0, y: 0 };
  const g = linkGeometry(from, to, targetRadius, link.kind);
  const paint = linkPaint(link, palette, { selected, flow });
  return (
    <g className="em-link" data-link={linkKey}>
      <line ref={hitRef} {...g} className="em-link-hit" stroke="transparent" strokeWidth={12} />
      <line
        ref={ref}
        {...g}
        stroke={paint.stroke as string}
        strokeWidth={paint['stroke-width']}
        markerEnd={paint['marker-end'] as string | undefined}
        strokeDasharray={paint['stroke-dasharray'] as string | undefined}
        strokeOpacity={paint['stroke-opacity'] as number | undefined}
      />
    </g>
  );
});
