import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { mapFilename, saveFileInBrowser } from '../store/persist/downloadMap.ts';
import type { SaveFile } from '../store/persist/downloadMap.ts';
import type { MapSummary, QuarantineEntry } from '../store/persist/mapRecord.ts';
import type { Persistence } from '../store/persist/startPersistence.ts';
import { StorageError, storageMessage } from '../store/persist/storageError.ts';
import './mapsList.css';

export interface MapsListProps {
  readonly persistence: Persistence;
  readonly onClose?: () => void;
  /** The clock for "edited 5 minutes ago"; tests fix it. */
  readonly now?: () => number;
  /** How a kept-aside map is downloaded; tests pass a spy. */
  readonly saveFile?: SaveFile;
}

interface Lists {
  readonly maps: readonly MapSummary[];
  readonly trash: readonly MapSummary[];
  readonly keptAside: readonly QuarantineEntry[];
}

/** The stored maps: open, rename, duplicate, delete to the trash, restore, and what was kept aside. */
export function MapsList({ persistence, onClose, now = Date.now, saveFile = saveFileInBrowser }: MapsListProps) {
  const status = useSyncExternalStore(persistence.status.subscribe, persistence.status.getState);
  const [lists, setLists] = useState<Lists | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; draft: string } | null>(null);
  const [confirmingEmpty, setConfirmingEmpty] = useState(false);
  const renameButtons = useRef(new Map<string, HTMLButtonElement>());
  const headingId = useId();
  const { repository } = persistence;

  useEffect(() => {
    let live = true;
    Promise.all([repository.list(), repository.listTrash(), repository.quarantined()]).then(
      ([maps, trash, keptAside]) => live && (setLists({ maps, trash, keptAside }), setProblem(null)),
      (error: unknown) => live && setProblem(problemText(error, repository.timeoutMs)),
    );
    return () => void (live = false);
  }, [repository, status.listVersion]);

  /** Runs one action; says what happened, or what went wrong. `false` means the app has told the user already. */
  const act = async (run: () => Promise<unknown>, said: string) => {
    try {
      if ((await run()) === false) return;
      setProblem(null);
      setDone(said);
    } catch (error) {
      setProblem(problemText(error, repository.timeoutMs));
    }
  };
  const open = async (id: string) => {
    const opened = await persistence.openMap(id);
    if (opened) onClose?.();
    return opened;
  };

  const finishRename = (id: string) => {
    setRenaming(null);
    requestAnimationFrame(() => renameButtons.current.get(id)?.focus());
  };
  const submitRename = (event: FormEvent, map: MapSummary) => {
    event.preventDefault();
    const title = renaming?.draft.trim() ?? '';
    finishRename(map.id);
    if (title !== '' && title !== map.title) void act(() => persistence.renameMap(map.id, title), `Renamed "${map.title}" to "${title}".`);
  };
  const cancelOnEscape = (event: KeyboardEvent, id: string) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation(); // Escape closes the rename field, not the dialog around the list
    finishRename(id);
  };

  const t = now();
  return (
    <section className="em-maps" aria-labelledby={headingId}>
      <header className="em-maps-header">
        <h2 id={headingId}>Your maps</h2>
        <button type="button" onClick={() => void act(() => persistence.newMap(), 'Opened a new map.')}>New map</button>
        {onClose && <button type="button" onClick={onClose}>Close</button>}
      </header>
      <p role="status" className="em-maps-done">{done}</p>
      {problem && <p role="alert" className="em-maps-problem">{problem}</p>}
      {!lists && !problem && <p>Loading your maps…</p>}
      {lists && (
        <ul className="em-maps-list" aria-label="Maps">
          {lists.maps.map((map) => {
            const current = map.id === status.mapId;
            return (
              <li key={map.id} aria-current={current ? 'true' : undefined} className={current ? 'em-maps-current' : undefined}>
                {renaming?.id === map.id ? (
                  <form onSubmit={(e) => submitRename(e, map)} className="em-maps-rename">
                    <input
                      aria-label={`New name for ${map.title}`}
                      value={renaming.draft}
                      autoFocus
                      onChange={(e) => setRenaming({ id: map.id, draft: e.target.value })}
                      onKeyDown={(e) => cancelOnEscape(e, map.id)}
                    />
                    <span className="em-maps-hint">Enter saves · Escape cancels</span>
                  </form>
                ) : (
                  <span className="em-maps-title">{map.title}</span>
                )}
                <span className="em-maps-meta">
                  {nodes(map.nodeCount)} · edited {ago(map.updatedAt, t)}
                  {current && <strong className="em-maps-badge"> · open now</strong>}
                </span>
                <span className="em-maps-actions">
                  {!current && (
                    <button type="button" aria-label={`Open ${map.title}`} onClick={() => void act(() => open(map.id), `Opened "${map.title}".`)}>
                      Open
                    </button>
                  )}
                  <button
                    type="button"
                    aria-label={`Rename ${map.title}`}
                    ref={(el) => void (el ? renameButtons.current.set(map.id, el) : renameButtons.current.delete(map.id))}
                    onClick={() => setRenaming({ id: map.id, draft: map.title })}
                  >
                    Rename
                  </button>
                  <button type="button" aria-label={`Duplicate ${map.title}`} onClick={() => void act(() => persistence.duplicateMap(map.id), `Duplicated "${map.title}".`)}>
                    Duplicate
                  </button>
                  <button type="button" aria-label={`Delete ${map.title}`} onClick={() => void act(() => persistence.trashMap(map.id), `Moved "${map.title}" to the trash.`)}>
                    Delete
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {lists && lists.maps.length === 0 && <p>No stored maps yet. Choose “New map” to start one.</p>}
      {lists && (
        <TrashSection
          trash={lists.trash}
          now={t}
          confirming={confirmingEmpty}
          onConfirming={setConfirmingEmpty}
          onRestore={(map) => void act(() => persistence.restoreFromTrash(map.id), `Restored "${map.title}".`)}
          onEmpty={() => {
            setConfirmingEmpty(false);
            void act(() => persistence.emptyTrash(), 'Emptied the trash.');
          }}
        />
      )}
      {lists && lists.keptAside.length > 0 && <KeptAside entries={lists.keptAside} now={t} saveFile={saveFile} />}
    </section>
  );
}

interface TrashProps {
  readonly trash: readonly MapSummary[];
  readonly now: number;
  readonly confirming: boolean;
  readonly onConfirming: (confirming: boolean) => void;
  readonly onRestore: (map: MapSummary) => void;
  readonly onEmpty: () => void;
}

function TrashSection({ trash, now, confirming, onConfirming, onRestore, onEmpty }: TrashProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="em-maps-trash">
      <h3 id={headingId}>Trash</h3>
      {trash.length === 0 ? (
        <p>The trash is empty.</p>
      ) : (
        <ul className="em-maps-list" aria-label="Maps in the trash">
          {trash.map((map) => (
            <li key={map.id}>
              <span className="em-maps-title">{map.title}</span>
              <span className="em-maps-meta">{nodes(map.nodeCount)} · deleted {ago(map.trashedAt ?? map.updatedAt, now)}</span>
              <span className="em-maps-actions">
                <button type="button" aria-label={`Restore ${map.title}`} onClick={() => onRestore(map)}>Restore</button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {trash.length > 0 && !confirming && <button type="button" onClick={() => onConfirming(true)}>Empty trash</button>}
      {trash.length > 0 && confirming && (
        <div role="group" aria-label="Confirm emptying the trash" className="em-maps-confirm">
          <p>Delete {trash.length === 1 ? 'this map' : `these ${trash.length} maps`} for good? This cannot be undone.</p>
          <button type="button" onClick={onEmpty}>Delete for good</button>
          <button type="button" autoFocus onClick={() => onConfirming(false)}>Cancel</button>
        </div>
      )}
    </section>
  );
}

function KeptAside({ entries, now, saveFile }: { entries: readonly QuarantineEntry[]; now: number; saveFile: SaveFile }) {
  const headingId = useId();
  const download = (entry: QuarantineEntry) => {
    const stored = entry.stored as { text?: unknown } | null;
    const text = typeof stored?.text === 'string' ? stored.text : JSON.stringify(entry.stored, null, 2);
    saveFile(new Blob([text], { type: 'application/json' }), mapFilename(`${entry.title} (kept aside)`));
  };
  return (
    <section aria-labelledby={headingId} className="em-maps-kept">
      <h3 id={headingId}>Kept aside</h3>
      <p>These stored maps could not be read. They are kept unchanged; download one to repair it by hand or to send it for help.</p>
      <ul className="em-maps-list" aria-label="Maps kept aside">
        {entries.map((entry) => (
          <li key={entry.key}>
            <span className="em-maps-title">{entry.title}</span>
            <span className="em-maps-meta">{entry.reason} · kept aside {ago(entry.keptAt, now)}</span>
            <span className="em-maps-actions">
              <button type="button" aria-label={`Download ${entry.title} as stored`} onClick={() => download(entry)}>Download</button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function problemText(error: unknown, timeoutMs: number): string {
  if (error instanceof StorageError || (typeof error === 'object' && error !== null && 'name' in error && error.name !== 'Error')) {
    return storageMessage(error, timeoutMs);
  }
  return error instanceof Error ? error.message : String(error);
}

const nodes = (count: number) => `${count} ${count === 1 ? 'node' : 'nodes'}`;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "just now", "5 minutes ago", "yesterday". */
function ago(time: number, now: number): string {
  const elapsed = now - time;
  for (const [unit, ms] of UNITS) if (elapsed >= ms) return relative.format(-Math.floor(elapsed / ms), unit);
  return 'just now';
}
