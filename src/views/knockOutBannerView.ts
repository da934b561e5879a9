import { el } from './element.ts';
import type { SvgElement } from './element.ts';
import { formatValue } from './formatValue.ts';
import type { Palette } from './theme.ts';

/** The figures of a knock-out, as the banner on screen states them. */
export interface KnockOutBannerFigures {
  readonly removedNames: readonly string[];
  readonly silosBefore: number;
  readonly silosAfter: number;
  readonly stranded: number;
  readonly valueAtRisk: number;
}

const FONT_SIZE = 13;
const LINE_HEIGHT = 19;
const PAD_X = 14;
const PAD_Y = 10;
const NAMES_SHOWN = 3;
// Text is not measured (no DOM here): a character of a system sans-serif is about this wide.
const CHAR_WIDTH = 0.6;

const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : `${one}s`}`;

/** The banner's two lines: what was knocked out, then silos before → after, stranded and value at risk. */
export function knockOutBannerLines(figures: KnockOutBannerFigures, unit?: string): [string, string] {
  const names = figures.removedNames.map((name) => (name.length > 40 ? `${name.slice(0, 39)}…` : name));
  const what = names.length > NAMES_SHOWN ? `${names.slice(0, NAMES_SHOWN).join(', ')} and ${names.length - NAMES_SHOWN} more` : names.join(', ');
  const delta = figures.silosAfter - figures.silosBefore;
  const silos = `Silos ${figures.silosBefore} → ${figures.silosAfter}${delta ? ` (${delta > 0 ? '+' : ''}${delta})` : ''}`;
  return [`Without ${what}`, `${silos} · ${plural(figures.stranded, 'node')} stranded · ${formatValue(figures.valueAtRisk, unit)} at risk`];
}

/** The banner's size, estimated from its text: where the drawing makes room for it. */
export function knockOutBannerSize(figures: KnockOutBannerFigures, unit?: string): { width: number; height: number } {
  const longest = Math.max(...knockOutBannerLines(figures, unit).map((line) => line.length));
  return { width: Math.ceil(longest * FONT_SIZE * CHAR_WIDTH + 2 * PAD_X), height: 2 * LINE_HEIGHT + 2 * PAD_Y - 4 };
}

/**
 * The knock-out banner as a drawing, its top left at the origin: a card outlined in the stranded
 * colour with the two lines of `knockOutBannerLines`. Plain text runs, so a canvas draws it too.
 */
export function knockOutBannerView(figures: KnockOutBannerFigures, palette: Palette, unit?: string): SvgElement {
  const [what, numbers] = knockOutBannerLines(figures, unit);
  const { width, height } = knockOutBannerSize(figures, unit);
  const line = (y: number, text: string, weight: number) =>
    el('text', { x: PAD_X, y, 'font-size': FONT_SIZE, 'font-weight': weight, fill: palette.text }, [text]);
  return el('g', { class: 'em-knockout-banner' }, [
    el('rect', { width, height, rx: 10, fill: palette.background, stroke: palette.stranded, 'stroke-width': 2 }),
    line(PAD_Y + FONT_SIZE - 1, what, 700),
    line(PAD_Y + FONT_SIZE - 1 + LINE_HEIGHT, numbers, 400),
  ]);
}
