import type { NodeKind } from '../model/types.ts';
import type { Box } from './bounds.ts';
import { el } from './element.ts';
import type { SvgElement } from './element.ts';
import { formatValue } from './formatValue.ts';
import { hullBox, hullPath, siloLabels } from './hulls.ts';
import type { Palette } from './theme.ts';

/** One connected piece left after a knock-out, with its nodes where they are drawn. */
export interface Silo {
  /** The number shown: "Silo 2". */
  readonly index: number;
  readonly nodes: readonly { readonly x: number; readonly y: number; readonly r: number; readonly kind: NodeKind; readonly value: number }[];
  /** One of several pieces a component fell into (`KnockOut.newSilo`). */
  readonly isNew: boolean;
}

export interface SiloLayerOptions {
  /** The map's unit, after each silo's value. */
  readonly unit?: string;
  /** Keep labels inside this box from side to side (the drawing's bounds). */
  readonly within?: Box;
}

const PADDING = 18;
const FONT_SIZE = 12;
const NOUNS: Record<NodeKind, [string, string]> = {
  platform: ['platform', 'platforms'],
  service: ['service', 'services'],
  partner: ['partner', 'partners'],
};

/** What a silo's label says after its name: "3 platforms · 5 services · 1,200 USD"; zeros left out. */
export function siloSummary(silo: Silo, unit?: string): string {
  const count: Record<NodeKind, number> = { platform: 0, service: 0, partner: 0 };
  let value = 0;
  for (const node of silo.nodes) {
    count[node.kind]++;
    if (Number.isFinite(node.value)) value += node.value;
  }
  const parts = (Object.keys(NOUNS) as NodeKind[])
    .filter((kind) => count[kind] > 0)
    .map((kind) => `${count[kind]} ${NOUNS[kind][count[kind] === 1 ? 0 : 1]}`);
  if (value > 0) parts.push(formatValue(value, unit));
  return parts.join(' · ');
}

/**
 * The silos' outlines and labels, drawn under the map: a soft hull per silo, dashed for a new one,
 * and above it "Silo 2 · new · 3 platforms · …". Hulls first, so no hull covers a label.
 */
export function siloLayer(silos: readonly Silo[], palette: Palette, options: SiloLayerOptions = {}): SvgElement {
  const { unit, within } = options;
  const drawn = silos
    .map((silo) => ({ silo, d: hullPath(silo.nodes, PADDING), box: hullBox(silo.nodes, PADDING), summary: siloSummary(silo, unit) }))
    .filter((s) => s.d !== '' && s.box !== undefined);
  const places = new Map(siloLabels(
    drawn.map(({ silo, box, summary }, i) => ({ id: String(i), box: box!, lines: [[`Silo ${silo.index}`, silo.isNew ? 'new' : '', summary].filter(Boolean).join(' · ')] })),
    { fontSize: FONT_SIZE, ...(within ? { within } : {}) },
  ).map((place) => [place.id, place]));
  const hulls = drawn.map(({ silo, d }) =>
    el('path', {
      class: silo.isNew ? 'em-silo em-silo-new' : 'em-silo', d,
      fill: palette.siloFill, 'fill-opacity': 0.55,
      stroke: silo.isNew ? palette.newSilo : palette.siloStroke, 'stroke-width': silo.isNew ? 2 : 1.5,
      ...(silo.isNew ? { 'stroke-dasharray': '7 5' } : {}),
    }, undefined, `hull-${silo.index}`),
  );
  const labels = drawn.flatMap(({ silo, summary }, i) => {
    const place = places.get(String(i));
    if (!place) return [];
    return el('text', {
      class: 'em-silo-label', x: place.x, y: place.y, 'text-anchor': place.anchor, 'font-size': FONT_SIZE, fill: palette.mutedText,
      stroke: palette.background, 'stroke-width': 3, 'paint-order': 'stroke',
    }, [
      el('tspan', { 'font-weight': 700, fill: palette.text }, [`Silo ${silo.index}`]),
      ...(silo.isNew ? [' · ', el('tspan', { 'font-weight': 700, fill: palette.newSilo }, ['new'])] : []),
      ...(summary ? [` · ${summary}`] : []),
    ], `label-${silo.index}`);
  });
  return el('g', { class: 'em-silos' }, [...hulls, ...labels]);
}
