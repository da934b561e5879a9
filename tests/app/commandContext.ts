import type { CommandContext } from '../../src/app/commands/command.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { createDocumentStore, replaceDocument } from '../../src/store/documentStore.ts';
import { createLivePositions } from '../../src/store/livePositions.ts';
import { createUiStore } from '../../src/store/uiStore.ts';

/** A command context over fresh stores, with every node placed on a row 100 apart. */
export function contextFor(map: EcoMap): CommandContext & { calls: string[] } {
  const doc = createDocumentStore(map);
  const live = createLivePositions();
  live.setSome(new Map(map.nodes.map((n, i) => [n.id, { x: n.x ?? i * 100, y: n.y ?? 0 }])));
  const calls: string[] = [];
  return {
    doc,
    ui: createUiStore(),
    live,
    calls,
    view: {
      center: () => ({ x: 500, y: 500 }),
      fit: () => void calls.push('fit'),
      zoomToSelection: () => void calls.push('zoomToSelection'),
      relayout: () => void calls.push('relayout'),
      focusNode: (id) => void calls.push(`focus:${id}`),
      traverse: (d) => void calls.push(`traverse:${d}`),
      moveTo: (c) => void calls.push(`moveTo:${c.x},${c.y},${c.k}`),
      size: () => ({ width: 1000, height: 800 }),
    },
    openMap: (next) => replaceDocument(doc, next),
  };
}
