import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { mapFromBackstage } from '../../../src/io/backstage/index.ts';
import type { EcoMap } from '../../../src/model/types.ts';

/** The text of a fixture in tests/io/fixtures/backstage. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/backstage/${name}`, import.meta.url), 'utf8');
}

/** One entity document, as a catalog-info.yaml writes it. */
export function entity(kind: string, name: string, fields: { metadata?: Record<string, unknown>; spec?: Record<string, unknown> } = {}): string {
  return stringify({ apiVersion: 'backstage.io/v1alpha1', kind, metadata: { name, ...fields.metadata }, spec: { owner: 'team', ...fields.spec } });
}

/** Documents joined into one multi-document file. */
export function catalog(...documents: string[]): string {
  return documents.join('---\n');
}

/** The map and warnings of a catalog; fails the test if the import is refused. */
export function imported(text: string): { map: EcoMap; warnings: string[]; skipped: Record<string, number> } {
  const result = mapFromBackstage(text);
  if (!result.ok) throw new Error(`expected a map, got the refusal: ${result.error}`);
  return result;
}

/** The refusal of a catalog; fails the test if it imports. */
export function refused(text: string | Uint8Array): string {
  const result = mapFromBackstage(text);
  if (result.ok) throw new Error(`expected a refusal, got ${result.map.nodes.length} nodes`);
  return result.error;
}

/** Links as `source > target`, sorted. */
export function linksOf(map: EcoMap): string[] {
  return map.links.map((l) => `${l.source} > ${l.target}`).sort();
}
