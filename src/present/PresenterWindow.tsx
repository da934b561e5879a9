import { useEffect, useMemo, useState } from 'react';
import { renderSvgTree } from '../canvas/SvgTree.tsx';
import { exportTree } from '../io/export/index.ts';
import type { EcoMap, Scene } from '../model/types.ts';
import { useDoc, useStores } from '../store/context.ts';
import { presentedScenes } from '../store/presentActions.ts';
import { presentAction } from './keys.ts';
import { createPresenterSync } from './presenterSync.ts';
import type { PresenterSync, StageState } from './presenterSync.ts';
import { elapsedOf, formatElapsed, pauseStopwatch, resumeStopwatch, startStopwatch } from './timer.ts';
import type { Stopwatch } from './timer.ts';

const NO_POSITIONS = new Map<string, { x: number; y: number }>();

/** A scene drawn small, as the room will see it: the views of the export, from the stored layout. */
function ScenePreview({ map, scene, label }: { map: EcoMap; scene: Scene | undefined; label: string }) {
  const drawing = useMemo(
    () => (scene ? exportTree({ map, positions: NO_POSITIONS, removed: new Set(scene.knockedOut), selection: new Set(), theme: 'light' }, { legend: false, knockOut: true, flow: scene.overlays.flow, padding: 24 }) : null),
    [map, scene],
  );
  return (
    <figure className="em-preview" aria-label={label}>
      <figcaption>{label}</figcaption>
      {drawing ? <div className="em-preview-drawing">{renderSvgTree(drawing.tree)}</div> : <p className="em-empty">The end.</p>}
      {scene?.caption && <p className="em-preview-caption">{scene.caption}</p>}
    </figure>
  );
}

/**
 * The presenter's window: the scene the room sees, the next one, the speaker notes and a timer.
 * Steps taken here (buttons, or the same keys as the stage) move the audience window too.
 */
export function PresenterWindow({ mapId }: { mapId: string }) {
  const { ui } = useStores();
  const map = useDoc((s) => s.map);
  const title = useDoc((s) => s.map.title);
  const scenes = useMemo(() => presentedScenes(map, ui), [map, ui]);
  const [stage, setStage] = useState<StageState>({ index: 0, whatIf: [], laser: null, spotlight: null, blank: false });
  const [sync, setSync] = useState<PresenterSync | null>(null);
  const [watch, setWatch] = useState<Stopwatch>(() => startStopwatch(performance.now()));
  const [, tick] = useState(0);
  const [typed, setTyped] = useState('');

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const s = createPresenterSync((name) => new BroadcastChannel(name), (message, state) => {
      if (message.type === 'goto' || message.type === 'state') setStage(state);
    }, { mapId });
    setSync(s);
    return () => s.close();
  }, [mapId]);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);

  const index = Math.min(stage.index, scenes.length - 1);
  const go = (to: number) => {
    if (to < 0 || to >= scenes.length) return;
    sync?.goto(to);
    setStage(sync?.state() ?? { ...stage, index: to });
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = presentAction(e, { index, count: scenes.length, typed, blank: stage.blank });
      if (!action) return;
      e.preventDefault();
      if (action.type !== 'type') setTyped('');
      if (action.type === 'goto') go(action.index);
      else if (action.type === 'type') setTyped(action.typed);
      else if (action.type === 'blank') sync?.update({ blank: !stage.blank }), setStage(sync?.state() ?? stage);
      else if (action.type === 'reset') sync?.update({ whatIf: [], spotlight: null, laser: null }), setStage(sync?.state() ?? stage);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const now = performance.now();
  const scene = scenes[index];
  return (
    <div className="em-presenter" role="main" aria-label={`Presenter view: ${title}`}>
      <header>
        <h1>{title}</h1>
        <span className="em-scene-counter" aria-live="polite">Scene {index + 1} of {scenes.length}{stage.blank ? ' · screen blanked' : ''}</span>
        <span className="em-timer" aria-label="Time presenting">{formatElapsed(elapsedOf(watch, now))}</span>
        <button type="button" onClick={() => setWatch(watch.pausedAt === null ? pauseStopwatch(watch, now) : resumeStopwatch(watch, now))}>{watch.pausedAt === null ? 'Pause timer' : 'Resume timer'}</button>
        <button type="button" onClick={() => setWatch(startStopwatch(now))}>Reset timer</button>
      </header>
      <div className="em-presenter-body">
        <ScenePreview map={map} scene={scene} label="Now" />
        <div className="em-presenter-side">
          <ScenePreview map={map} scene={scenes[index + 1]} label="Next" />
          <section className="em-notes" aria-label="Speaker notes">
            <h2>Notes</h2>
            <p>{scene?.notes || 'No notes for this scene.'}</p>
            {stage.whatIf.length > 0 && <p className="em-hint">What-if on stage: without {stage.whatIf.join(', ')}. R returns to the scene as saved.</p>}
          </section>
        </div>
      </div>
      <footer>
        <button type="button" onClick={() => go(index - 1)} disabled={index <= 0}>← Previous</button>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= scenes.length - 1}>Next →</button>
        {typed && <span className="em-typed">Go to {typed}_</span>}
      </footer>
    </div>
  );
}
