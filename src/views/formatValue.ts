export interface FormatValueOptions {
  /** `12.4k` instead of `12,400`: for labels that must stay short. */
  readonly compact?: boolean;
}

const UNIT_MAX = 20;
const SUFFIXES = ['', 'k', 'M', 'B', 'T'] as const;
// A fixed locale: an exported file must not depend on the machine that wrote it.
const FULL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * A value as people read it, with the map's unit if it has one: `1,200 USD`, or compact
 * `12.4k USD`. A long unit is cut short; a value that is not a number shows as `–`.
 */
export function formatValue(value: number, unit?: string, options: FormatValueOptions = {}): string {
  const number = !Number.isFinite(value) ? '–' : options.compact ? compact(value) : FULL.format(value);
  const u = unit?.trim() ?? '';
  if (!u) return number;
  return `${number} ${u.length > UNIT_MAX ? `${u.slice(0, UNIT_MAX - 1)}…` : u}`;
}

/** One decimal below 100 of a suffix, none above: 999 · 1.2k · 12.4k · 124k · 1.5M. */
function compact(value: number): string {
  const sign = value < 0 ? '-' : '';
  let v = Math.abs(value);
  let i = 0;
  while (v >= 1000 && i < SUFFIXES.length - 1) {
    v /= 1000;
    i++;
  }
  let shown = v < 100 ? Math.round(v * 10) / 10 : Math.round(v);
  // Rounding can carry into the next suffix: 999,960 is 1M, not 1000k.
  if (shown >= 1000 && i < SUFFIXES.length - 1) {
    shown = 1;
    i++;
  }
  return `${shown === 0 ? '' : sign}${shown}${SUFFIXES[i]}`;
}
