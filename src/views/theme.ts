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
};

export const THEMES = { light: LIGHT, dark: DARK } as const;
export type ThemeName = keyof typeof THEMES;
