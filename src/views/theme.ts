import type { NodeKind } from '../model/types.ts';

/** Colours of one theme. Kinds also differ in shape, so the map reads without colour. */
export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly mutedText: string;
  readonly link: string;
  readonly collaborates: string;
  readonly selection: string;
  readonly faded: number;
  readonly kinds: Readonly<Record<NodeKind, { fill: string; stroke: string }>>;
  /** Knocked-out nodes: a grey that reads as "not there any more". */
  readonly ghost: string;
  /** Nodes a knock-out leaves with no support; drawn with hatching and a triangle too. */
  readonly stranded: string;
  readonly siloFill: string;
  readonly siloStroke: string;
  /** Outline and marker of a piece that broke away from a larger component. */
  readonly newSilo: string;
  /** Single-point-of-failure badges; the badge's glyph is drawn in `background`. */
  readonly badge: string;
  /** Value flow: particles and widths of links carrying value upstream. */
  readonly flow: string;
  readonly chartLine: string;
}

export const LIGHT: Palette = {
  background: '#f8f9fb',
  text: '#1f2430',
  mutedText: '#5c6475',
  link: '#8a93a6',
  collaborates: '#b38b2e',
  selection: '#e8a200',
  faded: 0.15,
  kinds: {
    platform: { fill: '#3d5a99', stroke: '#233a6b' },
    service: { fill: '#2f9e8f', stroke: '#1b6b60' },
    partner: { fill: '#c2563a', stroke: '#8a3520' },
  },
  ghost: '#9aa1b0',
  stranded: '#c92a2a',
  siloFill: '#dde3f0',
  siloStroke: '#7d8aa8',
  newSilo: '#237a35',
  badge: '#7b2cbf',
  flow: '#d6336c',
  chartLine: '#3d5a99',
};

export const DARK: Palette = {
  background: '#14171f',
  text: '#e7eaf0',
  mutedText: '#a3abbb',
  link: '#6b7487',
  collaborates: '#d4ad55',
  selection: '#ffc233',
  faded: 0.18,
  kinds: {
    platform: { fill: '#6f8fd6', stroke: '#b9c9f0' },
    service: { fill: '#3cbfae', stroke: '#a5e8de' },
    partner: { fill: '#e07a5c', stroke: '#f5c0b0' },
  },
  ghost: '#5d6577',
  stranded: '#ff6b6b',
  siloFill: '#27304a',
  siloStroke: '#7f8db0',
  newSilo: '#69db7c',
  badge: '#c99bff',
  flow: '#f783ac',
  chartLine: '#8fb0f5',
};

/** For a projector in a lit room: white ground, black text, deeper colours, stronger links. */
export const PROJECTOR: Palette = {
  ...LIGHT,
  background: '#ffffff',
  text: '#000000',
  mutedText: '#2b2f38',
  link: '#4a5263',
  collaborates: '#8a6412',
  kinds: {
    platform: { fill: '#1f3f8f', stroke: '#0b1f52' },
    service: { fill: '#0f7c6e', stroke: '#064a41' },
    partner: { fill: '#b23a1c', stroke: '#6e1e0b' },
  },
};

export const THEMES = { light: LIGHT, dark: DARK, projector: PROJECTOR } as const;
export type ThemeName = keyof typeof THEMES;
