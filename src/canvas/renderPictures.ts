import type { MapNode } from '../model/types.ts';
import type { SvgElement } from '../views/element.ts';
import { labelOffset } from '../views/nodeShape.ts';
import type { Palette } from '../views/theme.ts';
import { GHOST, labelsOf, SELECTED, shapesOf, SPOF, STRANDED } from './canvasScene.ts';
import type { Sprite } from './renderPixels.ts';
import { createSpriteCache } from './renderSprites.ts';
import { drawViewTree } from './renderViewTree.ts';

/** The SVG arrow marker, in map units: its length (and width), and how far its tip passes the line's end. */
export const ARROW = 10.5;
export const ARROW_TIP = 0.1 * ARROW;
/** Arrowheads are drawn in this many directions. */
export const ARROW_DIRECTIONS = 64;
/** How far a node's label reaches from its centre, in map units (the longest name is cut at 28 characters). */
export const LABEL_REACH = 120;
/** How far a stranded node's marks reach past its shape, in map units. */
const MARK_REACH = 30;
/** Presenting, node text is 16px and bold instead of 12px (app.css does the same to the SVG's). */
const PRESENTING_TEXT = 16 / 12;

/** A map node's pictures at one scale, as the pure views draw them; each drawn once and kept. */
export interface Pictures {
  /** Forgets every picture when the theme changes. */
  setPalette(palette: Palette): void;
  shape(node: MapNode, radius: number, look: number, scale: number): Sprite;
  label(node: MapNode, radius: number, look: number, enabled: number, unit: string | undefined, scale: number, presenting: boolean): Sprite;
  /** The arrowhead pointing `turn` / ARROW_DIRECTIONS of a full turn from the x axis. */
  arrow(turn: number, scale: number): Sprite;
}

export function createPictures(): Pictures {
  const sprites = createSpriteCache();
  let palette: Palette | null = null;
  return {
    setPalette(next) {
      if (next !== palette) sprites.clear();
      palette = next;
    },
    shape(node, radius, look, scale) {
      const r = snappedRadius(radius, scale);
      const key = `${node.kind}${node.scope === 'external' ? 'e' : ''}${node.pinned ? 'p' : ''}${look}:${r}`;
      // Only as far as this look draws: a plain node's picture is a quarter of a stranded one's.
      const reach = 1.3 * r + (look & STRANDED ? MARK_REACH : look & (SELECTED | SPOF) || node.pinned ? 12 : 4);
      return sprites.get(key, scale, [-reach, -reach, reach, reach], (c) => {
        for (const part of shapesOf(node, r, look, palette!)) drawViewTree(c, part);
      });
    },
    label(node, radius, look, enabled, unit, scale, presenting) {
      const r = snappedRadius(radius, scale);
      const key = `L${node.kind}${look & GHOST}${presenting ? 'P' : ''}:${r}:${enabled}:${unit ?? ''}:${node.name}`;
      // The band under the node its lines of text take: the name, and the value enabled below it.
      const grow = presenting ? PRESENTING_TEXT : 1;
      const reachX = grow * 3.8 * Math.max(Math.min(node.name.length, 28), enabled ? 24 : 0) + 12;
      const base = labelOffset(node.kind, r);
      return sprites.get(key, scale, [-reachX, base - 13 * grow, reachX, base + (enabled ? 19 : 5) * grow], (c) => {
        for (const text of labelsOf(node, r, look, enabled, unit, palette!)) drawViewTree(c, presenting ? presented(text) : text);
      });
    },
    arrow(turn, scale) {
      return sprites.get(`A${turn}`, scale, [-ARROW - 1, -ARROW - 1, ARROW + 1, ARROW + 1], (c) => {
        c.rotate((turn / ARROW_DIRECTIONS) * 2 * Math.PI);
        c.beginPath();
        c.moveTo(0, 0);
        c.lineTo(-ARROW, -ARROW / 2);
        c.lineTo(-ARROW, ARROW / 2);
        c.closePath();
        c.fillStyle = palette!.link;
        c.fill();
      });
    },
  };
}

/** Radii snap to half a pixel when small and 4% steps when large: a few dozen shapes per zoom level. */
function snappedRadius(radius: number, scale: number): number {
  const px = radius * scale;
  const snapped = px < 12 ? Math.max(0.5, Math.round(px * 2) / 2) : 1.04 ** Math.round(Math.log(px) / Math.log(1.04));
  return snapped / scale;
}

function presented(text: SvgElement): SvgElement {
  return { ...text, attrs: { ...text.attrs, 'font-size': 16, 'font-weight': 600 } };
}
