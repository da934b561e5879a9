// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { exportTree } from '../../../src/io/export/index.ts';
import { pngScale } from '../../../src/io/export/pngScale.ts';
import { placeNodes } from '../../../src/model/nodes.ts';
import { ExportDialog } from '../../../src/panels/files/ExportDialog.tsx';
import { StoresProvider } from '../../../src/store/context.ts';
import { createDocumentStore } from '../../../src/store/documentStore.ts';
import { createLivePositions } from '../../../src/store/livePositions.ts';
import { createUiStore } from '../../../src/store/uiStore.ts';
import { mapOf } from '../../builders.ts';

afterEach(cleanup);

const map = placeNodes(mapOf('core>pay', 'core>shop', 'pay:platform', 'shop:service=40'), new Map([['core', { x: 0, y: 0 }], ['pay', { x: 900, y: 50 }], ['shop', { x: 300, y: 700 }]]));

describe('the export dialog', () => {
  it('says how many pixels a PNG comes to at each scale, as the export will draw it', async () => {
    const doc = createDocumentStore(map);
    const ui = createUiStore();
    const live = createLivePositions();
    render(<StoresProvider stores={{ doc, ui, live }}><ExportDialog onClose={() => {}} /></StoresProvider>);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'PNG' }));
    const { box } = exportTree({ map, positions: live.snapshot(), removed: new Set(), selection: new Set(), theme: 'light' }, { background: 'light' });
    const sizeAt = (scale: number) => {
      const size = pngScale(box.width, box.height, scale);
      return `${size.width.toLocaleString('en-US')} × ${size.height.toLocaleString('en-US')} px`;
    };
    expect(screen.getByText(sizeAt(2))).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox'), '3');
    expect(screen.getByText(sizeAt(3))).toBeTruthy();
    expect(sizeAt(3)).not.toBe(sizeAt(2));
  });
});
