import { describe, expect, it } from 'vitest';
import { fetchImport } from '../../src/io/fetchMap.ts';
import type { ImportResult } from '../../src/io/importFile.ts';
import { serializeMap } from '../../src/io/json.ts';
import { mapOf } from '../builders.ts';
import { fixture } from './backstage/helpers.ts';

const PAGE = 'https://ecomap.example';
const shopJson = serializeMap({ ...mapOf('pay>checkout', 'pay>search'), title: 'Shop' });

/** A fetch that answers every request with `answer` and remembers what it was asked. */
function fakeFetch(answer: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const impl = async (url: string, init?: RequestInit) => {
    calls.push({ url, ...(init && { init }) });
    return answer(url, init);
  };
  return { impl, calls };
}

function opened(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a map, got the refusal: ${result.error}`);
  return result;
}

function refusal(result: ImportResult): string {
  if (result.ok) throw new Error(`expected a refusal, got a ${result.kind} map`);
  return result.error;
}

/** A body that sends `chunk` forever, counting how much was pulled. */
function endless(chunk: Uint8Array) {
  const sent = { bytes: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      sent.cancelled = true;
    },
  });
  return { stream, sent };
}

describe('fetchImport: what it opens', () => {
  it('downloads a map and reads it like a dropped file', async () => {
    const { impl, calls } = fakeFetch(() => new Response(shopJson, { headers: { 'content-type': 'application/json' } }));
    const result = opened(await fetchImport('https://maps.example/team/shop.json', impl, { origin: PAGE }));
    expect(result.kind).toBe('json');
    expect(result.map.title).toBe('Shop');
    expect(calls[0]?.url).toBe('https://maps.example/team/shop.json');
    expect(calls[0]?.init?.credentials).toBe('omit');
  });

  it('names a sheet after the last part of the URL', async () => {
    const { impl } = fakeFetch(() => new Response('name,kind\nPay,platform\n'));
    const result = opened(await fetchImport('https://files.example/exports/Team%20Map.csv?dl=1', impl));
    expect(result.map.title).toBe('Team Map');
    expect(result.summary.rows).toBe(1);
  });

  it('reads Backstage YAML from a raw link', async () => {
    const { impl } = fakeFetch(() => new Response(fixture('shop.yaml')));
    expect(opened(await fetchImport('https://raw.example/org/repo/main/catalog-info.yaml', impl)).kind).toBe('yaml');
  });

  it('takes the kind from the content type when the path names no file', async () => {
    const { impl } = fakeFetch(() => new Response('name\tkind\nPay\tplatform\n', { headers: { 'content-type': 'text/tab-separated-values; charset=utf-8' } }));
    const result = opened(await fetchImport('https://api.example/maps/3', impl));
    expect(result.kind).toBe('csv');
    expect(result.map.title).toBe('3');
  });
});

describe('fetchImport: refusals say what happened and what to do', () => {
  it('takes only http and https addresses', async () => {
    const { impl, calls } = fakeFetch(() => new Response(shopJson));
    expect(refusal(await fetchImport('file:///etc/passwd', impl))).toBe(
      'Only http and https links can be opened (this one starts with file:); download the file and open it instead.',
    );
    expect(refusal(await fetchImport('javascript:alert(1)', impl))).toMatch(/^Only http and https links/);
    expect(refusal(await fetchImport('not a url', impl))).toBe('This is not a web address; paste a link that starts with https://.');
    expect(calls).toHaveLength(0);
  });

  it('names a CORS refusal when a cross-origin fetch fails', async () => {
    const { impl } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(refusal(await fetchImport('https://other.example/map.json', impl, { origin: PAGE }))).toBe(
      'The server at other.example does not allow other sites to read this file (CORS). Download the file and open it instead.',
    );
  });

  it('calls a failed fetch on the page’s own origin a network failure', async () => {
    const { impl } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(refusal(await fetchImport(`${PAGE}/examples/x.json`, impl, { origin: PAGE }))).toBe(
      'Could not reach ecomap.example: check the address and your connection, then try again.',
    );
  });

  it('quotes the HTTP status', async () => {
    const status = (code: number, text = '') => fakeFetch(() => new Response('nope', { status: code, statusText: text })).impl;
    expect(refusal(await fetchImport('https://maps.example/gone.json', status(404, 'Not Found')))).toBe(
      'The server answered 404 Not Found for https://maps.example/gone.json: check the address.',
    );
    expect(refusal(await fetchImport('https://maps.example/x.json', status(403)))).toBe(
      'The server answered 403 Forbidden for https://maps.example/x.json: the file is not public. Download it while signed in and open it instead.',
    );
    expect(refusal(await fetchImport('https://maps.example/x.json', status(503)))).toBe('The server answered 503 Service Unavailable for https://maps.example/x.json; try again later.');
  });

  it('refuses a file whose Content-Length is past the limit without reading it', async () => {
    const { stream, sent } = endless(new Uint8Array(1000));
    const { impl } = fakeFetch(() => new Response(stream, { headers: { 'content-length': '5000000' } }));
    expect(refusal(await fetchImport('https://maps.example/huge.json', impl, { maxBytes: 1_000_000 }))).toBe(
      'The file at maps.example is 5 MB; Ecosystem Mapper opens files up to 1 MB.',
    );
    expect(sent.bytes).toBeLessThanOrEqual(2000);
  });

  it('stops a download that passes the limit while it streams, whatever the headers said', async () => {
    const { stream, sent } = endless(new Uint8Array(64 * 1024).fill(0x20));
    const { impl } = fakeFetch(() => new Response(stream, { headers: { 'content-length': '10' } }));
    expect(refusal(await fetchImport('https://maps.example/liar.json', impl, { maxBytes: 1_000_000 }))).toBe(
      'The file at maps.example is larger than 1 MB; Ecosystem Mapper opens files up to 1 MB.',
    );
    expect(sent.cancelled).toBe(true);
    expect(sent.bytes).toBeLessThan(1_300_000);
  });

  it('gives up on a server that does not finish in time', async () => {
    const { impl } = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    expect(refusal(await fetchImport('https://slow.example/map.json', impl, { timeoutMs: 20 }))).toBe(
      'The server at slow.example did not send the file within 1 second; try again later, or download the file and open it instead.',
    );
  });

  it('stops when the caller cancels', async () => {
    const cancel = new AbortController();
    const { impl } = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          cancel.abort();
        }),
    );
    expect(refusal(await fetchImport('https://maps.example/map.json', impl, { signal: cancel.signal }))).toBe('The download was cancelled.');
  });

  it('says a link to a web page is not a file', async () => {
    const { impl } = fakeFetch(() => new Response('<!DOCTYPE html><html><body>repo</body></html>', { headers: { 'content-type': 'text/html' } }));
    expect(refusal(await fetchImport('https://code.example/org/repo/blob/main/catalog-info.yaml', impl))).toMatch(
      /^This link leads to a web page, not a file\. Open the file's own link instead \(on GitHub, the one behind "Raw"\); open a map \(\.json\)/,
    );
  });

  it('passes on what the reader found wrong', async () => {
    const { impl } = fakeFetch(() => new Response('{"format": "ecosystem-map", "nodes": ['));
    expect(refusal(await fetchImport('https://maps.example/cut.json', impl))).toMatch(/^This map cannot be opened: not valid JSON/);
  });
});
