/** The kinds of file the app opens. */
export const IMPORT_KINDS = ['json', 'csv', 'yaml', 'svg', 'png'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What a dropped or pasted input is: a kind the app reads, or a refusal that says what it is. */
export type Sniffed = { ok: true; kind: ImportKind } | { ok: false; error: string };

export const WHAT_OPENS = 'open a map (.json), a sheet (.csv), Backstage catalog-info (.yaml), or an image exported from Ecosystem Mapper (.svg, .png)';

/** Enough of a file's start to tell what it is; the rest is never decoded twice. */
const HEAD_BYTES = 64 * 1024;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const EXTENSIONS: Record<string, ImportKind> = { json: 'json', csv: 'csv', tsv: 'csv', yaml: 'yaml', yml: 'yaml', svg: 'svg', png: 'png' };

/** Files people drop by mistake, by extension: what to call them, and a hint where one helps. */
const FOREIGN: Record<string, [string, string?]> = {
  doc: ['a Word document'],
  docx: ['a Word document'],
  xls: ['an Excel workbook', 'save the sheet as CSV and open that'],
  xlsx: ['an Excel workbook', 'save the sheet as CSV and open that'],
  ods: ['a spreadsheet', 'save the sheet as CSV and open that'],
  numbers: ['a Numbers spreadsheet', 'export the sheet as CSV and open that'],
  ppt: ['a PowerPoint presentation'],
  pptx: ['a PowerPoint presentation'],
  key: ['a Keynote presentation'],
  pages: ['a Pages document'],
  pdf: ['a PDF document'],
  jpg: ['a JPEG image'],
  jpeg: ['a JPEG image'],
  gif: ['a GIF image'],
  webp: ['a WebP image'],
  zip: ['a ZIP archive'],
  html: ['a web page'],
  htm: ['a web page'],
  xml: ['an XML file'],
};

/** The lower-case extension of a file name, without the dot; '' when it has none. */
export function extensionOf(name: string | undefined): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * What an input is, from its content first and its name second: a PNG signature, `<svg` or
 * `<?xml`, JSON's `{`, a YAML line starting `apiVersion:` or `kind:`, then a sheet by its
 * extension or a delimiter in its first line. Content wins, since names lie more often (a map
 * saved as .txt, a sheet called .json).
 */
export function sniffImport(name: string | undefined, bytes: Uint8Array | undefined, text: string | undefined): Sniffed {
  const ext = extensionOf(name);
  if (bytes) {
    if (startsWith(bytes, PNG)) return { ok: true, kind: 'png' };
    const binary = binaryKind(bytes, ext);
    if (binary) return refuse(FOREIGN[binary]?.[0] ?? binary, binary === ext ? ext : '', FOREIGN[binary]?.[1]);
  }
  const head = text !== undefined ? text.slice(0, HEAD_BYTES) : decodeHead(bytes ?? new Uint8Array());
  const start = head.replace(/^\ufeff/, '').trimStart();
  if (start === '') return { ok: false, error: 'The file is empty.' };
  if (head.includes('\0')) return refuse('binary data, not text', ext && !EXTENSIONS[ext] ? ext : '');
  if (/^<(svg[\s>]|\?xml)/i.test(start) || (/^<!(--|doctype svg)/i.test(start) && /<svg[\s>]/i.test(head))) return { ok: true, kind: 'svg' };
  if (/^<(!doctype html|html[\s>])/i.test(start)) return refuse('a web page', ext === 'html' || ext === 'htm' ? ext : '');
  if (start.startsWith('{') || start.startsWith('[')) return { ok: true, kind: 'json' };
  if (/^(?:apiVersion|kind)[ \t]*:/m.test(head)) return { ok: true, kind: 'yaml' };
  const byName = EXTENSIONS[ext];
  if (byName === 'csv' || (byName === undefined && /^[^\r\n]*[,;\t]/.test(start))) return { ok: true, kind: 'csv' };
  if (byName) return { ok: true, kind: byName };
  const foreign = FOREIGN[ext];
  if (foreign) return refuse(foreign[0], ext, foreign[1]);
  return { ok: false, error: `This file is not one Ecosystem Mapper reads${ext ? ` (.${ext})` : ''}; ${WHAT_OPENS}.` };
}

/**
 * Binary formats by their signature: the extension they go by (the file's own when it is one of
 * the family, as ZIP holds .docx and .xlsx alike), or a description when there is none.
 */
function binaryKind(bytes: Uint8Array, ext: string): string | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return ZIP_FAMILY.includes(ext) ? ext : 'a ZIP archive (or an Office document)';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return ['doc', 'xls', 'ppt'].includes(ext) ? ext : 'an Office document';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return ext === 'pdf' ? ext : 'a PDF document';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ext === 'jpg' || ext === 'jpeg' ? ext : 'a JPEG image';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return ext === 'gif' ? ext : 'a GIF image';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50])) return ext === 'webp' ? ext : 'a WebP image';
  return undefined;
}

const ZIP_FAMILY = ['docx', 'xlsx', 'pptx', 'ods', 'numbers', 'key', 'pages', 'zip'];

/** "This file is <what> (.ext); <hint>, or open …" — the extension shown only when it is the file's. */
function refuse(what: string, ext: string, hint?: string): Sniffed {
  const named = ext ? `${what} (.${ext})` : what;
  return { ok: false, error: `This file is ${named}; ${hint ? `${hint}, or ` : ''}${WHAT_OPENS}.` };
}

function decodeHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head);
  return new TextDecoder('utf-8').decode(head);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}
