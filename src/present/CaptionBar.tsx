import type { Scene } from '../model/types.ts';

/** The audience's line: the scene's caption in large type, where we are, and the presenter's tools. */
export function CaptionBar({ scene, index, count, typed, laser, spotlight, onPresenterView, onLeave }: {
  scene: Scene | undefined;
  index: number;
  count: number;
  typed: string;
  laser: boolean;
  spotlight: boolean;
  onPresenterView(): void;
  onLeave(): void;
}) {
  return (
    <footer className="em-caption-bar" aria-label="Caption">
      <p className="em-caption" aria-live="polite">{scene?.caption || scene?.title || ''}</p>
      <div className="em-caption-tools">
        <span className="em-scene-counter" aria-label={`Scene ${index + 1} of ${count}`}>{index + 1} / {count}</span>
        {typed && <span className="em-typed" role="status">Go to {typed}_</span>}
        {laser && <span className="em-tool-on">Laser</span>}
        {spotlight && <span className="em-tool-on">Spotlight</span>}
        <button type="button" onClick={onPresenterView}>Presenter view</button>
        <button type="button" onClick={onLeave}>Leave (Esc)</button>
      </div>
    </footer>
  );
}
