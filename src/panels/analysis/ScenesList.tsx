import { useState } from 'react';
import type { DragEvent } from 'react';
import { duplicateScene, moveScene, removeScene, scenesOf, updateScene } from '../../model/scenes.ts';
import type { ScenePatch } from '../../model/scenes.ts';
import { commit } from '../../store/documentStore.ts';
import { useDoc, useStores, useUi } from '../../store/context.ts';
import { addCurrentViewAsScene } from '../../store/presentActions.ts';
import { notify, select } from '../../store/uiStore.ts';
import type { UiStore } from '../../store/uiStore.ts';
import { shareHashOf } from '../../io/shareLink.ts';
import type { EcoMap, Scene } from '../../model/types.ts';
import { SceneEditor } from './SceneEditor.tsx';

/**
 * The map's presentation: scenes in order. Add the current view as a scene, reorder by drag (or
 * the arrow buttons), edit, duplicate, delete, and present from any scene.
 */
export function ScenesList({ onPresent }: { onPresent: (index: number) => void }) {
  const { doc, ui } = useStores();
  const scenes = useDoc((s) => scenesOf(s.map));
  const readOnly = useDoc((s) => s.readOnly);
  const [open, setOpen] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const selection = useUi((s) => s.selection.nodes);

  const addCurrentView = () => {
    const added = addCurrentViewAsScene(doc, ui);
    if (added) setOpen(added.id);
  };
  const change = (intent: string, fn: Parameters<typeof commit>[2]) => void commit(doc, intent, fn);
  const drop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged) change('Move scene', (m) => moveScene(m, dragged, index));
    setDragged(null);
  };

  return (
    <div className="em-scenes">
      <p className="em-hint">
        A scene keeps what the room should see: the camera (the selected nodes, or the whole map), the knock-out, value flow, highlighted nodes, a caption and your notes.
      </p>
      <div className="em-scene-actions">
        <button type="button" disabled={readOnly} onClick={addCurrentView}>Add the current view as a scene</button>
        <button type="button" disabled={!scenes.length} onClick={() => onPresent(0)}>Present</button>
      </div>
      {scenes.length === 0 ? (
        <p className="em-empty">No scenes yet.</p>
      ) : (
        <ol className="em-scene-list" aria-label="Scenes">
          {scenes.map((scene, i) => (
            <li
              key={scene.id}
              draggable={!readOnly}
              onDragStart={() => setDragged(scene.id)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => drop(e, i)}
              className={dragged === scene.id ? 'em-dragging' : undefined}
              aria-label={`Scene ${i + 1}: ${sceneLabel(scene)}`}
            >
              <div className="em-scene-row">
                <span className="em-scene-number" aria-hidden="true">{i + 1}</span>
                <button type="button" className="em-row-button" aria-expanded={open === scene.id} onClick={() => setOpen(open === scene.id ? null : scene.id)}>
                  {sceneLabel(scene)}
                </button>
              </div>
              <div className="em-scene-buttons">
                <button type="button" onClick={() => onPresent(i)} aria-label={`Present from scene ${i + 1}`}>▶</button>
                <button type="button" aria-label={`Copy a link that presents scene ${i + 1}`} onClick={() => copySceneLink(doc.getState().map, scene.id, i, ui)}>Link</button>
                <button type="button" disabled={readOnly || i === 0} aria-label={`Move scene ${i + 1} up`} onClick={() => change('Move scene', (m) => moveScene(m, scene.id, i - 1))}>↑</button>
                <button type="button" disabled={readOnly || i === scenes.length - 1} aria-label={`Move scene ${i + 1} down`} onClick={() => change('Move scene', (m) => moveScene(m, scene.id, i + 1))}>↓</button>
                <button type="button" disabled={readOnly} aria-label={`Duplicate scene ${i + 1}`} onClick={() => change('Duplicate scene', (m) => duplicateScene(m, scene.id)?.map ?? m)}>Duplicate</button>
                <button type="button" disabled={readOnly} aria-label={`Delete scene ${i + 1}`} onClick={() => change('Delete scene', (m) => removeScene(m, scene.id))}>Delete</button>
              </div>
              {open === scene.id && (
                <SceneEditor
                  scene={scene}
                  readOnly={readOnly}
                  onChange={(intent, patch: ScenePatch) => change(intent, (m) => updateScene(m, scene.id, patch))}
                  onShow={() => {
                    ui.setState({ knockedOut: new Set(scene.knockedOut), flow: scene.overlays.flow, preview: null });
                    select(ui, scene.highlighted);
                  }}
                  selection={selection}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/**
 * A link that opens the presentation at this scene: the whole map in the link when it fits, so
 * it works anywhere; else a link to the map kept in this browser.
 */
function copySceneLink(map: EcoMap, sceneId: string, index: number, ui: UiStore): void {
  const shared = shareHashOf(map, { scene: sceneId });
  const url = new URL(location.href);
  url.hash = '';
  if (shared.ok) {
    url.search = '';
    url.hash = shared.hash;
  } else url.searchParams.set('present', String(index + 1));
  void navigator.clipboard?.writeText(url.toString()).then(
    () => notify(ui, shared.ok ? `Copied a link that opens this map at scene ${index + 1}.` : `Copied a link to scene ${index + 1} of the map kept in this browser (the map is ${shared.error}).`),
    () => notify(ui, 'This browser did not let the page copy the link.', 'error'),
  );
}

/** A scene as a list shows it: its title, else its caption, else what it knocks out. */
export function sceneLabel(scene: Scene): string {
  if (scene.title) return scene.title;
  if (scene.caption) return scene.caption.length > 60 ? `${scene.caption.slice(0, 59)}…` : scene.caption;
  return scene.knockedOut.length ? `Without ${scene.knockedOut.join(', ')}` : 'The whole map';
}
