import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { exportSvg } from '../src/io/export/exportSvg.ts';
import type { ExportOptions } from '../src/io/export/exportInput.ts';
import { settleForExport } from '../src/io/export/exportLayout.ts';
import { restoreMap } from '../src/io/restore.ts';
import { decodePng, diffImage, differingBlocks, differingShare } from './pixelDiff.ts';
import type { Pixels } from './pixelDiff.ts';

// An exported SVG must look the same wherever it is opened: in a browser (Chromium) and in the
// tools built on librsvg (GNOME, many converters, `rsvg-convert`). Both draw it at its own size
// and the pictures are compared pixel by pixel. Two font engines never draw a glyph's edges
// alike, so the whole picture is compared with some slack, and the picture without its text —
// every shape, arrowhead, dash and hull — strictly.

/** Pixels of the whole picture allowed to differ (text edges: about 0.5 % here). */
const MAX_DIFFERING_PIXELS = 0.015;
/** Blocks of the picture without text allowed to differ (none here; missing arrowheads: 0.5 %). */
const MAX_DIFFERING_SHAPE_BLOCKS = 0.001;

function fintech() {
  const restored = restoreMap(readFileSync(new URL('../public/examples/fintech.json', import.meta.url)));
  if (!restored.ok) throw new Error(restored.error);
  return restored.map;
}

function inLibrsvg(svg: string, width: number, height: number): Buffer {
  const run = spawnSync('rsvg-convert', ['--width', String(width), '--height', String(height), '--format', 'png'], { input: svg, maxBuffer: 1 << 28 });
  if (run.error || run.status !== 0) throw new Error(`rsvg-convert failed (install librsvg2-bin): ${run.error?.message ?? run.stderr.toString()}`);
  return run.stdout;
}

async function inChromium(page: Page, svg: string): Promise<Buffer> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>\n/, '')}</body></html>`);
  return page.locator('svg').screenshot();
}

async function attachBoth(info: TestInfo, name: string, chromium: Buffer, librsvg: Buffer, a: Pixels, b: Pixels): Promise<void> {
  await info.attach(`${name}-chromium.png`, { body: chromium, contentType: 'image/png' });
  await info.attach(`${name}-librsvg.png`, { body: librsvg, contentType: 'image/png' });
  await info.attach(`${name}-difference.png`, { body: Buffer.from(diffImage(a, b)), contentType: 'image/png' });
}

const CASES: { name: string; removed: string[]; theme: 'light' | 'dark'; options: Partial<ExportOptions> }[] = [
  { name: 'the example map, light', removed: [], theme: 'light', options: { background: 'light' } },
  { name: 'a knock-out with value flow, dark', removed: ['core-ledger'], theme: 'dark', options: { background: 'dark', flow: true } },
];

for (const c of CASES) {
  test(`an exported SVG looks the same in Chromium and in librsvg: ${c.name}`, async ({ page }, info) => {
    const map = fintech();
    const removed = new Set(c.removed);
    const svg = exportSvg({ map, positions: settleForExport(map, { seed: 1, removed }), removed, selection: new Set(), theme: c.theme }, c.options);
    const [width, height] = [/ width="(\d+)"/, / height="(\d+)"/].map((re) => Number(re.exec(svg)![1])) as [number, number];
    await page.setViewportSize({ width, height });

    const whole = { chromium: await inChromium(page, svg), librsvg: inLibrsvg(svg, width, height) };
    const [a, b] = [decodePng(whole.chromium), decodePng(whole.librsvg)];
    const pixels = differingShare(a, b);
    info.annotations.push({ type: 'differing pixels', description: `${(pixels * 100).toFixed(2)} %` });
    if (pixels >= MAX_DIFFERING_PIXELS) await attachBoth(info, 'whole', whole.chromium, whole.librsvg, a, b);
    expect(pixels, `${(pixels * 100).toFixed(2)} % of pixels differ`).toBeLessThan(MAX_DIFFERING_PIXELS);

    const shapes = svg.replace(/<text\b[\s\S]*?<\/text>/g, '');
    const bare = { chromium: await inChromium(page, shapes), librsvg: inLibrsvg(shapes, width, height) };
    const [sa, sb] = [decodePng(bare.chromium), decodePng(bare.librsvg)];
    const blocks = differingBlocks(sa, sb);
    info.annotations.push({ type: 'differing blocks without text', description: `${(blocks * 100).toFixed(2)} %` });
    if (blocks >= MAX_DIFFERING_SHAPE_BLOCKS) await attachBoth(info, 'shapes', bare.chromium, bare.librsvg, sa, sb);
    expect(blocks, `${(blocks * 100).toFixed(2)} % of blocks differ without text`).toBeLessThan(MAX_DIFFERING_SHAPE_BLOCKS);

    // Two blank pictures would pass: something must be drawn, text and shapes.
    const blank = { ...b, data: b.data.map((_, i) => b.data[i % 4]!) };
    expect(differingShare(b, blank, 48, 0)).toBeGreaterThan(0.02);
    expect(differingShare(b, sb, 48, 0)).toBeGreaterThan(0.005);
  });
}
