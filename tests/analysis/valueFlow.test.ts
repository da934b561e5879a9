import { describe, expect, it } from 'vitest';
import { valueFlow } from '../../src/analysis/index.ts';
import { mapOf } from '../builders.ts';

const totalOf = (flow: ReturnType<typeof valueFlow>, id: string) => flow.nodes.get(id)?.total;

describe('valueFlow', () => {
  it('passes a service’s value up to the platform that supports it', () => {
    const flow = valueFlow(mapOf('pay>checkout', 'checkout=1200'));
    expect(flow.nodes.get('pay')).toEqual({ value: 0, total: 1200, enabled: 1200 });
    expect(flow.nodes.get('checkout')).toEqual({ value: 1200, total: 1200, enabled: 0 });
  });

  it('splits a node’s total between its supporters by link weight', () => {
    const flow = valueFlow(mapOf('pay>checkout*3', 'id>checkout*1', 'checkout=1200'));
    expect(totalOf(flow, 'pay')).toBe(900);
    expect(totalOf(flow, 'id')).toBe(300);
  });

  it('adds the weights of parallel links between the same pair', () => {
    const flow = valueFlow(mapOf('pay>checkout*1', 'pay>checkout*2', 'id>checkout*1', 'checkout=1200'));
    expect(totalOf(flow, 'pay')).toBe(900);
    expect(Array.from(flow.linkFlow)).toEqual([300, 600, 300]);
  });

  it('passes totals on through several layers', () => {
    const flow = valueFlow(mapOf('cloud>pay', 'pay>checkout', 'cloud=5', 'pay=10', 'checkout=100'));
    expect(flow.nodes.get('cloud')).toEqual({ value: 5, total: 115, enabled: 110 });
  });

  it('reports the amount passed along each supports link, and 0 on collaborates links', () => {
    const flow = valueFlow(mapOf('pay>checkout', 'checkout~courier', 'checkout=1200'));
    expect(Array.from(flow.linkFlow)).toEqual([1200, 0]);
  });

  it('drops the link that closes a cycle, found depth-first in id order', () => {
    const flow = valueFlow(mapOf('b>a', 'a>b', 'a=10', 'b=1'));
    expect(flow.cycles).toEqual([['b', 'a']]);
    expect(totalOf(flow, 'a')).toBe(11);
    expect(totalOf(flow, 'b')).toBe(1);
  });

  it('reports each dropped pair once, however many parallel links it has', () => {
    const flow = valueFlow(mapOf('a>b', 'b>c', 'c>a', 'c>a*2'));
    expect(flow.cycles).toEqual([['c', 'a']]);
    expect(Array.from(flow.linkFlow.subarray(2))).toEqual([0, 0]);
  });

  it('stops at knocked-out nodes: they neither pass nor receive value', () => {
    const flow = valueFlow(mapOf('cloud>pay', 'pay>checkout', 'id>checkout', 'checkout=100'), ['pay']);
    expect(flow.nodes.has('pay')).toBe(false);
    expect(totalOf(flow, 'cloud')).toBe(0);
    expect(totalOf(flow, 'id')).toBe(100);
  });

  it('lists every node not removed, in id order', () => {
    const flow = valueFlow(mapOf('pay>checkout', 'api~pay', 'zed'), ['zed']);
    expect([...flow.nodes.keys()]).toEqual(['api', 'checkout', 'pay']);
  });
});
