import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/views/formatValue.ts';

describe('formatValue', () => {
  it('writes full numbers with thousands separators and the unit', () => {
    expect(formatValue(1200, 'USD')).toBe('1,200 USD');
    expect(formatValue(1234567.891, 'users')).toBe('1,234,567.89 users');
    expect(formatValue(0, 'USD')).toBe('0 USD');
  });

  it('leaves the unit out when the map has none', () => {
    expect(formatValue(1200)).toBe('1,200');
    expect(formatValue(1200, '   ')).toBe('1,200');
  });

  it('writes compact numbers with one decimal below 100 of a suffix and none above', () => {
    expect(formatValue(12400, 'USD', { compact: true })).toBe('12.4k USD');
    expect([999, 1000, 1234, 123456, 1.5e6, 2.25e9, 3e12].map((v) => formatValue(v, undefined, { compact: true }))).toEqual(['999', '1k', '1.2k', '123k', '1.5M', '2.3B', '3T']);
    expect(formatValue(0.25, undefined, { compact: true })).toBe('0.3');
  });

  it('carries a compact number that rounds up into the next suffix', () => {
    expect(formatValue(999.96, undefined, { compact: true })).toBe('1k');
    expect(formatValue(999_960, undefined, { compact: true })).toBe('1M');
  });

  it('keeps the sign of negative numbers and never writes minus zero', () => {
    expect(formatValue(-1234, undefined, { compact: true })).toBe('-1.2k');
    expect(formatValue(-0.01, undefined, { compact: true })).toBe('0');
  });

  it('cuts a long unit short', () => {
    expect(formatValue(5, 'monthly active users of the mobile app')).toBe('5 monthly active user…');
  });

  it('shows a value that is not a number as a dash', () => {
    expect(formatValue(Number.NaN, 'USD')).toBe('– USD');
    expect(formatValue(Infinity, undefined, { compact: true })).toBe('–');
  });
});
