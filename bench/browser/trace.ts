// `node --import tsx bench/browser/trace.ts`: where the frame time of one benchmark scenario goes.
// It opens a generated map as bench:browser does and records a Chrome trace (or, with JS=1, a
// JavaScript CPU profile) while the layout settles (SCENARIO=settle) or while the settled map is
// zoomed and panned (SCENARIO=panzoom), or while the most critical platform is knocked out and
// restored from the analysis panel (SCENARIO=knockout, RUNS times); then prints the frames, and the main thread's time by
// trace event (or by function), self time, largest first.
//   SIZE=2000,3000 SCENARIO=settle JS=1 node --import tsx bench/browser/trace.ts
// DIST=<folder> serves a build made beforehand (`vite build --minify false` keeps names readable).
import { chromium } from '@playwright/test';
import type { CDPSession } from '@playwright/test';
import { bigMap } from '../cli.bench.ts';
import { buildApp } from './build.ts';
import { countBetween, firstMark, injectFrameLog, intervalsBetween, pageNow, readFrameLog } from './frameLog.ts';
import { SEED } from './layoutBench.ts';
import { explore } from './panZoomBench.ts';
import { storeAsLastMap } from './seedMap.ts';
import { freePort, startPreview } from './server.ts';
import { canvasWith, VIEWPORT } from './session.ts';
import { percentile } from './stats.ts';

const [nodes = 1000, links = 1500] = (process.env.SIZE ?? '1000,1500').split(',').map(Number);
const scenario = process.env.SCENARIO === 'panzoom' || process.env.SCENARIO === 'knockout' ? process.env.SCENARIO : 'settle';
const js = process.env.JS === '1';
const build = process.env.DIST ? { dir: process.env.DIST, remove() {} } : buildApp();
const server = await startPreview(build.dir, await freePort(4299));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
try {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await injectFrameLog(context);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('svg.em-canvas').waitFor({ state: 'attached' });
  await storeAsLastMap(page, `bench-${nodes}`, `Bench ${nodes}`, nodes, JSON.stringify(bigMap(nodes, links, SEED)));
  const cdp = await context.newCDPSession(page);
  let from: number;
  let to: number;
  if (scenario === 'settle') {
    await start(cdp);
    await page.reload({ waitUntil: 'commit' });
    await canvasWith(page, `[data-nodes="${nodes}"]`, 90_000);
    const settled = await canvasWith(page, '[data-layout="settled"]', Number(process.env.WATCH ?? 8000));
    const log = await readFrameLog(page);
    from = firstMark(log, (m) => m.nodes === String(nodes)) ?? 0;
    to = (settled ? firstMark(log, (m) => m.layout === 'settled') : undefined) ?? (await pageNow(page));
  } else if (scenario === 'knockout') {
    await page.reload({ waitUntil: 'commit' });
    await canvasWith(page, `[data-nodes="${nodes}"]`, 90_000);
    await canvasWith(page, '[data-layout="settled"]', 90_000);
    await page.keyboard.press('Shift+C');
    const row = page.locator('.em-criticality tbody tr button').first();
    await row.waitFor({ timeout: 30_000 });
    await start(cdp);
    from = await pageNow(page);
    for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) {
      await row.click();
      await page.locator('.em-knockout-banner').waitFor();
      await page.waitForTimeout(300);
      await page.keyboard.press('Shift+K');
      await page.locator('.em-knockout-banner').waitFor({ state: 'detached' });
      await canvasWith(page, '[data-layout="settled"]', 90_000);
    }
    to = await pageNow(page);
  } else {
    await page.reload({ waitUntil: 'commit' });
    await canvasWith(page, `[data-nodes="${nodes}"]`, 90_000);
    await canvasWith(page, '[data-layout="settled"]', 90_000);
    await page.waitForTimeout(Number(process.env.REST ?? 0));
    await start(cdp);
    from = await pageNow(page);
    await explore(page, Number(process.env.BURST_MS ?? 2000));
    to = await pageNow(page);
  }
  const log = await readFrameLog(page);
  const intervals = intervalsBetween(log.frames, from, to);
  console.log(`${scenario}, ${nodes} nodes: ${intervals.length} frames, ${countBetween(log.pictures, from, to)} pictures, p95 ${percentile(intervals, 95).toFixed(1)} ms`);
  console.log(`frames (ms): ${intervals.map((v) => v.toFixed(0)).join(' ')}`);
  await (js ? printProfile(cdp) : printTrace(cdp));
} finally {
  await browser.close();
  await server.stop();
  build.remove();
}

async function start(cdp: CDPSession): Promise<void> {
  if (js) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    return;
  }
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'toplevel', 'cc'] },
  });
}

/** Self time per function, from the sampled CPU profile. */
async function printProfile(cdp: CDPSession): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  const spent = new Map<number, number>();
  profile.samples?.forEach((id, i) => spent.set(id, (spent.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  const self = new Map<string, number>();
  for (const { id, callFrame: f } of profile.nodes) {
    const where = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(where, (self.get(where) ?? 0) + (spent.get(id) ?? 0));
  }
  for (const [where, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${where}`);
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

/** Self time per trace event on the page's main thread, and what its long tasks held. */
async function printTrace(cdp: CDPSession): Promise<void> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  if (process.env.TRACE_OUT) (await import('node:fs')).writeFileSync(process.env.TRACE_OUT, text);
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [thread(e), e.args?.name ?? '']));
  const busy = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && names.get(thread(e)) === 'CrRendererMain') busy.set(thread(e), (busy.get(thread(e)) ?? 0) + (e.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const slices = events.filter((e) => e.ph === 'X' && e.dur !== undefined && thread(e) === main).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; children: number }[] = [];
  const pop = () => {
    const s = stack.pop()!;
    self.set(s.e.name, (self.get(s.e.name) ?? 0) + s.e.dur! - s.children);
  };
  for (const e of slices) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) pop();
    if (stack.length) stack[stack.length - 1]!.children += e.dur!;
    stack.push({ e, end: e.ts + e.dur!, children: 0 });
  }
  while (stack.length) pop();
  console.log('main thread, self time:');
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
  const long = slices.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur! > 20_000);
  console.log(`tasks over 20 ms: ${long.length}`);
  for (const task of long.slice(0, 30)) {
    const inner = slices.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.dur! > 3000);
    const largest = new Map<string, number>();
    for (const e of inner) largest.set(e.name, Math.max(largest.get(e.name) ?? 0, e.dur!));
    console.log(`  ${(task.dur! / 1000).toFixed(0)} ms: ${[...largest].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(', ')}`);
  }
}
