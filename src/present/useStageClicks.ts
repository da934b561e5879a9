import { useEffect } from 'react';
import type { Scene } from '../model/types.ts';
import type { Stores } from '../store/context.ts';
import type { PresenterSync } from './presenterSync.ts';

/**
 * On stage a click on a node is a what-if: it knocks the node out (or back in) there and then,
 * without touching the saved scene. With the spotlight on, resting on a node spotlights it and
 * its neighbours instead. Clicks elsewhere pan and zoom as usual.
 */
export function useStageClicks({ ui }: Stores, scene: Scene | undefined, sync: React.RefObject<PresenterSync | null>, active: boolean): void {
  useEffect(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.em-canvas');
    if (!active || !svg) return;
    const nodeOf = (e: Event) => (e.target as Element | null)?.closest?.('[data-id]')?.getAttribute('data-id') ?? null;
    const saved = new Set(scene?.knockedOut ?? []);
    const whatIf = () => [...ui.getState().knockedOut].filter((id) => !saved.has(id));
    const swallow = (e: Event) => {
      if (!nodeOf(e)) return;
      e.stopPropagation();
      e.preventDefault();
    };
    const onClick = (e: MouseEvent) => {
      const id = nodeOf(e);
      if (!id) return;
      e.stopPropagation();
      const { presenting, knockedOut, filter } = ui.getState();
      if (presenting?.spotlight) {
        ui.setState({ filter: { ...filter, focus: { id, hops: 1 } } });
        sync.current?.update({ spotlight: id });
        return;
      }
      const next = new Set(knockedOut);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      ui.setState({ knockedOut: next, preview: null });
      sync.current?.update({ whatIf: whatIf() });
    };
    const onOver = (e: PointerEvent) => {
      const id = nodeOf(e);
      const { presenting, filter } = ui.getState();
      if (!id || !presenting?.spotlight || filter.focus?.id === id) return;
      ui.setState({ filter: { ...filter, focus: { id, hops: 1 } } });
      sync.current?.update({ spotlight: id });
    };
    svg.addEventListener('pointerdown', swallow, { capture: true });
    svg.addEventListener('dblclick', swallow, { capture: true });
    svg.addEventListener('click', onClick, { capture: true });
    svg.addEventListener('pointerover', onOver);
    return () => {
      svg.removeEventListener('pointerdown', swallow, { capture: true });
      svg.removeEventListener('dblclick', swallow, { capture: true });
      svg.removeEventListener('click', onClick, { capture: true });
      svg.removeEventListener('pointerover', onOver);
    };
  }, [ui, scene, sync, active]);
}
