// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RenameField } from '../../src/canvas/RenameField.tsx';
import type { ZoomController } from '../../src/canvas/zoomController.ts';
import { StoresProvider } from '../../src/store/context.ts';
import { createDocumentStore } from '../../src/store/documentStore.ts';
import { createLivePositions } from '../../src/store/livePositions.ts';
import { createUiStore } from '../../src/store/uiStore.ts';
import { mapOf } from '../builders.ts';

afterEach(cleanup);
// jsdom has no CSS.escape; the field uses it to give the focus back to its node.
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= { escape: (s: string) => s.replace(/["\\]/g, '\\$&') };

const zoom = { toScreen: (x: number, y: number) => ({ x, y }) } as unknown as ZoomController;

function renderField() {
  const doc = createDocumentStore(mapOf('pay:platform', 'shop:service', 'acme:partner'));
  const ui = createUiStore();
  render(<StoresProvider stores={{ doc, ui, live: createLivePositions() }}><RenameField zoom={zoom} /></StoresProvider>);
  const nameOf = (id: string) => doc.getState().map.nodes.find((n) => n.id === id)?.name;
  return { doc, ui, nameOf };
}

describe('renaming a node in place', () => {
  it('is focused at once, keeps the typed name on Enter, and drops it on Escape', () => {
    const { ui, nameOf } = renderField();
    act(() => ui.setState({ renaming: 'pay' }));
    const field = screen.getByRole('textbox', { name: 'Name of platform' });
    // Focused at once: a click elsewhere straight after leaves it.
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'Payments' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(nameOf('pay')).toBe('Payments');
    expect(ui.getState().renaming).toBeNull();

    act(() => ui.setState({ renaming: 'shop' }));
    const next = screen.getByRole('textbox', { name: 'Name of service' });
    fireEvent.change(next, { target: { value: 'Storefront' } });
    fireEvent.keyDown(next, { key: 'Escape' });
    expect(nameOf('shop')).toBe('shop');
  });

  it('keeps what was typed for its own node when another node is taken to rename, and starts the next from that node\u2019s name', () => {
    const { ui, nameOf } = renderField();
    act(() => ui.setState({ renaming: 'shop' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Name of service' }), { target: { value: 'Storefront' } });
    act(() => ui.setState({ renaming: 'acme' }));
    expect(nameOf('shop')).toBe('Storefront');
    const next = screen.getByRole('textbox', { name: 'Name of partner' }) as HTMLInputElement;
    expect(next.value).toBe('acme');
    fireEvent.blur(next);
    expect(nameOf('acme')).toBe('acme');
  });
});
