import type { EcoMap } from '../../model/types.ts';

/** What is on screen when the user exports: the map, where its nodes are, and what is shown. */
export interface ExportInput {
  readonly map: EcoMap;
  /** Where each node is drawn; nodes missing here fall back to their stored position. */
  readonly positions: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
  /** The active knock-out. */
  readonly removed: ReadonlySet<string>;
  readonly selection: ReadonlySet<string>;
  readonly theme: 'light' | 'dark';
}

/** The choices of the export dialog. */
export interface ExportOptions {
  readonly background: 'transparent' | 'light' | 'dark';
  readonly legend: boolean;
  /** Ghosts, stranded marks, silo hulls and labels, and a banner of the figures. */
  readonly knockOut: boolean;
  /** Value-flow link widths and "enables" lines. */
  readonly flow: boolean;
  /** Only the selected nodes and the links between them (everything when nothing is selected). */
  readonly selectionOnly: boolean;
  /** Room around the content, in map units. */
  readonly padding: number;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  background: 'light',
  legend: true,
  knockOut: true,
  flow: false,
  selectionOnly: false,
  padding: 24,
};

/** The font the page gives SVG text (app.css, and the canvas's renderViewTree): a system stack. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
