import type { Persistence, PersistenceStatus } from '../store/persist/index.ts';

/** Says when work is not being saved, or another tab has the map, and what the user can do. */
export function StorageBanner({ status, persistence }: { status: PersistenceStatus; persistence: Persistence }) {
  const label = status.state === 'saved' ? 'Saved' : status.state === 'saving' ? 'Saving…' : status.state === 'unsaved' ? 'Not saved yet' : '';
  if (status.state !== 'unavailable' && status.state !== 'readonly') {
    return <p className="em-save-state" role="status" title={status.message}>{status.ready ? label : ''}</p>;
  }
  return (
    <div className={`em-banner em-${status.state}`} role="alert">
      <span>{status.message}</span>
      {status.state === 'unavailable' && <button type="button" onClick={() => persistence.downloadCurrentMap()}>Download the map</button>}
      {status.state === 'readonly' && <button type="button" onClick={() => persistence.takeOver()}>Take over</button>}
    </div>
  );
}
