import { settleForExport } from '../../../src/io/export/exportLayout.ts';
import type { ExportInput } from '../../../src/io/export/exportInput.ts';
import type { EcoMap } from '../../../src/model/types.ts';
import { mapOf } from '../../builders.ts';

/** Two clusters held up by one hub platform, with value: knocking `hub` out leaves silos and strands. */
export function shop(): EcoMap {
  return {
    ...mapOf('hub>pay', 'hub>catalog', 'pay>checkout', 'pay>refunds', 'catalog>search', 'catalog>reviews', 'search~reviews', 'courier~checkout',
      'checkout:service=1200', 'refunds:service=300', 'search:service=800', 'reviews:service=150', 'courier:partner=40'),
    title: 'Shop',
    unit: 'USD k',
    description: 'The shop and what lifts it',
  };
}

/** What the screen would hand export: the map laid out (seeded), nothing selected, light theme. */
export function inputOf(map: EcoMap, removed: readonly string[] = [], extra: Partial<ExportInput> = {}): ExportInput {
  const gone = new Set(removed);
  return { map, positions: settleForExport(map, { seed: 7, removed: gone }), removed: gone, selection: new Set(), theme: 'light', ...extra };
}
