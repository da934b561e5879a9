import { basename, extname } from 'node:path';
import type { EcoMap } from '../src/model/types.ts';
import { formatRepair, restoreMap } from '../src/io/restore.ts';
import type { Repair } from '../src/io/restore.ts';
import { mapFromBackstage } from '../src/io/backstage/index.ts';
import { mapFromCsv } from '../src/io/csv.ts';
import { MAX_BYTES } from '../src/io/limits.ts';
import { FileError, fileLine } from './errors.ts';
import { readBytes } from './files.ts';
import { isYamlPath } from './formats.ts';
import type { InputFormat } from './formats.ts';
import type { TextOutput } from './io.ts';

/** Past this many, warnings are counted rather than listed: the terminal is not a log file. */
export const MAX_WARNINGS = 20;

/**
 * The map in `file`, read through the one restore path (or the CSV or Backstage reader, which end
 * in it). What was repaired is listed on `stderr` as warnings; what cannot be read throws a
 * FileError with the reader's words. A .yaml or .yml file is a Backstage catalog whatever
 * `format` says, so commands that read "anything not .csv as JSON" take catalogs too.
 */
export function loadMap(file: string, format: InputFormat, cwd: string, stderr: TextOutput): EcoMap {
  const bytes = readBytes(file, cwd, MAX_BYTES);
  if (format === 'yaml' || isYamlPath(file)) {
    const catalog = mapFromBackstage(bytes, { title: titleFromName(file) });
    if (!catalog.ok) throw new FileError(file, catalog.error);
    reportWarnings(file, catalog.warnings, stderr);
    return catalog.map;
  }
  const result = format === 'csv' ? mapFromCsv(bytes, { title: titleFromName(file) }) : restoreMap(bytes);
  if (!result.ok) throw new FileError(file, result.error);
  reportWarnings(file, 'repairs' in result ? result.repairs : result.warnings, stderr);
  return result.map;
}

export function reportWarnings(file: string, repairs: readonly (Repair | string)[], stderr: TextOutput): void {
  const line = (r: Repair | string) => (typeof r === 'string' ? r : formatRepair(r));
  const shown = repairs.length > MAX_WARNINGS + 1 ? MAX_WARNINGS : repairs.length;
  for (const repair of repairs.slice(0, shown)) stderr.write(fileLine(file, `warning: ${line(repair)}`));
  if (shown < repairs.length) stderr.write(fileLine(file, `warning: … and ${repairs.length - shown} more`));
}

/** A sheet or catalog has no title of its own: `team-map.csv` becomes "team-map". */
function titleFromName(file: string): string {
  return basename(file, extname(file)) || 'Untitled map';
}
