// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { updateNodes } from '../../src/model/nodes.ts';
import type { NodePatch } from '../../src/model/nodes.ts';
import type { EcoMap } from '../../src/model/types.ts';
import { Inspector } from '../../src/panels/Inspector.tsx';
import { StoresProvider } from '../../src/store/context.ts';
import { commit, createDocumentStore } from '../../src/store/documentStore.ts';
import { createLivePositions } from '../../src/store/livePositions.ts';
import { createUiStore, select } from '../../src/store/uiStore.ts';
import { mapOf } from '../builders.ts';

afterEach(cleanup);

/** The map with some nodes' fields changed, e.g. `{ pay: { name: 'Payments' } }`. */
const patched = (map: EcoMap, patches: Record<string, NodePatch>) => updateNodes(map, new Map(Object.entries(patches)));

/** The inspector over fresh stores holding `map`, with `nodes` and `links` selected. */
function renderInspector(map: EcoMap, nodes: string[] = [], links: string[] = []) {
  const doc = createDocumentStore(map);
  const ui = createUiStore();
  const live = createLivePositions();
  select(ui, nodes, links);
  render(<StoresProvider stores={{ doc, ui, live }}><Inspector /></StoresProvider>);
  const node = (id: string) => doc.getState().map.nodes.find((n) => n.id === id)!;
  const undo = () => act(() => doc.temporal.getState().undo());
  const redo = () => act(() => doc.temporal.getState().redo());
  return { doc, ui, live, node, undo, redo, user: userEvent.setup() };
}

const field = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const heading = () => screen.getByRole('heading', { level: 2 }).textContent;
const steps = (doc: ReturnType<typeof createDocumentStore>) => doc.temporal.getState().pastStates.length;

describe('the inspector with nothing selected', () => {
  it('shows the map’s title, unit and description, and how many of each kind it holds', () => {
    renderInspector({ ...mapOf('pay>checkout', 'pay>search', 'bank:partner', 'pay~bank'), unit: 'USD k', description: 'Our payments' });
    expect(heading()).toBe('Map');
    expect(field('Title').value).toBe('Test map');
    expect(field('Unit of value').value).toBe('USD k');
    expect(field('Description').value).toBe('Our payments');
    expect(screen.getByText('1 platforms · 2 services · 1 partners · 3 links')).toBeTruthy();
  });

  it('retitles the map on Enter and refuses an empty title', async () => {
    const { doc, user } = renderInspector(mapOf('pay>checkout'));
    await user.clear(field('Title'));
    await user.type(field('Title'), 'Payments{Enter}');
    expect(doc.getState().map.title).toBe('Payments');
    await user.clear(field('Title'));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('A map needs a title.');
    expect(doc.getState().map.title).toBe('Payments');
  });

  it('shows the map again when undo takes away the node that was selected', async () => {
    const { doc, ui, undo } = renderInspector(mapOf('pay>checkout'));
    act(() => {
      commit(doc, 'Add service', (m) => ({ ...m, nodes: [...m.nodes, { id: 'new', kind: 'service', name: 'New service', value: 0 }] }));
      select(ui, ['new']);
    });
    expect(heading()).toBe('New service');
    await undo();
    expect(heading()).toBe('Map');
    expect(field('Title').value).toBe('Test map');
  });
});

describe('the inspector with one node selected', () => {
  const map = () => ({ ...patched(mapOf('pay>checkout', 'checkout:service=1200', 'bank:partner'), { checkout: { name: 'Checkout' } }), unit: 'USD k' });

  it('shows that node’s fields', () => {
    renderInspector(map(), ['checkout']);
    expect(heading()).toBe('Checkout');
    expect(field('Name').value).toBe('Checkout');
    expect((screen.getByLabelText('Kind') as HTMLSelectElement).value).toBe('service');
    expect(field('Value').value).toBe('1200');
    expect(screen.queryByLabelText('Title')).toBeNull();
  });

  it('renames the node on Enter as one undo step, which undo takes back and redo puts again', async () => {
    const { doc, node, undo, redo, user } = renderInspector(map(), ['checkout']);
    await user.clear(field('Name'));
    await user.type(field('Name'), '  Checkout v2 {Enter}');
    expect(node('checkout').name).toBe('Checkout v2');
    expect(steps(doc)).toBe(1);
    expect(doc.getState().intent).toBe('Rename');
    expect(heading()).toBe('Checkout v2');
    await undo();
    expect(node('checkout').name).toBe('Checkout');
    expect(field('Name').value).toBe('Checkout');
    await redo();
    expect(node('checkout').name).toBe('Checkout v2');
    expect(field('Name').value).toBe('Checkout v2');
  });

  it('puts the old name back on Escape and changes nothing', async () => {
    const { doc, user } = renderInspector(map(), ['checkout']);
    const before = doc.getState().map;
    await user.clear(field('Name'));
    await user.type(field('Name'), 'Oops{Escape}');
    expect(field('Name').value).toBe('Checkout');
    expect(doc.getState().map).toBe(before);
    expect(steps(doc)).toBe(0);
  });

  it('refuses an empty name with a message and leaves the map as it was', async () => {
    const { doc, user } = renderInspector(map(), ['checkout']);
    const before = doc.getState().map;
    await user.clear(field('Name'));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('A node needs a name.');
    expect(field('Name').getAttribute('aria-invalid')).toBe('true');
    expect(doc.getState().map).toBe(before);
  });

  it('reads a value written with thousands separators and shows the map’s unit beside it', async () => {
    const { node, user } = renderInspector(map(), ['checkout']);
    expect(screen.getByText('USD k')).toBeTruthy();
    await user.clear(field('Value'));
    await user.type(field('Value'), '1,500{Enter}');
    expect(node('checkout').value).toBe(1500);
    expect(field('Value').value).toBe('1500');
  });

  it.each(['-5', 'abc'])('refuses the value %s with a message and keeps the old one', async (text) => {
    const { node, user } = renderInspector(map(), ['checkout']);
    await user.clear(field('Value'));
    await user.type(field('Value'), `${text}{Enter}`);
    expect(screen.getByRole('alert').textContent).toBe('Enter a number of 0 or more.');
    expect(node('checkout').value).toBe(1200);
  });

  it('splits tags at commas and semicolons', async () => {
    const { node, user } = renderInspector(map(), ['checkout']);
    await user.type(field('Tags'), 'a, b;c{Enter}');
    expect(node('checkout').tags).toEqual(['a', 'b', 'c']);
    expect(field('Tags').value).toBe('a, b, c');
  });

  it('refuses a javascript: link, saying what to use, and saves an https one with an Open link', async () => {
    const { node, user } = renderInspector(map(), ['checkout']);
    await user.type(field('Link (URL)'), 'javascript:alert(1){Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Use a web address starting with https://, http:// or mailto:.');
    expect(node('checkout').url).toBeUndefined();
    expect(screen.queryByRole('link', { name: 'Open link' })).toBeNull();
    await user.clear(field('Link (URL)'));
    await user.type(field('Link (URL)'), 'https://example.com/checkout{Enter}');
    expect(node('checkout').url).toBe('https://example.com/checkout');
    expect(screen.queryByRole('alert')).toBeNull();
    const open = screen.getByRole('link', { name: 'Open link' });
    expect(open.getAttribute('href')).toBe('https://example.com/checkout');
    expect(open.getAttribute('rel')).toContain('noopener');
  });

  it('changes the kind; a partner gets a scope select whose choice is saved', async () => {
    const { node, user } = renderInspector(map(), ['checkout']);
    expect(screen.queryByLabelText('Partner scope')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Kind'), 'partner');
    expect(node('checkout').kind).toBe('partner');
    await user.selectOptions(screen.getByLabelText('Partner scope'), 'external');
    expect(node('checkout').scope).toBe('external');
    await user.selectOptions(screen.getByLabelText('Kind'), 'platform');
    expect(node('checkout')).toMatchObject({ kind: 'platform' });
    expect(node('checkout').scope).toBeUndefined();
    expect(screen.queryByLabelText('Partner scope')).toBeNull();
  });

  it('pins the node where it is drawn, and unpins it', async () => {
    const { live, node, user } = renderInspector(map(), ['checkout']);
    live.setSome(new Map([['checkout', { x: 120.4, y: -30.6 }]]));
    const pinned = screen.getByRole('checkbox', { name: /Pinned/ });
    await user.click(pinned);
    expect(node('checkout')).toMatchObject({ pinned: true, x: 120, y: -31 });
    expect((pinned as HTMLInputElement).checked).toBe(true);
    await user.click(pinned);
    expect(node('checkout').pinned).toBeUndefined();
  });
});

describe('the inspector with one link selected', () => {
  const map = () => patched(mapOf('pay>checkout', 'pay>search'), { pay: { name: 'Payments' }, checkout: { name: 'Checkout' } });
  const ends = () => document.querySelector('.em-link-ends')!.textContent;

  it('shows the link’s ends by name', () => {
    renderInspector(map(), [], ['pay>checkout']);
    expect(heading()).toBe('Link');
    expect(ends()).toBe('Payments supports Checkout');
  });

  it('switches the link to collaborates and keeps it selected', async () => {
    const { doc, ui, user } = renderInspector(map(), [], ['pay>checkout']);
    await user.selectOptions(screen.getByLabelText('Kind'), 'collaborates');
    expect(doc.getState().map.links[0]).toEqual({ source: 'pay', target: 'checkout', kind: 'collaborates', weight: 1 });
    expect([...ui.getState().selection.links]).toEqual(['checkout~pay']);
    expect(ends()).toBe('Payments collaborates with Checkout');
    expect(document.activeElement).toBe(screen.getByLabelText('Kind'));
    expect(screen.queryByRole('button', { name: 'Reverse direction' })).toBeNull();
  });

  it('changes the weight and refuses 0 with a message', async () => {
    const { doc, user } = renderInspector(map(), [], ['pay>checkout']);
    await user.clear(field('Weight'));
    await user.type(field('Weight'), '0{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Enter a number greater than 0.');
    expect(doc.getState().map.links[0]!.weight).toBe(1);
    await user.clear(field('Weight'));
    await user.type(field('Weight'), '2.5{Enter}');
    expect(doc.getState().map.links[0]!.weight).toBe(2.5);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('starts another selected link with its own weight, not the refused text of the last one', async () => {
    const { ui, user } = renderInspector(map(), [], ['pay>checkout']);
    await user.clear(field('Weight'));
    await user.type(field('Weight'), '0{Enter}');
    act(() => select(ui, [], ['pay>search']));
    expect(ends()).toBe('Payments supports search');
    expect(field('Weight').value).toBe('1');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reverses the direction, still showing the link, and undo turns it back', async () => {
    const { doc, undo, user } = renderInspector(map(), [], ['pay>checkout']);
    await user.click(screen.getByRole('button', { name: 'Reverse direction' }));
    expect(doc.getState().map.links[0]).toMatchObject({ source: 'checkout', target: 'pay' });
    expect(ends()).toBe('Checkout supports Payments');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reverse direction' }));
    await undo();
    expect(doc.getState().map.links[0]).toMatchObject({ source: 'pay', target: 'checkout' });
    expect(heading()).toBe('Map');
  });
});

describe('the inspector with several things selected', () => {
  it('says how many of each are selected', () => {
    renderInspector(mapOf('pay>checkout', 'search'), ['pay', 'search'], ['pay>checkout']);
    expect(heading()).toBe('3 selected');
    expect(screen.getByText(/^2 nodes and 1 link selected\./)).toBeTruthy();
    expect(screen.queryByLabelText('Name')).toBeNull();
  });
});
