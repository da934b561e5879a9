import { describe, expect, it } from 'vitest';
import { baseNodes, floatingNodes, supportedNodes } from '../../src/analysis/index.ts';
import { mapOf } from '../builders.ts';

describe('baseNodes', () => {
  it('are the nodes nothing supports, collaborators included', () => {
    expect(baseNodes(mapOf('pay>checkout', 'id>checkout', 'checkout~partner'))).toEqual(['id', 'partner', 'pay']);
  });

  it('exclude nodes in a support cycle', () => {
    expect(baseNodes(mapOf('x>y', 'y>x', 'pay>x'))).toEqual(['pay']);
  });
});

describe('supportedNodes', () => {
  it('are everything reachable from a base node along supports links', () => {
    expect(supportedNodes(mapOf('pay>checkout', 'checkout>widget', 'p~q'))).toEqual(['checkout', 'p', 'pay', 'q', 'widget']);
  });

  it('do not pass through knocked-out nodes', () => {
    expect(supportedNodes(mapOf('pay>checkout', 'checkout>widget', 'id>widget'), ['checkout'])).toEqual(['id', 'pay', 'widget']);
  });

  it('lose a knocked-out base node and what only it lifts', () => {
    expect(supportedNodes(mapOf('pay>checkout', 'id>login'), ['pay'])).toEqual(['id', 'login']);
  });
});

describe('floatingNodes', () => {
  it('are the nodes only a support cycle holds up', () => {
    expect(floatingNodes(mapOf('x>y', 'y>x', 'y>z', 'pay>checkout'))).toEqual(['x', 'y', 'z']);
  });

  it('are none when a base node lifts the cycle', () => {
    expect(floatingNodes(mapOf('x>y', 'y>x', 'pay>x'))).toEqual([]);
  });
});
