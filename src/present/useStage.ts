import { useEffect, useRef } from 'react';
import type { Stores } from '../store/context.ts';
import { goToScene, showScene } from '../store/presentActions.ts';
import type { Scene } from '../model/types.ts';
import { createPresenterSync } from './presenterSync.ts';
import type { PresenterSync, StageState } from './presenterSync.ts';

/**
 * Keeps this window's stage in step with the other windows presenting the same map (the
 * presenter view and the audience window): moves and what-ifs made in either reach both.
 */
export function useStageSync(stores: Stores, mapId: string, scenes: readonly Scene[], active: boolean): React.RefObject<PresenterSync | null> {
  const sync = useRef<PresenterSync | null>(null);
  const scenesRef = useRef(scenes);
  scenesRef.current = scenes;
  useEffect(() => {
    if (!active || typeof BroadcastChannel === 'undefined') return;
    const { ui } = stores;
    const index = ui.getState().presenting?.index ?? 0;
    const s = createPresenterSync((name) => new BroadcastChannel(name), (message, state) => {
      if (message.type === 'goto' || message.type === 'state') applyStage(stores, scenesRef.current, state);
    }, { mapId, initial: { index } });
    sync.current = s;
    return () => {
      s.close();
      sync.current = null;
    };
  }, [stores, mapId, active]);
  return sync;
}

/** Shows another window's stage here: its scene, with the what-ifs added on stage. */
export function applyStage({ ui }: Stores, scenes: readonly Scene[], stage: StageState): void {
  const scene = scenes[stage.index];
  if (!scene) return;
  const presenting = ui.getState().presenting;
  if (!presenting) return;
  goToScene(ui, stage.index, scenes.length);
  showScene(ui, scene);
  const knockedOut = new Set([...scene.knockedOut, ...stage.whatIf]);
  ui.setState({
    knockedOut,
    presenting: { ...ui.getState().presenting!, blank: stage.blank, spotlight: stage.spotlight !== null },
    ...(stage.spotlight ? { filter: { ...ui.getState().filter, focus: { id: stage.spotlight, hops: 1 } } } : {}),
  });
}
