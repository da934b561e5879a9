import type { EcoMap, MapNode } from '../src/model/types.ts';
import { printable } from './errors.ts';

/** The parts of the analysis report the summary reads (the report itself has more). */
export interface SummaryReport {
  readonly nodes: number;
  readonly links: number;
  readonly removed: readonly string[];
  readonly components: readonly (readonly string[])[];
  readonly siloDelta: number;
  readonly stranded: readonly string[];
  readonly floating: readonly string[];
  readonly valueAtRisk: number;
  readonly cycles: readonly (readonly string[])[];
  readonly criticality: readonly CriticalityRow[];
}

export interface CriticalityRow {
  readonly id: string;
  readonly stranded: number;
  readonly valueAtRisk: number;
  readonly siloDelta: number;
  readonly articulation: boolean;
}

export const TOP_PLATFORMS = 5;
const NAMES_SHOWN = 5;
// Made on first use: creating a number format loads locale data (~15 ms), which `--json` never needs.
let format: Intl.NumberFormat | undefined;
const numbers = { format: (v: number) => (format ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })).format(v) };

/** A few lines a person reads in a terminal; `--json` is the form for programs. */
export function formatSummary(map: EcoMap, report: SummaryReport): string {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const label = (id: string) => nodeLabel(byId.get(id), id);
  const money = (v: number) => (map.unit ? `${numbers.format(v)} ${printable(map.unit, 40)}` : numbers.format(v));
  const before = report.components.length - report.siloDelta;
  const lines = [`${printable(map.title, 80)}: ${plural(report.nodes, 'node')}, ${plural(report.links, 'link')}`];

  if (report.removed.length) {
    lines.push(`Removed: ${listOf(report.removed, label)}`);
    lines.push(`Silos: ${before} → ${report.components.length} (${signed(report.siloDelta)})`);
    lines.push(`Stranded: ${report.stranded.length}${report.stranded.length ? ` (${listOf(report.stranded, label)})` : ''}`);
    lines.push(`Value at risk: ${money(report.valueAtRisk)}`);
  } else {
    lines.push(`Silos: ${before} (remove nodes with --remove id,id to see what falls apart)`);
  }

  const warnings: string[] = [];
  if (report.cycles.length) {
    const cycles = report.cycles.slice(0, 3).map((c) => c.map(label).join(' → '));
    const more = report.cycles.length > 3 ? `; … and ${report.cycles.length - 3} more` : '';
    warnings.push(`Warning: ${plural(report.cycles.length, 'support cycle')}: ${cycles.join('; ')}${more}`);
  }
  if (report.floating.length) {
    warnings.push(`Warning: ${plural(report.floating.length, 'floating node')}, held up only by support cycles: ${listOf(report.floating, label)}`);
  }
  if (warnings.length) lines.push('', ...warnings);

  lines.push('', ...platformTable(report.criticality, byId, map.unit));
  return `${lines.join('\n')}\n`;
}

function platformTable(rows: readonly CriticalityRow[], byId: ReadonlyMap<string, MapNode>, unit: string | undefined): string[] {
  const top = rows.filter((r) => byId.get(r.id)?.kind === 'platform').slice(0, TOP_PLATFORMS);
  if (top.length === 0) return ['No platforms on this map.'];
  const cells = top.map((r, i) => [
    `${i + 1}.`,
    `${nodeLabel(byId.get(r.id), r.id)}${r.articulation ? ' *' : ''}`,
    numbers.format(r.valueAtRisk),
    String(r.stranded),
    signed(r.siloDelta),
  ]);
  const head = ['', 'platform', 'value at risk', 'stranded', 'silos'];
  const widths = head.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c]!.length)));
  const line = (row: readonly string[]) =>
    row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  // The unit once in the title rather than in every row: it is often longer than the figures.
  const title = unit ? `Most critical platforms (value at risk in ${printable(unit, 40)}):` : 'Most critical platforms:';
  const table = [title, `  ${line(head)}`, ...cells.map((row) => `  ${line(row)}`)];
  if (top.some((r) => r.articulation)) table.push('  * articulation point: removing it alone splits its silo');
  return table;
}

function nodeLabel(node: MapNode | undefined, id: string): string {
  const name = printable(node?.name ?? id, 40);
  return name === id ? name : `${name} (${printable(id, 40)})`;
}

function listOf(ids: readonly string[], label: (id: string) => string): string {
  const shown = ids.slice(0, NAMES_SHOWN).map(label).join(', ');
  return ids.length > NAMES_SHOWN ? `${shown}, … and ${ids.length - NAMES_SHOWN} more` : shown;
}

function plural(n: number, word: string): string {
  return `${numbers.format(n)} ${word}${n === 1 ? '' : 's'}`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
