import { createDocumentStore } from '../store/documentStore.ts';
import { createLivePositions } from '../store/livePositions.ts';
import type { Stores } from '../store/context.ts';
import { syncKnockOut } from '../store/knockOutSync.ts';
import { createMapRepository, startPersistence } from '../store/persist/index.ts';
import type { Persistence } from '../store/persist/index.ts';
import { createUiStore } from '../store/uiStore.ts';

const prefersDark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

let app: { stores: Stores; persistence: Persistence } | undefined;

/**
 * The stores of the open map and the storage that keeps it: one pair per page, for the page's
 * life. Made outside React state, because React may call a state initialiser twice (strict mode
 * does in development) and two storages would each open a map of their own.
 */
export function useAppStores(): { stores: Stores; persistence: Persistence } {
  if (!app) {
    const stores: Stores = { doc: createDocumentStore(), ui: createUiStore({ theme: prefersDark() ? 'dark' : 'light' }), live: createLivePositions() };
    const persistence = startPersistence({
      doc: stores.doc,
      ui: stores.ui,
      repository: createMapRepository(),
      // A newcomer starts on a real map, not an empty void.
      initialMap: async () => (await import('../panels/examplesQuery.ts')).firstExample(),
    });
    syncKnockOut(stores);
    app = { stores, persistence };
  }
  return app;
}
