import { useMemo, useRef } from 'react';
import type { CanvasView } from '../canvas/viewApi.ts';
import type { EcoMap } from '../model/types.ts';
import type { Stores } from '../store/context.ts';
import type { CommandContext } from './commands/command.ts';

/**
 * The context every command runs in. The canvas hands over its camera once it is on the page;
 * until then, camera commands do nothing and new nodes appear at the origin.
 */
export function useCommandContext(stores: Stores, openMap: (map: EcoMap) => void): { ctx: CommandContext; setView: (v: CanvasView | null) => void } {
  const view = useRef<CanvasView | null>(null);
  const open = useRef(openMap);
  open.current = openMap;
  const ctx = useMemo<CommandContext>(
    () => ({
      ...stores,
      openMap: (map) => open.current(map),
      view: {
        center: () => view.current?.center() ?? { x: 0, y: 0 },
        fit: () => view.current?.fit(),
        zoomToSelection: () => view.current?.zoomToSelection(),
        relayout: () => view.current?.relayout(),
        focusNode: (id) => view.current?.focusNode(id),
        traverse: (d) => view.current?.traverse(d),
        moveTo: (camera, duration) => view.current?.moveTo(camera, duration),
        size: () => view.current?.size() ?? { width: 0, height: 0 },
      },
    }),
    [stores],
  );
  return { ctx, setView: (v) => (view.current = v) };
}
