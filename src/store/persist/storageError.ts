/** What went wrong with browser storage, in the words a message needs. */
export type StorageProblem = 'timeout' | 'quota' | 'unavailable' | 'failed';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'StorageError';
  }
}

/** Sorts a thrown value into a problem; IndexedDB reports them as DOMException names. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new StorageError('quota', detail);
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotFoundError' || name === 'UnknownError') {
    return new StorageError('unavailable', detail);
  }
  return new StorageError('failed', detail);
}

const KEPT_HERE = 'so your changes are kept only in this tab for now. Download the map to keep a copy';

/** A message that says what was wrong and what to do. */
export function storageMessage(error: unknown, timeoutMs: number): string {
  const e = toStorageError(error);
  switch (e.problem) {
    case 'timeout':
      return `Browser storage did not answer within ${Math.round(timeoutMs / 100) / 10} seconds (another tab, a private window or a browser setting may be blocking it), ${KEPT_HERE}; saving is retried on your next change.`;
    case 'quota':
      return `Browser storage for this site is full, ${KEPT_HERE}, then make room by emptying the trash or deleting maps you no longer need.`;
    case 'unavailable':
      return `This browser does not let the app store maps (private browsing or a privacy setting may block it), ${KEPT_HERE}, or allow site storage and reload.`;
    case 'failed':
      return `Saving to browser storage failed (${e.message || 'no reason given'}), ${KEPT_HERE}; saving is retried on your next change.`;
  }
}
