import { readImport } from './importFile.ts';
import type { ImportResult } from './importFile.ts';
import { MAX_BYTES } from './limits.ts';

export interface FetchImportOptions {
  /** Cancels the download (TanStack Query passes one). */
  readonly signal?: AbortSignal;
  /** Give up on a server that has not finished sending after this long. Default 30 s. */
  readonly timeoutMs?: number;
  /** The largest file taken; default MAX_BYTES. */
  readonly maxBytes?: number;
  /** The page's origin, to tell a CORS refusal from a network failure; default `location.origin`. */
  readonly origin?: string;
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * A map from a web address: downloaded (http and https only), size-checked from the
 * Content-Length header and again while the bytes arrive, then read like a dropped file by
 * readImport with the URL's file name. Network failures, CORS refusals, HTTP errors and
 * oversized files are refused with what happened and what to do. Never rejects.
 */
export async function fetchImport(url: string, fetchImpl: FetchLike = (input, init) => fetch(input, init), options: FetchImportOptions = {}): Promise<ImportResult> {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return refuse('This is not a web address; paste a link that starts with https://.');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return refuse(`Only http and https links can be opened (this one starts with ${parsed.protocol}); download the file and open it instead.`);
  }
  const host = parsed.host;
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), timeoutMs);
  const onCancel = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onCancel, { once: true });
  try {
    if (options.signal?.aborted) return refuse('The download was cancelled.');
    const response = await fetchImpl(parsed.href, { signal: controller.signal, credentials: 'omit', redirect: 'follow' });
    if (!response.ok) return refuse(statusError(response, parsed.href));
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return refuse(tooLarge(host, declared, maxBytes));
    }
    const bytes = await readBody(response, maxBytes, controller);
    if (bytes === undefined) return refuse(tooLarge(host, undefined, maxBytes));
    const result = await readImport({ name: fileNameOf(parsed, response), bytes });
    if (!result.ok && result.error.startsWith('This file is a web page')) {
      return refuse(`This link leads to a web page, not a file. Open the file's own link instead (on GitHub, the one behind "Raw"); ${result.error.slice(result.error.indexOf(';') + 2)}`);
    }
    return result;
  } catch (error) {
    if (options.signal?.aborted) return refuse('The download was cancelled.');
    if (controller.signal.aborted) return refuse(`The server at ${host} did not send the file within ${seconds(timeoutMs)}; try again later, or download the file and open it instead.`);
    if (error instanceof TypeError) {
      return refuse(
        isCrossOrigin(parsed, options.origin)
          ? `The server at ${host} does not allow other sites to read this file (CORS). Download the file and open it instead.`
          : `Could not reach ${host}: check the address and your connection, then try again.`,
      );
    }
    return refuse(`The download from ${host} failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

/** The body's bytes, counted as they arrive; undefined (and the download stopped) past `maxBytes`. */
async function readBody(response: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array | undefined> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > maxBytes ? undefined : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** "The server answered 404 Not Found for <url>", and what to try. */
function statusError(response: Response, url: string): string {
  const reason = response.statusText || REASONS[response.status] || '';
  const said = `The server answered ${response.status}${reason ? ` ${reason}` : ''} for ${url}`;
  if (response.status === 401 || response.status === 403) return `${said}: the file is not public. Download it while signed in and open it instead.`;
  if (response.status === 404 || response.status === 410) return `${said}: check the address.`;
  if (response.status === 429 || response.status >= 500) return `${said}; try again later.`;
  return `${said}.`;
}

function tooLarge(host: string, size: number | undefined, max: number): string {
  const what = size === undefined ? `The file at ${host} is larger than ${megabytes(max)}` : `The file at ${host} is ${megabytes(size)}`;
  return `${what}; Ecosystem Mapper opens files up to ${megabytes(max)}.`;
}

/** Content types to extensions, for a URL whose path names no file (`/api/map?id=3`). */
const EXTENSION_OF_TYPE: Record<string, string> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'application/yaml': 'yaml',
  'application/x-yaml': 'yaml',
  'text/yaml': 'yaml',
  'text/x-yaml': 'yaml',
  'image/svg+xml': 'svg',
  'image/png': 'png',
};

/** The last part of the URL's path (`catalog-info.yaml`), with an extension from the content type if it has none. */
function fileNameOf(url: URL, response: Response): string {
  const last = url.pathname.split('/').filter((part) => part !== '').pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A malformed escape: the name as written is still a name.
  }
  if (/\.[A-Za-z0-9]+$/.test(name)) return name;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const ext = EXTENSION_OF_TYPE[type];
  return ext ? `${name || 'download'}.${ext}` : name;
}

function isCrossOrigin(url: URL, origin: string | undefined): boolean {
  const page = origin ?? (globalThis as { location?: { origin?: string } }).location?.origin;
  return page !== undefined && page !== 'null' && url.origin !== page;
}

function seconds(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s === 1 ? '1 second' : `${s} seconds`;
}

function megabytes(bytes: number): string {
  return `${Number((bytes / 1e6).toFixed(1))} MB`;
}

function refuse(error: string): ImportResult {
  return { ok: false, error };
}
