import { serializeMap } from '../src/io/json.ts';
import { mapToCsv } from '../src/io/csv.ts';
import type { EcoMap } from '../src/model/types.ts';
import { writeAtomic } from './files.ts';
import { requireInputFormat, requireOutputFormat } from './formats.ts';
import type { FileFormat } from './formats.ts';
import type { CliIo } from './io.ts';
import { loadMap } from './load.ts';
import { DEFAULT_RENDER, writePicture } from './renderCommand.ts';

export interface ConvertOptions {
  readonly input: string;
  readonly output: string;
}

const writers: Record<FileFormat, (map: EcoMap) => string> = { json: serializeMap, csv: mapToCsv };

/** `ecomap convert <in> -o <out>`: the output is written only once the input was read. */
export function runConvert({ input, output }: ConvertOptions, io: CliIo): number {
  const from = requireInputFormat(input);
  const to = requireOutputFormat(output);
  const map = loadMap(input, from, io.cwd, io.stderr);
  // A picture is drawn as `ecomap render` draws it with no options.
  if (to === 'svg' || to === 'png') {
    writePicture(map, { ...DEFAULT_RENDER, output }, io);
    return 0;
  }
  writeAtomic(output, writers[to](map), io.cwd);
  io.stdout.write(`Wrote ${output}: ${map.nodes.length} nodes, ${map.links.length} links\n`);
  return 0;
}
