// The page flowBench.ts drives: a map drawn still on one canvas (as the motion layer draws it)
// and the value-flow layer running over it, with no app around them, so the frames measure the
// layer. The harness hands it the map with positions and the flow per link.
import { zoomIdentity } from 'd3-zoom';
import { createFlowLayer } from '../../src/canvas/flowLayer.ts';
import { createMotionLayer } from '../../src/canvas/motionLayer.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { createLivePositions } from '../../src/store/livePositions.ts';
import { radiiOf } from '../../src/views/radii.ts';
import { LIGHT } from '../../src/views/theme.ts';

export interface FlowPageInput {
  readonly map: EcoMap;
  /** Indexed like map.links. */
  readonly amounts: readonly number[];
  /** How much closer than the whole map to look, at its centre. */
  readonly zoom: number;
}

export interface FlowPage {
  show(input: FlowPageInput): { links: number };
  /** Sways every node a little each frame, as a layout in motion moves them. */
  sway(on: boolean): void;
  /** Canvas pixels the flow layer has painted. */
  paintedPixels(): number;
  /** Script time of each frame's rAF callbacks (the layer's, the swaying, the frame log) since the last call. */
  takeScriptMs(): number[];
}

// Every frame's callbacks timed together: frame intervals say whether a frame was missed, this
// says how much of one the script used.
let scriptMs: number[] = [];
let frameStart = -1;
const nativeRaf = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback) =>
  nativeRaf((t) => {
    const start = performance.now();
    callback(t);
    if (frameStart !== t) {
      frameStart = t;
      scriptMs.push(0);
    }
    scriptMs[scriptMs.length - 1]! += performance.now() - start;
  });

const mapCanvas = document.getElementById('map') as HTMLCanvasElement;
const flowCanvas = document.getElementById('flow') as HTMLCanvasElement;
const live = createLivePositions();
let ids: string[] = [];
let rest = new Float32Array(0);
let xy = new Float32Array(0);
let swaying = 0;
let radii: ReadonlyMap<string, number> = new Map();

const flow = createFlowLayer(flowCanvas, { positions: live, palette: LIGHT, radius: (id) => radii.get(id) ?? 14 });

const sway = (now: number) => {
  const t = now / 1000;
  for (let i = 0; i < ids.length; i++) {
    xy[2 * i] = rest[2 * i]! + 4 * Math.sin(t * 2 + i);
    xy[2 * i + 1] = rest[2 * i + 1]! + 4 * Math.cos(t * 1.7 + i);
  }
  live.setAll(ids, xy);
  swaying = requestAnimationFrame(sway);
};

const page: FlowPage = {
  show({ map, amounts, zoom }) {
    radii = radiiOf(map);
    ids = map.nodes.map((n) => n.id);
    rest = Float32Array.from(map.nodes.flatMap((n) => [n.x ?? 0, n.y ?? 0]));
    xy = rest.slice();
    live.setAll(ids, xy);
    const xs = map.nodes.map((n) => n.x ?? 0);
    const ys = map.nodes.map((n) => n.y ?? 0);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const { width, height } = flowCanvas.getBoundingClientRect();
    const k = zoom * 0.92 * Math.min(width / (x1 - x0 || 1), height / (y1 - y0 || 1));
    const transform = zoomIdentity.translate(width / 2 - (k * (x0 + x1)) / 2, height / 2 - (k * (y0 + y1)) / 2).scale(k);
    createMotionLayer(mapCanvas, live).draw(map, transform, LIGHT);
    flow.setTransform(transform);
    flow.setFlow(map.links, amounts);
    flow.start();
    return { links: amounts.filter((a) => a > 0).length };
  },
  sway(on) {
    cancelAnimationFrame(swaying);
    swaying = on ? requestAnimationFrame(sway) : 0;
  },
  takeScriptMs() {
    const taken = scriptMs;
    scriptMs = [];
    return taken;
  },
  paintedPixels() {
    const data = flowCanvas.getContext('2d')!.getImageData(0, 0, flowCanvas.width, flowCanvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  },
};
(globalThis as typeof globalThis & { __flowPage?: FlowPage }).__flowPage = page;
