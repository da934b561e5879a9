import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/views/theme.ts';

/** WCAG contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each(Object.entries(THEMES))('the %s palette', (_, palette) => {
  it('gives knock-out marks, the new-silo outline, flow and the chart line at least 3:1 against the background', () => {
    for (const colour of [palette.stranded, palette.newSilo, palette.badge, palette.flow, palette.chartLine, palette.siloStroke]) {
      expect(contrast(colour, palette.background), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws the "new" marker in text contrast (4.5:1) and the badge glyph readable on the badge', () => {
    expect(contrast(palette.newSilo, palette.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette.background, palette.badge)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette.background, palette.stranded)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps silo fills soft: labels on them still read', () => {
    expect(contrast(palette.text, palette.siloFill)).toBeGreaterThanOrEqual(7);
    expect(contrast(palette.mutedText, palette.siloFill)).toBeGreaterThanOrEqual(3);
  });
});
