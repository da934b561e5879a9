// Imported rather than read at run time, so the precompiled CLI carries its own version.
import manifest from '../package.json' with { type: 'json' };

export const USAGE = `Usage: ecomap <command> [options]

Commands:
  analyze <map> [--remove id,id] [--json]
      Knock nodes out and report silos, stranded nodes, value at risk and the
      most critical platforms. <map> is a .json map, a .csv sheet or a
      Backstage catalog-info .yaml.
        --remove id,id   knock out these nodes (repeatable)
        --json           print the full report as one JSON document
  convert <in> -o <out>
      Convert between a .json map and a .csv sheet (either way; json → json
      normalizes), or draw the map to a .svg or .png picture (as render does
      with no options). <in> may also be Backstage catalog-info .yaml/.yml:
      Components and Resources become nodes, dependsOn and APIs links.
      The format comes from each file's extension.
        -o, --output     the file to write (replaced only when <in> was read)
  render <map> -o <out.svg|out.png> [--remove id,id] [--flow]
         [--layout force|stack] [--theme light|dark] [--scale 1|2|3]
      Lay the map out (seeded: the same input gives the same file) and draw
      it with the legend; the map is embedded, so the app re-opens the file.
        --remove id,id   show this knock-out: ghosts, silos, stranded, banner
        --flow           widen links by the value they carry upstream
        --layout         force (default) or stack (platforms at the bottom)
        --theme          light (default) or dark
        --scale          PNG pixels per map unit: 1, 2 (default) or 3
  help                 show this help

Options:
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 done (warnings go to stderr), 1 an input could not be used, 2 wrong usage.
`;

/** `ecomap 0.1.0`: the version of the package the CLI ships in. */
export function versionText(): string {
  return `ecomap ${manifest.version}\n`;
}
