import type { SvgChild, SvgElement } from './element.ts';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ATTRIBUTE_NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

/** Escapes text for use in SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c]!);
}

/** Serializes a view tree to SVG markup; every text and attribute value is escaped. */
export function toSvgString(node: SvgChild): string {
  if (typeof node === 'string') return escapeXml(node);
  return elementString(node);
}

function elementString({ tag, attrs, children }: SvgElement): string {
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(attrs)) {
    // Event handler attributes never come out of a view; refuse them here too.
    if (value === undefined || !ATTRIBUTE_NAME.test(name) || /^on/i.test(name)) continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  if (!children || children.length === 0) return `${out}/>`;
  return `${out}>${children.map(toSvgString).join('')}</${tag}>`;
}
