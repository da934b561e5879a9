import { describe, expect, it } from 'vitest';
import { nodeShape, labelOffset } from '../../src/views/nodeShape.ts';
import { enabledValueLabel, ghostStyle, spofBadge, strandedMark } from '../../src/views/nodeStates.ts';
import { DARK, LIGHT } from '../../src/views/theme.ts';
import { toSvgString } from '../../src/views/toSvgString.ts';
import { findAll, textOf } from './svgQuery.ts';

const kinds = ['platform', 'service', 'partner'] as const;

describe('ghostStyle', () => {
  it.each([['light', LIGHT], ['dark', DARK]] as const)('turns a shape faint, grey and dashed in the %s theme', (_, palette) => {
    const shape = nodeShape({ kind: 'platform' }, 20, palette);
    const ghost = { ...shape.attrs, ...ghostStyle(palette) };
    expect(ghost.opacity).toBeLessThan(1);
    expect(ghost.fill).toBe(palette.ghost);
    expect(ghost.stroke).toBe(palette.ghost);
    expect(ghost['stroke-dasharray']).toMatch(/^\d+ \d+$/);
  });
});

describe('strandedMark', () => {
  it.each(kinds)('rings a %s outside its shape with hatch strokes and a warning triangle', (kind) => {
    const mark = strandedMark({ kind }, 20, LIGHT);
    const ring = mark.children!.find((c) => typeof c !== 'string' && (c.tag === 'rect' || c.tag === 'circle'));
    expect(ring).toMatchObject({ attrs: { fill: 'none', stroke: LIGHT.stranded, 'stroke-dasharray': '1.5 3' } });
    const reach = kind === 'platform' ? 1.3 * 20 : kind === 'partner' ? 1.15 * 20 : 20;
    const ringAttrs = typeof ring === 'string' ? {} : ring!.attrs;
    const ringReach = kind === 'platform' ? -Number(ringAttrs.x) : Number(ringAttrs.r);
    expect(ringReach).toBeGreaterThan(reach + 5);
    expect(findAll(mark, 'path')[0]!.attrs.d).toMatch(/^M0,-9L8,5L-8,5Z$/);
    expect(textOf(findAll(mark, 'title')[0]!)).toMatch(/stranded/i);
  });

  it('puts its triangle on the left, clear of the label below and the pin on the right', () => {
    const triangle = findAll(strandedMark({ kind: 'service' }, 20, LIGHT), 'g')[1]!;
    expect(triangle.attrs.transform).toBe('translate(-39,0)');
  });
});

describe('spofBadge', () => {
  it('is a round badge with "!" at the top left, unlike the stranded mark', () => {
    const badge = spofBadge({ kind: 'service' }, 20, LIGHT);
    expect(badge.attrs.transform).toBe('translate(-16,-16)');
    expect(findAll(badge, 'circle')[0]!.attrs.fill).toBe(LIGHT.badge);
    expect(textOf(findAll(badge, 'text')[0]!)).toBe('!');
    expect(findAll(badge, 'path')).toEqual([]);
    expect(textOf(findAll(badge, 'title')[0]!)).toBe('Single point of failure');
  });

  it('sits on a platform slab\'s top left corner', () => {
    expect(spofBadge({ kind: 'platform' }, 20, LIGHT).attrs.transform).toBe('translate(-26,-13)');
  });
});

describe('enabledValueLabel', () => {
  it('says in short what a node enables, on a line under its label', () => {
    const label = enabledValueLabel({ kind: 'platform' }, 20, 12_400, 'USD', DARK)!;
    expect(textOf(label)).toBe('enables 12.4k USD');
    expect(Number(label.attrs.y)).toBeGreaterThan(labelOffset('platform', 20) + 10);
    expect(label.attrs).toMatchObject({ stroke: DARK.background, 'paint-order': 'stroke' });
  });

  it('draws nothing for a node that enables nothing', () => {
    expect(enabledValueLabel({ kind: 'service' }, 20, 0, 'USD', LIGHT)).toBeNull();
    expect(enabledValueLabel({ kind: 'service' }, 20, Number.NaN, 'USD', LIGHT)).toBeNull();
  });

  it('writes a hostile unit as inert text', () => {
    const svg = toSvgString(enabledValueLabel({ kind: 'service' }, 20, 5, '<script>', LIGHT)!);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('enables 5 &lt;script&gt;');
  });
});
