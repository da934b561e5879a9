import { MAP_VERSION } from '../model/types.ts';

/** A parsed document of some format version, before or after a migration step. */
export type Document = Readonly<Record<string, unknown>>;

/** One step forward: reads a document of version `from` and returns it as version `from + 1`. */
export interface Migration {
  readonly name: string;
  readonly up: (doc: Document) => Document;
}

/** Steps keyed by the version they read. Each is one version forward, so any chain is a walk up the table. */
export type MigrationTable = Readonly<Record<number, Migration>>;

/**
 * Every step from an older format version to the current one. Version 1 is the first published
 * format, so the table is empty today; when version 2 arrives, `1: { name, up }` goes here and
 * the v1 fixtures in the tests become its cases.
 */
export const MIGRATIONS: MigrationTable = {};

/** The migrated document and the names of the steps taken, or why it cannot be brought forward. */
export type Migrated = { ok: true; doc: Document; steps: string[] } | { ok: false; error: string };

/**
 * `doc` (of format `version`) brought to `target` one step at a time. A version the table has
 * no step for cannot be read; a step that throws is reported, never rethrown.
 */
export function migrate(doc: Document, version: number, table: MigrationTable = MIGRATIONS, target = MAP_VERSION): Migrated {
  let current = doc;
  const steps: string[] = [];
  for (let v = version; v < target; v++) {
    const step = Object.hasOwn(table, v) ? table[v] : undefined;
    if (!step) return { ok: false, error: `format version ${version} is older than any this app can read (it reads ${oldest(table, target)} to ${target})` };
    try {
      current = step.up(current);
    } catch (error) {
      return { ok: false, error: `could not bring format version ${v} forward (${step.name}): ${error instanceof Error ? error.message : 'it failed'}` };
    }
    if (typeof current !== 'object' || current === null || Array.isArray(current)) {
      return { ok: false, error: `could not bring format version ${v} forward (${step.name}): it returned no document` };
    }
    steps.push(step.name);
  }
  return { ok: true, doc: current, steps };
}

/** The oldest version the table can bring to `target`. */
function oldest(table: MigrationTable, target: number): number {
  let v = target;
  while (Object.hasOwn(table, v - 1)) v--;
  return v;
}
