// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UrlImport } from '../../../src/panels/files/UrlImport.tsx';

afterEach(cleanup);

const MAP = JSON.stringify({ format: 'ecosystem-map', version: 1, title: 'From the web', nodes: [{ id: 'pay', kind: 'platform', name: 'Pay' }], links: [] });
const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('opening a map from a web address', () => {
  it('downloads, reads and hands over the map for its preview', async () => {
    const onResult = vi.fn();
    const fetchImpl = vi.fn(async () => new Response(MAP, { status: 200 }));
    render(<UrlImport client={client()} fetchImpl={fetchImpl} onResult={onResult} onClose={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox'), 'https://example.org/maps/team.json');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(onResult).toHaveBeenCalled());
    expect(onResult.mock.calls[0]![0]).toMatchObject({ ok: true, kind: 'json', map: { title: 'From the web' } });
    expect(onResult.mock.calls[0]![1]).toBe('https://example.org/maps/team.json');
  });

  it('says plainly what the server answered', async () => {
    const fetchImpl = vi.fn(async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
    render(<UrlImport client={client()} fetchImpl={fetchImpl} onResult={() => {}} onClose={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox'), 'https://example.org/missing.json');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/404/);
  });
});
