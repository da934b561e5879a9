import { toSvgString } from '../../views/toSvgString.ts';
import type { ExportInput, ExportOptions } from './exportInput.ts';
import { exportTree } from './exportTree.ts';
import { mapMetadata, METADATA_ID } from './svgMap.ts';

// Characters XML 1.0 does not allow in a document, and lone surrogates: a label holding one
// would make the whole file unreadable, so it is shown as U+FFFD instead.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The exported picture as a standalone SVG file: inline paint, no external references, a system
 * font stack, the map embedded in `<metadata>` for re-import. Inert whatever the map holds: every
 * text and attribute is escaped by toSvgString, no view writes scripts, handlers or links.
 */
export function exportSvg(input: ExportInput, options: Partial<ExportOptions> = {}): string {
  const { tree } = exportTree(input, options);
  const svg = toSvgString(tree).replace(NOT_XML, '\ufffd');
  // Text and attribute values hold no raw `<`, so the empty element is found once, where the tree put it.
  const slot = `<metadata id="${METADATA_ID}"/>`;
  const at = svg.indexOf(slot);
  const body = at < 0 ? svg : `${svg.slice(0, at)}${mapMetadata(input.map)}${svg.slice(at + slot.length)}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}
