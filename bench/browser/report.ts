// Rows printed the way `npm run bench` prints them: name, median, target, met or MISSED.
import { median } from '../timing.ts';

export interface Row {
  readonly name: string;
  /** NaN when the page never got far enough to measure it: printed as n/a, and a target it had is missed. */
  readonly value: number;
  readonly unit: 'ms' | 'KB';
  readonly target?: string;
  readonly met?: boolean;
  readonly detail?: string;
}

export function atMost(name: string, value: number, limit: number, unit: Row['unit'], detail?: string): Row {
  return { name, value, unit, target: `≤ ${limit} ${unit}`, met: value <= limit, ...(detail ? { detail } : {}) };
}

export function figure(name: string, value: number, unit: Row['unit'], detail?: string): Row {
  return { name, value, unit, ...(detail ? { detail } : {}) };
}

/** The median of the runs that produced a figure (NaN if none did) and how many did not. */
export function medianOf(values: readonly (number | undefined)[]): { value: number; missing: number } {
  const present = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  return { value: present.length ? median(present) : Number.NaN, missing: values.length - present.length };
}

export function formatRow(suite: string, r: Row): string {
  const digits = r.unit === 'KB' || r.value < 100 ? 1 : 0;
  const shown = Number.isNaN(r.value) ? 'n/a' : `${r.value.toFixed(digits)} ${r.unit}`;
  const verdict = r.target ? `${r.target} ${r.met ? 'met' : 'MISSED'}` : '';
  return `${suite.padEnd(9)} ${r.name.padEnd(58)} ${shown.padStart(10)}  ${verdict}${r.detail ? `  (${r.detail})` : ''}`;
}
