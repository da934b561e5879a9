import { createElement } from 'react';
import type { ReactNode } from 'react';
import type { SvgChild } from '../views/element.ts';

// SVG attribute names as React spells them: `stroke-width` → `strokeWidth`, `class` → `className`; data- and aria- stay.
const reactName = (name: string) => (name === 'class' ? 'className' : name.startsWith('data-') || name.startsWith('aria-') ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));

/** Renders a pure view tree as React elements: the screen draws exactly what export writes. */
export function renderSvgTree(node: SvgChild, key?: string | number): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, unknown> = { key: node.key ?? key };
  for (const [name, value] of Object.entries(node.attrs)) if (value !== undefined) props[reactName(name)] = value;
  return createElement(node.tag, props, ...(node.children ?? []).map((child, i) => renderSvgTree(child, i)));
}
