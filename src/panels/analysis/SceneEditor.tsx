import type { ScenePatch } from '../../model/scenes.ts';
import type { Scene, SceneOverlays } from '../../model/types.ts';

const OVERLAYS: readonly [keyof SceneOverlays, string][] = [['flow', 'Value flow'], ['hulls', 'Silo outlines'], ['badges', 'Criticality badges'], ['labels', 'Labels']];

interface Props {
  scene: Scene;
  readOnly: boolean;
  selection: ReadonlySet<string>;
  onChange(intent: string, patch: ScenePatch): void;
  /** Shows the scene's knock-out and flow in the editor. */
  onShow(): void;
}

/** Every field of one scene; text is saved when the field is left, each change one undo step. */
export function SceneEditor({ scene, readOnly, selection, onChange, onShow }: Props) {
  const text = (field: 'title' | 'caption' | 'notes', label: string, multiline = false) => {
    const value = field === 'title' ? (scene.title ?? '') : scene[field];
    const props = {
      id: `em-scene-${scene.id}-${field}`,
      defaultValue: value,
      readOnly,
      onBlur: (e: { currentTarget: { value: string } }) => {
        const next = e.currentTarget.value;
        if (next === value) return;
        onChange(`Edit scene ${field}`, field === 'title' ? { title: next.trim() || undefined } : { [field]: next });
      },
    };
    return (
      <div className="em-field">
        <label htmlFor={props.id}>{label}</label>
        {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
      </div>
    );
  };
  return (
    <div className="em-scene-editor">
      {text('title', 'Title (for you)')}
      {text('caption', 'Caption (shown to the room)', true)}
      {text('notes', 'Speaker notes', true)}
      <fieldset>
        <legend>Show</legend>
        {OVERLAYS.map(([key, label]) => (
          <label key={key}>
            <input type="checkbox" checked={scene.overlays[key]} disabled={readOnly} onChange={(e) => onChange('Edit scene overlays', { overlays: { [key]: e.target.checked } })} /> {label}
          </label>
        ))}
      </fieldset>
      <p className="em-hint">
        Camera: {scene.camera.fit === 'all' ? 'the whole map' : `${scene.camera.ids.length} chosen nodes`}. Knocked out: {scene.knockedOut.length ? scene.knockedOut.join(', ') : 'nothing'}.
      </p>
      <div className="em-scene-buttons">
        <button type="button" disabled={readOnly} onClick={() => onChange('Edit scene camera', selection.size ? { camera: { fit: 'nodes', ids: [...selection] } } : { camera: { fit: 'all' } })}>
          {selection.size ? `Frame the ${selection.size} selected` : 'Frame the whole map'}
        </button>
        <button type="button" disabled={readOnly} onClick={() => onChange('Edit scene highlights', { highlighted: [...selection] })}>Highlight the selection</button>
        <button type="button" onClick={onShow}>Show on the map</button>
      </div>
    </div>
  );
}
