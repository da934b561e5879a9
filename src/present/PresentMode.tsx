import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scene } from '../model/types.ts';
import { useDoc, useStores, useUi } from '../store/context.ts';
import { goToScene, presentedScenes, showScene, stopPresenting, togglePresentTool } from '../store/presentActions.ts';
import { CaptionBar } from './CaptionBar.tsx';
import { presentAction } from './keys.ts';
import { LaserLayer } from './LaserLayer.tsx';
import { sceneTransition } from './transition.ts';
import { useStageSync } from './useStage.ts';
import { useStageClicks } from './useStageClicks.ts';

/** Room kept free around a scene: the caption bar takes the bottom. */
const INSETS = { top: 64, right: 56, bottom: 150, left: 56 };
const TYPED_PAUSE_MS = 1500;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A presentation running in this window: the map full screen without the editing chrome, each
 * scene's camera, knock-out and overlays played in as the presenter steps through them with the
 * keys a clicker sends; clicks on stage knock nodes out as a what-if, and R goes back to the scene
 * as saved. Another window (the presenter view) follows over a BroadcastChannel.
 */
/** The camera moves a presentation needs. */
export interface StageView {
  moveTo(camera: { x: number; y: number; k: number }, duration?: number): void;
  size(): { width: number; height: number };
}

export function PresentMode({ view, mapId, onPresenterView }: { view: StageView; mapId: string; onPresenterView(): void }) {
  const stores = useStores();
  const { ui, live } = stores;
  const map = useDoc((s) => s.map);
  const presenting = useUi((s) => s.presenting);
  const scenes = useMemo(() => presentedScenes(map, ui), [map, ui]);
  const index = Math.min(presenting?.index ?? 0, scenes.length - 1);
  const scene = scenes[index];
  const [typed, setTyped] = useState('');
  const sync = useStageSync(stores, mapId, scenes, presenting !== null);
  const shown = useRef<Scene | null>(null);

  // The projector theme while presenting; the user's own theme back afterwards.
  useEffect(() => {
    if (!presenting) return;
    const before = ui.getState().theme;
    ui.setState({ theme: 'projector' });
    return () => ui.setState({ theme: before });
  }, [presenting !== null, ui]);

  // Play the scene in: the camera glides, then the knock-out and overlays change halfway.
  useEffect(() => {
    if (!presenting || !scene) return;
    const from = shown.current;
    if (from && from.id === scene.id) return;
    shown.current = scene;
    const { width, height } = view.size();
    const plan = sceneTransition(from, scene, map, {
      positions: live.snapshot(),
      viewport: { width, height },
      knockedOut: ui.getState().knockedOut,
      reducedMotion: reducedMotion(),
      cameraOptions: { padding: INSETS },
    });
    view.moveTo(plan.camera.to, plan.glide.duration);
    if (!plan.fade.delay) return showScene(ui, scene);
    const timer = setTimeout(() => showScene(ui, scene), plan.fade.delay);
    return () => clearTimeout(timer);
    // The scene's identity decides; a map edit on stage does not replay it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [presenting !== null, scene?.id, view]);

  // The presentation's keys come first; anything else (adding a node on stage) goes to the editor.
  useEffect(() => {
    if (!presenting) return;
    let clear: ReturnType<typeof setTimeout> | undefined;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest?.('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      const state = ui.getState().presenting;
      if (!state) return;
      const action = presentAction(e, { index: state.index, count: scenes.length, typed, blank: state.blank });
      if (!action) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      clearTimeout(clear);
      if (action.type !== 'type') setTyped('');
      switch (action.type) {
        case 'goto':
          goToScene(ui, action.index, scenes.length);
          sync.current?.goto(action.index);
          break;
        case 'type':
          setTyped(action.typed);
          clear = setTimeout(() => setTyped(''), TYPED_PAUSE_MS);
          break;
        case 'blank':
          togglePresentTool(ui, 'blank');
          sync.current?.update({ blank: ui.getState().presenting?.blank ?? false });
          break;
        case 'leave':
          leave();
          break;
        case 'reset':
          if (scene) showScene(ui, scene);
          ui.setState({ presenting: { ...state, laser: false, spotlight: false } });
          sync.current?.update({ whatIf: [], spotlight: null, laser: null });
          break;
        case 'laser':
          togglePresentTool(ui, 'laser');
          break;
        case 'spotlight':
          togglePresentTool(ui, 'spotlight');
          if (state.spotlight) sync.current?.update({ spotlight: null });
          break;
        case 'fullscreen':
          toggleFullscreen();
          break;
        case 'none':
          break;
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      clearTimeout(clear);
    };
  });

  useStageClicks(stores, scene, sync, presenting !== null);

  const leave = () => {
    shown.current = null;
    stopPresenting(ui);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  };
  if (!presenting) return null;
  return (
    <>
      <LaserLayer on={presenting.laser} />
      {presenting.blank && <div className="em-blank" aria-label="Screen blanked; press B or a step key to show it" />}
      <CaptionBar
        scene={scene}
        index={index}
        count={scenes.length}
        typed={typed}
        laser={presenting.laser}
        spotlight={presenting.spotlight}
        onPresenterView={onPresenterView}
        onLeave={leave}
      />
    </>
  );
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}
