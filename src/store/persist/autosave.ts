export interface Autosave {
  /** A change happened: save 300 ms after the changes stop, and no later than 1 s after the first. */
  schedule(): void;
  /** Saves now (after any save in flight) if a change is waiting; resolves when stored or failed. */
  flush(): Promise<void>;
  /** Whether a change is waiting to be saved or being saved. */
  pending(): boolean;
  cancel(): void;
}

export interface AutosaveOptions {
  /** Stores the current state. Called for one save at a time; a rejection leaves the change waiting. */
  readonly save: () => Promise<void>;
  readonly delayMs?: number;
  readonly maxWaitMs?: number;
}

/**
 * Debounces saves with a ceiling: typing keeps pushing the save back, but never past `maxWaitMs`,
 * so a reload loses at most the last second. Two timers instead of a clock, so fake timers drive it.
 */
export function createAutosave({ save, delayMs = 300, maxWaitMs = 1000 }: AutosaveOptions): Autosave {
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let ceiling: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let running: Promise<void> | null = null;

  const clearTimers = () => {
    clearTimeout(debounce);
    clearTimeout(ceiling);
    debounce = ceiling = undefined;
  };
  const run = (): Promise<void> => {
    clearTimers();
    if (running) return running.then(() => (dirty ? run() : undefined));
    if (!dirty) return Promise.resolve();
    dirty = false;
    running = save()
      .catch(() => {
        // The caller reports the failure; the change stays waiting for the next try.
        dirty = true;
      })
      .finally(() => (running = null));
    return running;
  };
  const fire = () => void run();

  return {
    schedule() {
      dirty = true;
      clearTimeout(debounce);
      debounce = setTimeout(fire, delayMs);
      ceiling ??= setTimeout(fire, maxWaitMs);
    },
    flush: run,
    pending: () => dirty || running !== null,
    cancel() {
      clearTimers();
      dirty = false;
    },
  };
}
