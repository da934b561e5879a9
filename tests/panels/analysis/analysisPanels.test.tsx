// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { knockOut } from '../../../src/analysis/index.ts';
import type { EcoMap } from '../../../src/model/types.ts';
import { CriticalityList } from '../../../src/panels/analysis/CriticalityList.tsx';
import { HealthList } from '../../../src/panels/analysis/HealthList.tsx';
import { ScenarioList } from '../../../src/panels/analysis/ScenarioList.tsx';
import { KnockOutBanner } from '../../../src/panels/KnockOutBanner.tsx';
import { StoresProvider } from '../../../src/store/context.ts';
import { createDocumentStore } from '../../../src/store/documentStore.ts';
import { createLivePositions } from '../../../src/store/livePositions.ts';
import { createUiStore } from '../../../src/store/uiStore.ts';
import { mapOf } from '../../builders.ts';

afterEach(cleanup);

// `pay` lifts two services and is the only link between `id` and them: it strands the most.
const map: EcoMap = {
  ...mapOf('id>pay', 'pay>checkout', 'pay>wallet', 'id>login', 'ads:platform', 'checkout:service=30', 'wallet:service=10', 'login:service=2', 'loop>cyc', 'cyc>loop'),
  unit: 'USD',
};

function renderWith(ui: React.ReactNode, initial: EcoMap = map) {
  const doc = createDocumentStore(initial);
  const uiStore = createUiStore();
  const live = createLivePositions();
  const ran: string[] = [];
  render(<StoresProvider stores={{ doc, ui: uiStore, live }}>{ui}</StoresProvider>);
  return { doc, ui: uiStore, ran, user: userEvent.setup() };
}

describe('the criticality list', () => {
  it('ranks platforms by value at risk, marks single points of failure, and re-sorts by a column', async () => {
    const { user } = renderWith(<CriticalityList />);
    const rows = () => screen.getAllByRole('row').slice(1).map((r) => within(r).getByRole('rowheader').textContent);
    expect(rows()[0]).toMatch(/^id/);
    expect(rows()[1]).toMatch(/^pay/);
    expect(rows()[0]).toContain('!');
    await user.click(screen.getByRole('button', { name: 'Stranded' }));
    expect(rows()[0]).toMatch(/^id/);
  });

  it('previews a knock-out while the pointer rests on a row, and applies it on a click; a second click restores', async () => {
    const { ui, user } = renderWith(<CriticalityList />);
    const pay = screen.getByRole('button', { name: /^pay/ });
    await user.hover(pay);
    expect([...ui.getState().preview!]).toEqual(['pay']);
    await user.click(pay);
    expect([...ui.getState().knockedOut]).toEqual(['pay']);
    expect(ui.getState().preview).toBeNull();
    await user.click(screen.getByRole('button', { name: /^pay/ }));
    expect(ui.getState().knockedOut.size).toBe(0);
  });
});

describe('the knock-out banner', () => {
  it('states silos before and after, stranded nodes and value at risk exactly as the analysis does', () => {
    const { ui } = renderWith(<KnockOutBanner run={() => {}} />);
    expect(screen.queryByRole('status')).toBeNull();
    act(() => ui.setState({ knockedOut: new Set(['pay']) }));
    const banner = screen.getByRole('status', { name: 'Knock-out' });
    const expected = knockOut(map, ['pay']);
    expect(banner.dataset.stranded).toBe(String(expected.stranded.length));
    expect(banner.dataset.valueAtRisk).toBe(String(expected.valueAtRisk));
    expect(banner.dataset.silosAfter).toBe(String(expected.components.length));
    expect(banner.textContent).toContain('40 USD at risk');
    expect(banner.textContent).toContain('2 nodes stranded');
  });

  it('offers the link that wins back the most, through the command', async () => {
    const ran: string[] = [];
    const { ui, user } = renderWith(<KnockOutBanner run={(id) => ran.push(id)} />);
    act(() => ui.setState({ knockedOut: new Set(['pay']) }));
    expect(screen.getByText(/Best single fix/).textContent).toBe('Best single fix: let ads support checkout — wins back 30 USD (1 node). Add this link');
    await user.click(screen.getByRole('button', { name: 'Add this link' }));
    await user.click(screen.getByRole('button', { name: 'Restore all' }));
    expect(ran).toEqual(['desilo.apply', 'knockout.restore']);
  });
});

describe('the health list', () => {
  it('lists idle platforms, cycles and floating nodes, and selects an entry when chosen', async () => {
    const { ui, user } = renderWith(<HealthList />);
    expect(screen.getByRole('heading', { name: /Platforms that support nothing/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Support cycles/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'ads' }));
    expect([...ui.getState().selection.nodes]).toEqual(['ads']);
    await user.click(screen.getByRole('button', { name: /→/ }));
    expect(ui.getState().selection.links.size).toBe(1);
  });

  it('says so when nothing is wrong', () => {
    renderWith(<HealthList />, mapOf('pay>checkout'));
    expect(screen.getByText(/Nothing to report/)).toBeTruthy();
  });
});

describe('the scenario list', () => {
  it('saves the active knock-out, renames, applies, compares and deletes it, each change one undo step', async () => {
    const { doc, ui, user } = renderWith(<ScenarioList />);
    expect((screen.getByRole('button', { name: 'Save the current knock-out' }) as HTMLButtonElement).disabled).toBe(true);
    act(() => ui.setState({ knockedOut: new Set(['pay']) }));
    await user.click(screen.getByRole('button', { name: 'Save the current knock-out' }));
    expect(doc.getState().map.scenarios).toEqual([{ id: 'without-pay', name: 'Without pay', removed: ['pay'] }]);

    const name = screen.getByRole('textbox', { name: /Name of scenario/ });
    await user.clear(name);
    await user.type(name, 'Payments outage{Enter}');
    expect(doc.getState().map.scenarios![0]!.name).toBe('Payments outage');

    act(() => ui.setState({ knockedOut: new Set() }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect([...ui.getState().knockedOut]).toEqual(['pay']);

    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const compare = screen.getByRole('region', { name: /Compare Payments outage/ });
    const row = within(compare).getByRole('row', { name: /Value at risk/ });
    expect(row.textContent).toBe('Value at risk0 USD40 USD');
    expect(within(compare).getByText(/Stranded \(2\)/).parentElement!.textContent).toContain('checkout, wallet');

    await user.click(screen.getByRole('button', { name: 'Delete scenario Payments outage' }));
    expect(doc.getState().map.scenarios).toBeUndefined();
    act(() => doc.temporal.getState().undo());
    expect(doc.getState().map.scenarios![0]!.name).toBe('Payments outage');
  });
});
