// The page exportPngBench.ts drives: exportPng alone, with no app around it, on a map the
// harness hands over with its positions. It answers with the time of each run and the last file.
import { exportPng } from '../../src/canvas/exportPng.ts';
import type { EcoMap } from '../../src/model/types.ts';

export interface ExportPngPageInput {
  readonly map: EcoMap;
  readonly positions: readonly (readonly [string, { x: number; y: number }])[];
  readonly removed: readonly string[];
  readonly flow: boolean;
}

export interface ExportPngPageResult {
  readonly times: number[];
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  readonly clamped: boolean;
  /** The last PNG, base64. */
  readonly png: string;
  /**
   * Chromium's own PNG encoding of a blank canvas of the same size, per run: the least any
   * export of that many pixels costs (a picture with content encodes slower).
   */
  readonly encodeBlankMs: number[];
}

export interface ExportPngPage {
  run(input: ExportPngPageInput, scale: number, runs: number): Promise<ExportPngPageResult>;
}

const page: ExportPngPage = {
  async run(input, scale, runs) {
    const exportInput = { map: input.map, positions: new Map(input.positions), removed: new Set(input.removed), selection: new Set<string>(), theme: 'light' as const };
    const times: number[] = [];
    let last: Awaited<ReturnType<typeof exportPng>> | undefined;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      last = await exportPng(exportInput, { flow: input.flow }, scale);
      times.push(performance.now() - start);
    }
    const encodeBlankMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const blank = new OffscreenCanvas(last!.width, last!.height);
      const ctx = blank.getContext('2d', { alpha: false })!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, blank.width, blank.height);
      const start = performance.now();
      await blank.convertToBlob({ type: 'image/png' });
      encodeBlankMs.push(performance.now() - start);
    }
    const bytes = new Uint8Array(await last!.blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { times, width: last!.width, height: last!.height, scale: last!.scale, clamped: last!.clamped, png: btoa(binary), encodeBlankMs };
  },
};
(globalThis as typeof globalThis & { __exportPng: ExportPngPage }).__exportPng = page;
