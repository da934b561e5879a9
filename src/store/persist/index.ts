// The storage layer's public face: what the app wires in and what the maps list reads.
export { createMapRepository, DEFAULT_DB_NAME, STORAGE_TIMEOUT_MS } from './mapRepository.ts';
export type { MapRepository, MapRepositoryOptions, OpenedMap, SaveResult } from './mapRepository.ts';
export type { MapRecord, MapSummary, QuarantineEntry } from './mapRecord.ts';
export { startPersistence } from './startPersistence.ts';
export type { Persistence, PersistenceOptions } from './startPersistence.ts';
export { STATUS_MESSAGES } from './persistenceStatus.ts';
export type { PersistenceStatus, SaveState, StatusStore } from './persistenceStatus.ts';
export { mapFilename, saveFileInBrowser } from './downloadMap.ts';
export type { SaveFile } from './downloadMap.ts';
export { LAST_MAP_KEY } from './environment.ts';
