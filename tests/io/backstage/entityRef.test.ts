import { describe, expect, it } from 'vitest';
import { parseEntityRef, refId } from '../../../src/io/backstage/entityRef.ts';

const inDefault = { namespace: 'default' };

describe('parseEntityRef', () => {
  it('reads [kind:][namespace/]name, each part as written', () => {
    expect(parseEntityRef('Component:Infra/Gateway', inDefault)).toEqual({ kind: 'Component', namespace: 'Infra', name: 'Gateway' });
    expect(parseEntityRef('infra/gateway', inDefault)).toEqual({ kind: undefined, namespace: 'infra', name: 'gateway' });
    expect(parseEntityRef('  gateway ', inDefault)).toEqual({ kind: undefined, namespace: 'default', name: 'gateway' });
  });

  it('fills kind and namespace from the field’s defaults', () => {
    expect(parseEntityRef('pay-api', { kind: 'api', namespace: 'shop' })).toEqual({ kind: 'api', namespace: 'shop', name: 'pay-api' });
  });

  it('reads a slash before the first colon as "no kind", as Backstage does', () => {
    expect(parseEntityRef('ns/odd:name', inDefault)).toEqual({ kind: undefined, namespace: 'ns', name: 'odd:name' });
  });

  it('refuses empty parts and values that are not references', () => {
    expect(parseEntityRef('component:', inDefault)).toBe('not of the form [kind:][namespace/]name');
    expect(parseEntityRef(':x', inDefault)).toBe('not of the form [kind:][namespace/]name');
    expect(parseEntityRef('ns/', inDefault)).toBe('not of the form [kind:][namespace/]name');
    expect(parseEntityRef(true, inDefault)).toMatch(/^not an entity reference/);
    expect(parseEntityRef({ kind: 'component' }, inDefault)).toBe('it has no "name"');
  });

  it('reads a number as a name, since YAML reads `- 2024` as one', () => {
    expect(parseEntityRef(2024, inDefault)).toEqual({ kind: undefined, namespace: 'default', name: '2024' });
  });
});

describe('refId', () => {
  it('writes the full reference in lower case', () => {
    expect(refId({ kind: 'Resource', namespace: 'Infra', name: 'Cluster' })).toBe('resource:infra/cluster');
  });
});
