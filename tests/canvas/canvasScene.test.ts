import { describe, expect, it } from 'vitest';
import { FADED, GHOST, labelsOf, looksOf, sceneOf, SELECTED, shapesOf, SPOF, STRANDED } from '../../src/canvas/canvasScene.ts';
import type { NodeMarks } from '../../src/canvas/canvasScene.ts';
import { NO_FILTER } from '../../src/model/filter.ts';
import { LIGHT } from '../../src/views/theme.ts';
import { mapOf } from '../builders.ts';

const map = mapOf('pay>checkout', 'pay>search', 'checkout~search', 'checkout:service=1200');
const none = { selection: { nodes: new Set<string>(), links: new Set<string>() }, filter: NO_FILTER };
const marks = (over: Partial<NodeMarks> = {}): NodeMarks => ({ ghost: new Set(), stranded: new Set(), spof: new Set(), enabled: null, linkFlow: null, ...over });

describe('sceneOf', () => {
  it('lays the map out as arrays by index: kinds, radii, and each link by its ends', () => {
    const scene = sceneOf(map);
    expect(scene.ids).toEqual(map.nodes.map((n) => n.id));
    const at = (id: string) => scene.ids.indexOf(id);
    expect([...scene.source]).toEqual(map.links.map((l) => at(l.source)));
    expect([...scene.target]).toEqual(map.links.map((l) => at(l.target)));
    expect([...scene.supports]).toEqual([1, 1, 0]);
    expect(scene.radius[at('checkout')]).toBeGreaterThan(scene.radius[at('search')]!);
  });

  it('leaves out links whose ends are not on the map', () => {
    const broken = { ...map, links: [...map.links, { source: 'pay', target: 'gone', kind: 'supports' as const, weight: 1 }] };
    expect(sceneOf(broken).source.length).toBe(3);
  });
});

describe('looksOf', () => {
  const scene = sceneOf(map);
  const at = (id: string) => scene.ids.indexOf(id);

  it('marks the selected nodes and links', () => {
    const looks = looksOf(scene, { ...none, selection: { nodes: new Set(['pay']), links: new Set([scene.linkKeys[2]!]) } }, undefined);
    expect(looks.nodes[at('pay')]).toBe(SELECTED);
    expect(looks.nodes[at('checkout')]).toBe(0);
    expect([...looks.links]).toEqual([0, 0, SELECTED]);
  });

  it('fades what the filter leaves out, and a link unless both its ends are kept', () => {
    const looks = looksOf(scene, { ...none, filter: { ...NO_FILTER, query: 'checkout' } }, undefined);
    expect(looks.nodes[at('checkout')]).toBe(0);
    expect(looks.nodes[at('pay')]).toBe(FADED);
    expect([...looks.links].every((l) => l === FADED)).toBe(true);
  });

  it('takes the analysis marks: ghosts and their links, stranded nodes, single points of failure, flow', () => {
    const looks = looksOf(scene, none, marks({ ghost: new Set(['pay']), stranded: new Set(['search']), spof: new Set(['checkout']), linkFlow: new Map([[scene.linkKeys[0]!, 0.5]]) }));
    expect(looks.nodes[at('pay')]).toBe(GHOST);
    expect(looks.nodes[at('search')]).toBe(STRANDED);
    expect(looks.nodes[at('checkout')]).toBe(SPOF);
    expect([...looks.links]).toEqual([GHOST, GHOST, 0]);
    expect(looks.flow[0]).toBe(0.5);
  });
});

describe('a node’s picture', () => {
  const node = map.nodes.find((n) => n.id === 'checkout')!;

  it('is split into shapes every node of its look shares and its own lines of text', () => {
    const shapes = shapesOf(node, 20, SELECTED, LIGHT);
    const texts = labelsOf(node, 20, SELECTED, 0, undefined, LIGHT);
    expect(shapes.length).toBeGreaterThan(1);
    expect(shapes.some((part) => part.tag === 'text')).toBe(false);
    expect(texts.map((t) => t.children)).toEqual([['checkout']]);
  });

  it('says what a node enables on a second line', () => {
    expect(labelsOf(node, 20, 0, 2400, 'USD', LIGHT)).toHaveLength(2);
  });
});
