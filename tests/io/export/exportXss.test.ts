import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../../src/io/export/exportSvg.ts';
import { readSvgMap } from '../../../src/io/export/svgMap.ts';
import { serializeMap } from '../../../src/io/json.ts';
import { restoreMap } from '../../../src/io/restore.ts';
import type { EcoMap } from '../../../src/model/types.ts';
import { inputOf } from './exportFixtures.ts';
import { activeContent, parseSvgStrictly } from './strictSvg.ts';

/** Text that breaks out of naive SVG writers: markup, CDATA and metadata ends, schemes, entities, odd code points. */
const CORPUS = [
  '<script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  ']]><script>alert(1)</script>',
  '</metadata><script>alert(1)</script><metadata>',
  '</title><script>alert(1)</script>',
  '</text></g><a href="javascript:alert(1)"><text>click</text></a>',
  '<svg onload=alert(1)>',
  '<a xlink:href="javascript:alert(1)">x</a>',
  '<foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<!-- --><script>alert(1)</script>',
  '<?xml-stylesheet href="https://evil.example/x.css"?>',
  '<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>&xxe;',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#x3C;script&#x3E;',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'url(javascript:alert(1))',
  'url(https://evil.example/track.png)',
  'style="fill:url(#x)" onclick="alert(1)"',
  '\u0000\u0001\u0008\u000b\u001f control',
  '\ufffe\uffff not characters',
  'lone \ud800 surrogate \udc00',
  'line\u2028separator\u2029',
  '"\'`<>&',
  '😀 ！ é ✓',
];

/** A map with `text` in every field a person can write: title, unit, description, names, ids, owners, tags, urls, scenarios, extras. */
function mapHolding(text: string, i: number): EcoMap {
  const evil = `${text}#${i}`;
  let query = '';
  try {
    query = encodeURIComponent(text);
  } catch {
    // A lone surrogate has no URI form.
  }
  const restored = restoreMap({
    format: 'ecosystem-map', version: 1, title: evil, unit: text.slice(0, 100), description: evil,
    nodes: [
      { id: evil, kind: 'platform', name: evil, value: 0, description: evil, owner: evil, tags: [text.slice(0, 100)], url: `https://example.com/?q=${query}` },
      { id: `svc-${i}`, kind: 'service', name: evil, value: 1200, url: 'javascript:alert(1)' },
      { id: `partner-${i}`, kind: 'partner', name: evil, value: 5, scope: 'external', url: 'mailto:a@b.example' },
      { id: `other-${i}`, kind: 'platform', name: evil, value: 0 },
    ],
    links: [
      { id: evil, source: evil, target: `svc-${i}`, kind: 'supports', weight: 2 },
      { source: `other-${i}`, target: `svc-${i}`, kind: 'supports', weight: 1 },
      { source: `partner-${i}`, target: `svc-${i}`, kind: 'collaborates', weight: 1 },
    ],
    scenarios: [{ id: evil, name: evil, removed: [evil] }],
    [`x-${text.slice(0, 20)}`]: { note: evil },
  });
  if (!restored.ok) throw new Error(`restore refused the corpus map: ${restored.error}`);
  return restored.map;
}

const EVERYTHING = { knockOut: true, flow: true, legend: true, background: 'dark' } as const;

describe('an exported SVG is inert whatever the map holds', () => {
  it.each(CORPUS.map((text, i) => [text, i] as const))('with %j in every field', (text, i) => {
    const map = mapHolding(text, i);
    const removed = [map.nodes[0]!.id];
    for (const theme of ['light', 'dark'] as const) {
      const svg = exportSvg(inputOf(map, removed, { theme, selection: new Set(map.nodes.map((n) => n.id)) }), { ...EVERYTHING, selectionOnly: theme === 'dark' });
      expect(activeContent(svg)).toEqual([]);
      // The map comes back whole: nothing in it cut the metadata short.
      const back = readSvgMap(svg);
      expect(back.ok && back.map).toEqual(map);
    }
  });

  it('shows every label as the text it is, escaped, never as markup', () => {
    const map = mapHolding('</text><b onclick=x>', 0);
    const { root } = parseSvgStrictly(exportSvg(inputOf(map), EVERYTHING));
    const labels = Array.from(root.getElementsByTagName('text')).map((t) => t.textContent);
    expect(labels).toContain('</text><b onclick=x>#0');
    expect(root.querySelector('title')!.textContent).toBe('</text><b onclick=x>#0');
    expect(root.getElementsByTagName('script')).toHaveLength(0);
  });

  it('draws no links at all: a node url stays in the embedded map only', () => {
    const map = mapHolding('x', 0);
    const svg = exportSvg(inputOf(map), EVERYTHING);
    expect(svg).not.toMatch(/<a[\s>]|href/);
    expect(svg).toContain('https://example.com/?q=x');
  });

  it('stays inert for arbitrary text in names, titles and units', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 30 }), (name, unit) => {
        const restored = restoreMap({ format: 'ecosystem-map', version: 1, title: name, unit, nodes: [{ id: name || 'n', kind: 'service', name, value: 3 }, { id: 'p', kind: 'platform', name: unit, value: 0 }], links: [{ source: 'p', target: name || 'n', kind: 'supports' }] });
        if (!restored.ok) return;
        const svg = exportSvg(inputOf(restored.map, ['p']), EVERYTHING);
        expect(activeContent(svg)).toEqual([]);
        const back = readSvgMap(svg);
        expect(back.ok && serializeMap(back.map)).toBe(serializeMap(restored.map));
      }),
      { numRuns: 150 },
    );
  });
});

describe('readSvgMap with a tampered image', () => {
  const svgWith = (metadata: string) => `<svg xmlns="http://www.w3.org/2000/svg"><metadata id="ecosystem-map">${metadata}</metadata></svg>`;

  it('refuses a map that is not one, with restore\'s reason', () => {
    const result = readSvgMap(svgWith('{"format":"something-else","nodes":[]}'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).not.toBe('No map in this image');
  });

  it('refuses JSON that was cut short', () => {
    const result = readSvgMap(svgWith('{"format":"ecosystem-map","version":1,"title":"x","nodes":['));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^not valid JSON/);
  });

  it('repairs what restore repairs and drops prototype keys, and the re-export is inert', () => {
    const tampered = JSON.stringify({
      format: 'ecosystem-map', version: 1, title: '<script>alert(1)</script>',
      nodes: [{ id: 'a', kind: 'service', name: '<img onerror=alert(1)>', value: -5, url: 'javascript:alert(1)' }, { id: 'a', kind: 'platform', name: 'b', value: 'lots' }],
      links: [{ source: 'a', target: 'nowhere', kind: 'supports' }],
      __proto__: { polluted: true },
    }).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const result = readSvgMap(svgWith(tampered));
    if (!result.ok) throw new Error(result.error);
    expect(result.repairs.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(activeContent(exportSvg(inputOf(result.map), EVERYTHING))).toEqual([]);
  });

  it('restores exactly what restore gives for a map written by hand into the metadata, in CDATA or escaped', () => {
    const json = '{"format":"ecosystem-map","version":1,"title":"a ]]> b & <c>","nodes":[{"id":"x","kind":"service","name":"X"}],"links":[]}';
    const expected = restoreMap(json);
    const cdata = svgWith(`<![CDATA[${json.replace(']]>', ']]]]><![CDATA[>')}]]>`);
    const escaped = svgWith(json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    expect(readSvgMap(cdata)).toEqual(expected);
    expect(readSvgMap(escaped)).toEqual(expected);
  });
});
