import { describe, expect, it } from 'vitest';
import { nextInDirection } from '../../src/canvas/traverse.ts';

const points: [string, { x: number; y: number }][] = [
  ['centre', { x: 0, y: 0 }],
  ['right-near', { x: 50, y: 40 }],
  ['right-far', { x: 120, y: 0 }],
  ['above', { x: 5, y: -80 }],
];

describe('nextInDirection', () => {
  it('picks the nearest node that way, counting sideways distance double', () => {
    expect(nextInDirection({ x: 0, y: 0 }, 'right', points)).toBe('right-far');
    expect(nextInDirection({ x: 0, y: 0 }, 'up', points)).toBe('above');
  });

  it('finds nothing when no node lies that way', () => {
    expect(nextInDirection({ x: 0, y: 0 }, 'left', points)).toBeUndefined();
  });
});
