import { useEffect, useState } from 'react';
import { createDocumentStore } from '../store/documentStore.ts';
import { createLivePositions } from '../store/livePositions.ts';
import type { Stores } from '../store/context.ts';
import { createMapRepository, startPersistence } from '../store/persist/index.ts';
import type { Persistence } from '../store/persist/index.ts';
import { createUiStore } from '../store/uiStore.ts';

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
  useEffect(() => () => void app.persistence.stop(), [app]);
  return app;
}
