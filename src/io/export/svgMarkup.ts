import type { SvgChild, SvgElement } from '../../views/element.ts';

/*
 * The export's serializer: the same markup toSvgString writes (every text and attribute value
 * escaped, event handler attributes and odd names refused), in one pass that also replaces what
 * XML 1.0 forbids — control characters, U+FFFE/U+FFFF, lone surrogates — with U+FFFD, so a label
 * holding one cannot make the file unreadable. Written for speed: a 2,000-node map is ~50,000
 * elements, and most values need no escaping at all.
 */

const SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;
const SPECIALS = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ATTRIBUTE_NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

/** Escapes text for XML content and attribute values, and makes it valid XML 1.0 text. */
export function escapeXmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  // A well-formed surrogate pair is kept; anything else matched is escaped or replaced.
  return text.replace(SPECIALS, (c) => (c.length === 2 ? c : (ESCAPES[c] ?? '\ufffd')));
}

/**
 * Serializes a view tree as toSvgString does, valid as XML 1.0 whatever its text. `raw` may give
 * an element's content as markup, written unescaped: the caller vouches that it is safe there.
 */
export function svgMarkup(node: SvgChild, raw?: (element: SvgElement) => string | undefined): string {
  const outer = text;
  text = '';
  try {
    write(node, raw);
    return text;
  } finally {
    text = outer;
    // Nothing of one file is kept for the next.
    for (const name of names.values()) name?.written.clear();
  }
}

interface AttributeName {
  /** What opens its value: ` name="`. */
  readonly opener: string;
  /** ` name="value"` per value already written in this file, up to WRITTEN_MAX of them. */
  readonly written: Map<string | number, string>;
}

/** Per attribute name, how it is written, or null for a name that is refused. */
const names = new Map<string, AttributeName | null>();
function nameOf(name: string): AttributeName | null {
  let known = names.get(name);
  if (known === undefined) names.set(name, (known = ATTRIBUTE_NAME.test(name) && !/^on/i.test(name) ? { opener: ` ${name}="`, written: new Map() } : null));
  return known;
}

/** Per tag, what opens and closes its element: `<g` and `</g>`. */
const tags = new Map<string, readonly [string, string]>();
function tagOf(tag: string): readonly [string, string] {
  let known = tags.get(tag);
  if (known === undefined) tags.set(tag, (known = [`<${tag}`, `</${tag}>`]));
  return known;
}

// Most attributes repeat (paint, sizes, anchors): writing the same ` name="value"` string again
// saves allocating it, and allocation is what an export of 50,000 elements spends its time on.
const WRITTEN_MAX = 512;

// One string grown by `+=`, held in a variable rather than an object's field: V8 keeps it as a
// rope and flattens it once, which allocates far less than an array of pieces joined at the end.
let text = '';

function write(node: SvgChild, raw: ((element: SvgElement) => string | undefined) | undefined): void {
  if (typeof node === 'string') {
    text += escapeXmlText(node);
    return;
  }
  const { tag, attrs, children } = node;
  const [open, close] = tagOf(tag);
  text += open;
  for (const key in attrs) {
    const value = attrs[key];
    if (value === undefined) continue;
    const name = nameOf(key);
    if (name === null) continue;
    let piece = name.written.get(value);
    if (piece === undefined) {
      piece = name.opener + (typeof value === 'number' ? value : escapeXmlText(value)) + '"';
      if (name.written.size < WRITTEN_MAX) name.written.set(value, piece);
    }
    text += piece;
  }
  const content = raw?.(node);
  if (content !== undefined) {
    text += '>' + content + close;
    return;
  }
  if (!children || children.length === 0) {
    text += '/>';
    return;
  }
  text += '>';
  for (const child of children) write(child, raw);
  text += close;
}
