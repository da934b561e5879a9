/** Raised when the page did not answer in time: a frozen main thread never answers page.evaluate. */
export class PageTimeout extends Error {
  override readonly name = 'PageTimeout';
}

/** `promise`, or a PageTimeout after `ms`. */
export function deadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageTimeout(`${what} did not answer within ${(ms / 1000).toFixed(0)} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
