/**
 * Elapsed time as the presenter view shows it: `04:05` under an hour, `1:04:05` from an hour
 * on. Whole seconds, rounded down, so the display ticks when a second has fully passed;
 * negative or non-finite times read `00:00`.
 */
export function formatElapsed(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** A stopwatch as data: started at a time, possibly paused, with the time spent paused before. */
export interface Stopwatch {
  readonly startedAt: number;
  /** When it was paused, or null while running. */
  readonly pausedAt: number | null;
  /** Time spent paused in earlier pauses, in ms. */
  readonly pausedFor: number;
}

export function startStopwatch(now: number): Stopwatch {
  return { startedAt: now, pausedAt: null, pausedFor: 0 };
}

/** Paused; the same stopwatch when it already is. */
export function pauseStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.pausedAt === null ? { ...watch, pausedAt: now } : watch;
}

/** Running again; the same stopwatch when it already is. */
export function resumeStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.pausedAt === null ? watch : { ...watch, pausedAt: null, pausedFor: watch.pausedFor + Math.max(0, now - watch.pausedAt) };
}

/** Time on the stopwatch at `now`, in ms: never negative, and still while paused. */
export function elapsedOf(watch: Stopwatch, now: number): number {
  const end = watch.pausedAt ?? now;
  return Math.max(0, end - watch.startedAt - watch.pausedFor);
}
