import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentAction } from '../../src/present/keys.ts';
import type { PresentAction, PresentKeyState } from '../../src/present/keys.ts';

const at = (index: number, count = 5, more: Partial<PresentKeyState> = {}): PresentKeyState => ({ index, count, typed: '', blank: false, ...more });
const press = (key: string, state: PresentKeyState, mods: { shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; isComposing?: boolean } = {}) => presentAction({ key, ...mods }, state);

/** Feeds keys as the presentation would: typed digits carried, cleared by any other action. */
function typeKeys(keys: string[], state: PresentKeyState): { state: PresentKeyState; actions: (PresentAction | null)[] } {
  const actions: (PresentAction | null)[] = [];
  for (const key of keys) {
    const action = presentAction({ key }, state);
    actions.push(action);
    if (!action) continue;
    if (action.type === 'type') state = { ...state, typed: action.typed };
    else state = { ...state, typed: '', ...(action.type === 'goto' && { index: action.index }) };
  }
  return { state, actions };
}

describe('presentAction', () => {
  it('steps forward on what keyboards and clickers send for next', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n', 'N']) {
      expect(press(key, at(1))).toEqual({ type: 'goto', index: 2, via: 'next' });
    }
  });

  it('steps back on what they send for previous, and on Shift+Space', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p']) {
      expect(press(key, at(2))).toEqual({ type: 'goto', index: 1, via: 'previous' });
    }
    expect(press(' ', at(2), { shiftKey: true })).toEqual({ type: 'goto', index: 1, via: 'previous' });
  });

  it('does nothing past the first or the last scene', () => {
    expect(press('PageDown', at(4))).toBeNull();
    expect(press('PageUp', at(0))).toBeNull();
    expect(press('PageDown', at(0, 0))).toBeNull();
  });

  it('jumps to the first and last scene with Home and End', () => {
    expect(press('Home', at(3))).toEqual({ type: 'goto', index: 0, via: 'first' });
    expect(press('End', at(1))).toEqual({ type: 'goto', index: 4, via: 'last' });
    expect(press('End', at(4))).toBeNull();
  });

  it('jumps at once on a digit when there are nine scenes or fewer', () => {
    expect(press('3', at(0))).toEqual({ type: 'goto', index: 2, via: 'number' });
    expect(press('6', at(0))).toBeNull();
    expect(press('0', at(0))).toBeNull();
  });

  it('waits for a second digit or Enter only when the first could start a larger scene number', () => {
    expect(press('1', at(0, 12))).toEqual({ type: 'type', typed: '1' });
    expect(press('3', at(0, 12))).toEqual({ type: 'goto', index: 2, via: 'number' });
    expect(press('2', at(0, 12, { typed: '1' }))).toEqual({ type: 'goto', index: 11, via: 'number' });
    expect(press('Enter', at(5, 12, { typed: '1' }))).toEqual({ type: 'goto', index: 0, via: 'number' });
    expect(press('5', at(0, 12, { typed: '1' }))).toBeNull();
  });

  it('lets a typed number be corrected with Backspace or dropped with Esc', () => {
    expect(press('Backspace', at(3, 40, { typed: '2' }))).toEqual({ type: 'type', typed: '' });
    expect(press('Escape', at(3, 40, { typed: '2' }))).toEqual({ type: 'type', typed: '' });
    expect(press('Escape', at(3, 40))).toEqual({ type: 'leave' });
  });

  it('spends a typed number that names the scene already shown', () => {
    expect(press('Enter', at(0, 12, { typed: '1' }))).toEqual({ type: 'type', typed: '' });
  });

  it('reaches every scene by typing its number, then Enter if it waits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 150 }).chain((count) => fc.tuple(fc.constant(count), fc.integer({ min: 1, max: count }), fc.nat(count - 1))), ([count, n, from]) => {
        const typed = typeKeys([...String(n)], at(from, count));
        const end = typed.state.typed ? typeKeys(['Enter'], typed.state).state : typed.state;
        expect(end.index).toBe(n - 1);
        expect(end.typed).toBe('');
      }),
    );
  });

  it('toggles a blank screen on . and b, and only brings it back on a step key', () => {
    expect(press('.', at(1))).toEqual({ type: 'blank' });
    expect(press('B', at(1))).toEqual({ type: 'blank' });
    const blank = at(1, 5, { blank: true });
    expect(press('b', blank)).toEqual({ type: 'blank' });
    expect(press('PageDown', blank)).toEqual({ type: 'blank' });
    expect(press('3', blank)).toEqual({ type: 'blank' });
    expect(press('l', blank)).toBeNull();
    expect(press('Escape', blank)).toEqual({ type: 'leave' });
  });

  it('maps R, L, S and F to reset, laser, spotlight and full screen', () => {
    expect(press('r', at(1))).toEqual({ type: 'reset' });
    expect(press('L', at(1))).toEqual({ type: 'laser' });
    expect(press('s', at(1))).toEqual({ type: 'spotlight' });
    expect(press('f', at(1))).toEqual({ type: 'fullscreen' });
  });

  it('keeps F5 from reloading the page and leaves browser shortcuts alone', () => {
    expect(press('F5', at(1))).toEqual({ type: 'none' });
    expect(press('F5', at(1), { shiftKey: true })).toEqual({ type: 'none' });
    expect(press('r', at(1), { ctrlKey: true })).toBeNull();
    expect(press('ArrowRight', at(1), { metaKey: true })).toBeNull();
    expect(press('ArrowRight', at(1), { altKey: true })).toBeNull();
    expect(press('n', at(1), { isComposing: true })).toBeNull();
    expect(press('x', at(1))).toBeNull();
  });
});
