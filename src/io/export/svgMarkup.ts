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
  const out = { text: '' };
  write(node, out, raw);
  return out.text;
}

const safeNames = new Map<string, boolean>();
function safeName(name: string): boolean {
  let safe = safeNames.get(name);
  if (safe === undefined) safeNames.set(name, (safe = ATTRIBUTE_NAME.test(name) && !/^on/i.test(name)));
  return safe;
}

// One string grown by `+=`: V8 keeps it as a rope and flattens it once, which allocates far
// less than an array of pieces joined at the end.
function write(node: SvgChild, out: { text: string }, raw: ((element: SvgElement) => string | undefined) | undefined): void {
  if (typeof node === 'string') {
    out.text += escapeXmlText(node);
    return;
  }
  const { tag, attrs, children } = node;
  let open = `<${tag}`;
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined || !safeName(name)) continue;
    open += ` ${name}="${typeof value === 'number' ? value : escapeXmlText(value)}"`;
  }
  const content = raw?.(node);
  if (content !== undefined) {
    out.text += `${open}>${content}</${tag}>`;
    return;
  }
  if (!children || children.length === 0) {
    out.text += `${open}/>`;
    return;
  }
  out.text += `${open}>`;
  for (const child of children) write(child, out, raw);
  out.text += `</${tag}>`;
}
