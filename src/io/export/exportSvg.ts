import type { ExportInput, ExportOptions } from './exportInput.ts';
import { exportTree } from './exportTree.ts';
import { svgMarkup } from './svgMarkup.ts';
import { mapJsonForXml, METADATA_ID } from './svgMap.ts';

/**
 * The exported picture as a standalone SVG file: inline paint, no external references, a system
 * font stack, the map embedded in `<metadata>` for re-import. Inert whatever the map holds: every
 * text and attribute is escaped (svgMarkup), no view writes scripts, handlers or links.
 */
export function exportSvg(input: ExportInput, options: Partial<ExportOptions> = {}): string {
  const { tree } = exportTree(input, options);
  // svgMarkup writes what toSvgString would, and also replaces characters XML 1.0 forbids. The
  // map's JSON goes in unescaped: mapJsonForXml leaves no character XML reads as markup.
  const json = mapJsonForXml(input.map);
  const svg = svgMarkup(tree, (element) => (element.tag === 'metadata' && element.attrs.id === METADATA_ID ? json : undefined));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
