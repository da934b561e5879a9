import { useEffect, useRef, useState } from 'react';
import { createDocumentStore } from '../store/documentStore.ts';
import { createLivePositions } from '../store/livePositions.ts';
import type { Stores } from '../store/context.ts';
import { createMapRepository, startPersistence } from '../store/persist/index.ts';
import type { Persistence } from '../store/persist/index.ts';
import { createUiStore } from '../store/uiStore.ts';
import { syncKnockOut } from '../store/knockOutSync.ts';

const prefersDark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

/** The stores of the open map and the storage that keeps it; made once per page. */
export function useAppStores(): { stores: Stores; persistence: Persistence } {
  const [app] = useState(() => {
    const stores: Stores = { doc: createDocumentStore(), ui: createUiStore({ theme: prefersDark() ? 'dark' : 'light' }), live: createLivePositions() };
    const persistence = startPersistence({
      doc: stores.doc,
      ui: stores.ui,
      repository: createMapRepository(),
      // A newcomer starts on a real map, not an empty void.
      initialMap: async () => (await import('../panels/examplesQuery.ts')).firstExample(),
    });
    return { stores, persistence };
  });
  useEffect(() => syncKnockOut(app.stores), [app]);
  // Stopped a moment after unmounting, unless mounted again first: React's strict mode unmounts
  // and remounts once in development, and a stop then would close the tab channel for good.
  const stopping = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    clearTimeout(stopping.current);
    return () => void (stopping.current = setTimeout(() => void app.persistence.stop(), 0));
  }, [app]);
  return app;
}
