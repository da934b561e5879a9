import { createRequire } from 'node:module';

// jsdom ships no types; its XML parser (saxes) is strict and runs nothing it parses.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };

/** What a strict XML parse of an exported file finds; throws when it is not well-formed. */
export interface ParsedSvg {
  readonly root: Element;
  readonly elements: Element[];
}

const parser = new new JSDOM('').window.DOMParser();

/** Parses `svg` as XML (no HTML leniency, nothing runs); fails on any well-formedness error. */
export function parseSvgStrictly(svg: string): ParsedSvg {
  const doc = parser.parseFromString(svg, 'image/svg+xml');
  const errors = doc.getElementsByTagName('parsererror');
  if (errors.length) throw new Error(`not well-formed XML: ${errors[0]!.textContent?.slice(0, 300)}`);
  const root = doc.documentElement;
  return { root, elements: [root, ...Array.from(root.getElementsByTagName('*'))] };
}

/** The tags and attributes an export may contain: the subset the views draw with. */
const TAGS = new Set(['svg', 'title', 'desc', 'metadata', 'defs', 'marker', 'g', 'rect', 'circle', 'polygon', 'path', 'line', 'text', 'tspan']);
const ATTRIBUTES = new Set([
  'xmlns', 'viewBox', 'width', 'height', 'font-family', 'role', 'aria-labelledby', 'id', 'class', 'transform',
  'refX', 'refY', 'markerWidth', 'markerHeight', 'markerUnits', 'orient', 'd', 'x', 'y', 'rx', 'r', 'cx', 'cy', 'points',
  'x1', 'y1', 'x2', 'y2', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linejoin',
  'fill-opacity', 'opacity', 'marker-end', 'text-anchor', 'font-size', 'font-weight', 'paint-order',
]);
const COLOUR = /^(#[0-9a-f]{3,8}|none|transparent)$/i;

/**
 * Every way an SVG file could run code or reach outside itself, found in a parsed export: a tag or
 * attribute outside the views' subset, an event handler, any link, a url() other than the arrow
 * marker, a javascript: or data: scheme, a paint that is not a plain colour. Empty when inert.
 */
export function activeContent(svg: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(svg)) problems.push('<script in the text');
  if (/<!DOCTYPE|<!ENTITY/i.test(svg)) problems.push('a DOCTYPE or entity declaration');
  if (/<\?xml-stylesheet/i.test(svg)) problems.push('a stylesheet instruction');
  const { elements } = parseSvgStrictly(svg);
  for (const element of elements) {
    if (element.namespaceURI !== 'http://www.w3.org/2000/svg') problems.push(`<${element.tagName}> outside the SVG namespace`);
    if (!TAGS.has(element.tagName)) problems.push(`<${element.tagName}>`);
    for (const { name, value } of Array.from(element.attributes)) {
      if (/^on/i.test(name)) problems.push(`${name} on <${element.tagName}>`);
      if (/href/i.test(name)) problems.push(`${name} on <${element.tagName}>`);
      if (!ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${element.tagName}>`);
      if (/(javascript|vbscript|data)\s*:/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) problems.push(`a script or data scheme in ${name}`);
      if (/url\s*\(/i.test(value) && value !== 'url(#em-arrow)') problems.push(`${name}="${value}"`);
      if ((name === 'fill' || name === 'stroke') && !COLOUR.test(value)) problems.push(`${name}="${value}" on <${element.tagName}>`);
    }
  }
  return problems;
}
