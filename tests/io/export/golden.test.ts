import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../../src/io/export/exportSvg.ts';
import type { ExportOptions } from '../../../src/io/export/exportInput.ts';
import type { EcoMap } from '../../../src/model/types.ts';
import { mapOf } from '../../builders.ts';
import { inputOf, shop } from './exportFixtures.ts';

/*
 * Golden files: a changed picture shows up as a reviewable diff of the SVG. Numbers are rounded
 * by the views and the layout is seeded, so the files are the same on every machine. After a
 * deliberate change to the views or the export, look at the new pictures and write them with
 *   UPDATE_GOLDEN=1 npx vitest run tests/io/export/golden.test.ts
 */

const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Every kind, an external partner, a pinned node and a collaboration, drawn dark on nothing. */
function studio(): EcoMap {
  const base = mapOf('cloud>render', 'cloud>assets', 'assets>render', 'render~studio', 'render:service=900', 'assets:service=120', 'studio:partner=60', 'lonely:partner');
  return {
    ...base,
    title: 'Studio',
    nodes: base.nodes.map((n) => (n.id === 'studio' ? { ...n, scope: 'external' as const } : n.id === 'cloud' ? { ...n, pinned: true, x: 0, y: 0 } : n)),
  };
}

const CASES: { name: string; map: () => EcoMap; removed: string[]; theme: 'light' | 'dark'; options: Partial<ExportOptions> }[] = [
  { name: 'shop-knocked-out', map: shop, removed: ['hub'], theme: 'light', options: { flow: true, background: 'light' } },
  { name: 'studio-dark', map: studio, removed: [], theme: 'dark', options: { background: 'transparent', padding: 16 } },
];

describe('exported SVG matches its golden file', () => {
  it.each(CASES)('$name', ({ name, map, removed, theme, options }) => {
    const svg = exportSvg(inputOf(map(), removed, { theme }), options);
    const file = fileURLToPath(new URL(`./golden/${name}.svg`, import.meta.url));
    if (UPDATE) writeFileSync(file, svg);
    expect(existsSync(file), `no golden file ${name}.svg: write it with UPDATE_GOLDEN=1`).toBe(true);
    expect(svg).toBe(readFileSync(file, 'utf8'));
  });
});
