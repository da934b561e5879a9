import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elapsedOf, formatElapsed, pauseStopwatch, resumeStopwatch, startStopwatch } from '../../src/present/timer.ts';

describe('formatElapsed', () => {
  it('writes minutes and seconds under an hour', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(5_000)).toBe('00:05');
    expect(formatElapsed(245_000)).toBe('04:05');
    expect(formatElapsed(3_599_999)).toBe('59:59');
  });

  it('writes hours, minutes and seconds from an hour on', () => {
    expect(formatElapsed(3_600_000)).toBe('1:00:00');
    expect(formatElapsed(3_845_000)).toBe('1:04:05');
    expect(formatElapsed(36_000_000 + 61_000)).toBe('10:01:01');
  });

  it('ticks only when a whole second has passed', () => {
    expect(formatElapsed(999)).toBe('00:00');
    expect(formatElapsed(1_000)).toBe('00:01');
  });

  it('reads nonsense as no time', () => {
    for (const ms of [-5_000, Number.NaN, Infinity, -Infinity]) expect(formatElapsed(ms)).toBe('00:00');
  });

  it('reads back as the whole seconds it was given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (ms) => {
        const parts = formatElapsed(ms).split(':').map(Number);
        const seconds = parts.reduce((sum, p) => sum * 60 + p, 0);
        expect(seconds).toBe(Math.floor(ms / 1000));
        expect(parts.slice(1).every((p) => p < 60)).toBe(true);
      }),
    );
  });
});

describe('stopwatch', () => {
  it('counts from its start, holds still while paused and leaves the pause out', () => {
    let watch = startStopwatch(1_000);
    expect(elapsedOf(watch, 6_000)).toBe(5_000);
    watch = pauseStopwatch(watch, 6_000);
    expect(elapsedOf(watch, 60_000)).toBe(5_000);
    watch = resumeStopwatch(watch, 60_000);
    expect(elapsedOf(watch, 62_000)).toBe(7_000);
  });

  it('returns the same stopwatch when pausing a paused one or resuming a running one', () => {
    const running = startStopwatch(0);
    expect(resumeStopwatch(running, 5)).toBe(running);
    const paused = pauseStopwatch(running, 5);
    expect(pauseStopwatch(paused, 9)).toBe(paused);
  });

  it('never shows negative time, even when the clock steps back', () => {
    expect(elapsedOf(startStopwatch(10_000), 4_000)).toBe(0);
  });
});
