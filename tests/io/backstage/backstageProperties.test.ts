import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { mapFromBackstage } from '../../../src/io/backstage/index.ts';
import { restoreMap } from '../../../src/io/restore.ts';

// Catalogs made of a few names in a few namespaces, so that refs often hit an entity (in
// another case, with or without namespace) and sometimes miss one.
const NAMES = ['pay', 'Shop', 'db', 'search', 'auth'];
const NAMESPACES = [undefined, 'default', 'Infra'];

interface Spec {
  kind: 'Component' | 'Resource';
  name: string;
  namespace: string | undefined;
  dependsOn: { kind: string; namespace: string | undefined; name: string; upper: boolean }[];
}

const ref = fc.record({
  kind: fc.constantFrom('component', 'resource', 'Component'),
  namespace: fc.constantFrom(...NAMESPACES),
  name: fc.constantFrom(...NAMES, 'missing'),
  upper: fc.boolean(),
});
const spec: fc.Arbitrary<Spec> = fc.record({
  kind: fc.constantFrom('Component' as const, 'Resource' as const),
  name: fc.constantFrom(...NAMES),
  namespace: fc.constantFrom(...NAMESPACES),
  dependsOn: fc.array(ref, { maxLength: 4 }),
});

function written(r: Spec['dependsOn'][number]): string {
  const text = `${r.kind}:${r.namespace === undefined ? '' : `${r.namespace}/`}${r.name}`;
  return r.upper ? text.toUpperCase() : text;
}

function yamlOf(specs: readonly Spec[]): string {
  return specs
    .map((s) =>
      stringify({
        apiVersion: 'backstage.io/v1alpha1',
        kind: s.kind,
        metadata: { name: s.name, ...(s.namespace !== undefined && { namespace: s.namespace }) },
        spec: { owner: 'team', dependsOn: s.dependsOn.map(written) },
      }),
    )
    .join('---\n');
}

const idOf = (kind: string, namespace: string | undefined, name: string) => `${kind}:${namespace ?? 'default'}/${name}`.toLowerCase();

describe('mapFromBackstage on any catalog', () => {
  it('gives a map that restore takes as it is, with links only between its nodes', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 12 }), (specs) => {
        const result = mapFromBackstage(yamlOf(specs));
        if (!result.ok) throw new Error(result.error);
        const again = restoreMap(result.map);
        expect(again.ok && again.repairs).toEqual([]);
        const ids = new Set(result.map.nodes.map((n) => n.id));
        expect(ids.size).toBe(result.map.nodes.length);
        const pairs = new Set(result.map.links.map((l) => `${l.source}>${l.target}`));
        expect(pairs.size).toBe(result.map.links.length);
        for (const l of result.map.links) {
          expect(ids.has(l.source) && ids.has(l.target) && l.source !== l.target).toBe(true);
        }
      }),
    );
  });

  it('makes one node per distinct entity, and a tagged, announced placeholder for every ref that misses', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 12 }), (specs) => {
        const result = mapFromBackstage(yamlOf(specs));
        if (!result.ok) throw new Error(result.error);
        const entities = new Set(specs.map((s) => idOf(s.kind, s.namespace, s.name)));
        const placeholders = result.map.nodes.filter((n) => !entities.has(n.id));
        expect(result.map.nodes.length - placeholders.length).toBe(entities.size);
        for (const p of placeholders) {
          expect(p.tags).toEqual(['placeholder']);
          expect(result.warnings.some((w) => w.includes(`${p.id} is not in the files; added as a placeholder`))).toBe(true);
        }
      }),
    );
  });

  it('turns every dependsOn between two entities into a supports link from the one depended on', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 12 }), (specs) => {
        const result = mapFromBackstage(yamlOf(specs));
        if (!result.ok) throw new Error(result.error);
        const pairs = new Set(result.map.links.map((l) => `${l.source}>${l.target}`));
        const seen = new Set<string>();
        for (const s of specs) {
          const self = idOf(s.kind, s.namespace, s.name);
          if (seen.has(self)) continue; // a repeated entity is skipped, its refs with it
          seen.add(self);
          for (const r of s.dependsOn) {
            const target = idOf(r.kind, r.namespace ?? s.namespace, r.name);
            if (target !== self) expect(pairs.has(`${target}>${self}`)).toBe(true);
          }
        }
      }),
    );
  });

  it('never throws on any text, and refuses in one line', () => {
    const yamlish = fc.array(fc.constantFrom('kind: Component\n', 'metadata:\n', '  name: a\n', '---\n', '- x\n', '&a ', '*a\n', '!t ', '"', '[', '  ', ':', '\t', 'dependsOn: [b]\n'), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), yamlish), (text) => {
        const result = mapFromBackstage(text);
        if (!result.ok) expect(result.error).not.toContain('\n');
        else for (const w of result.warnings) expect(w).not.toContain('\n');
      }),
      { numRuns: 500 },
    );
  });
});
