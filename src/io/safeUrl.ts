import { MAX_URL_LENGTH } from './limits.ts';

const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** True for an absolute http, https or mailto URL: the only links a map may open. */
export function isSafeUrl(url: string): boolean {
  if (url.length > MAX_URL_LENGTH) return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
