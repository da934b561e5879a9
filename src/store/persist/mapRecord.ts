import type { EcoMap } from '../../model/types.ts';
import { serializeMap } from '../../io/json.ts';

/** One stored map. `text` is the map as JSON; it becomes a map again only through restoreMap. */
export interface MapRecord {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Set while the map is in the trash. */
  readonly trashedAt?: number;
  readonly nodeCount: number;
  /** Goes up by one on every write of `text`: a save based on an older revision is refused. */
  readonly revision: number;
  readonly text: string;
}

/** What a list shows: a record without its text. */
export type MapSummary = Omit<MapRecord, 'text'>;

/** Stored data that could not be read, kept aside untouched with the reason. */
export interface QuarantineEntry {
  readonly key: number;
  /** The id and title the data was stored under, when it had them. */
  readonly mapId: string | null;
  readonly title: string;
  readonly reason: string;
  readonly keptAt: number;
  /** Exactly what was stored. */
  readonly stored: unknown;
}

export function summaryOf(record: MapRecord): MapSummary {
  const { text: _text, ...summary } = record;
  return summary;
}

/** A record holding `map`: a new one when there is no `previous`, else the next revision of it. */
export function recordOf(map: EcoMap, id: string, now: number, previous?: MapRecord): MapRecord {
  const record: MapRecord = {
    id,
    title: map.title,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    nodeCount: map.nodes.length,
    revision: (previous?.revision ?? 0) + 1,
    text: serializeMap(map),
  };
  return previous?.trashedAt === undefined ? record : { ...record, trashedAt: previous.trashedAt };
}

/** Whether a stored value has the shape of a record (its text is checked only when opened). */
export function isMapRecord(value: unknown): value is MapRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.title === 'string' &&
    typeof r.text === 'string' &&
    Number.isFinite(r.createdAt) &&
    Number.isFinite(r.updatedAt) &&
    Number.isInteger(r.revision) &&
    Number.isInteger(r.nodeCount) &&
    (r.trashedAt === undefined || Number.isFinite(r.trashedAt))
  );
}

/** The title a stored value claims, for telling the user which map could not be read. */
export function storedTitle(value: unknown): string {
  const title = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).title : undefined;
  return typeof title === 'string' && title.trim() !== '' ? title : 'Untitled map';
}

export function storedId(value: unknown): string | null {
  const id = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).id : undefined;
  return typeof id === 'string' ? id : null;
}

export function newMapId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
