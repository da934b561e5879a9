/** The parts of a KeyboardEvent the presentation reads. */
export interface PresentKeyEvent {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  readonly shiftKey?: boolean;
  /** An IME is composing: the key belongs to it. */
  readonly isComposing?: boolean;
}

export interface PresentKeyState {
  /** The scene shown, from 0. */
  readonly index: number;
  /** How many scenes there are. */
  readonly count: number;
  /** Digits typed so far towards a scene number; '' when none. */
  readonly typed: string;
  /** The screen is blanked. */
  readonly blank: boolean;
}

/**
 * What a key asks of the presentation. Every action but `type` ends a typed number: the caller
 * clears `typed` (and also after a pause of a second or two, as slide software does).
 */
export type PresentAction =
  | { readonly type: 'goto'; readonly index: number; readonly via: 'next' | 'previous' | 'first' | 'last' | 'number' }
  /** The digits typed so far, to show ("Go to 1_") and pass back as `typed`. */
  | { readonly type: 'type'; readonly typed: string }
  /** Blank the screen, or bring it back. */
  | { readonly type: 'blank' }
  | { readonly type: 'leave' }
  /** Back to the scene as saved: what-ifs, laser and spotlight cleared. */
  | { readonly type: 'reset' }
  | { readonly type: 'laser' }
  | { readonly type: 'spotlight' }
  | { readonly type: 'fullscreen' }
  /** A key the presentation keeps from the browser and does nothing with (F5 would reload the page). */
  | { readonly type: 'none' };

// What clickers send: most send PageDown/PageUp, some arrows; the "blank" button sends `.` or `b`
// (PowerPoint's keys), the "start" button F5 or Shift+F5 and Esc. N and P step as in PowerPoint.
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'Enter', 'n']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p']);
const BLANK = new Set(['.', 'b']);
const NAVIGATION = new Set([...NEXT, ...PREVIOUS, 'Home', 'End']);

/**
 * The presentation's key map, pure over a key-event-like object. Null when the key is not the
 * presentation's: a modifier shortcut, typing in an IME, or a step past the first or last scene.
 *
 * Number keys: a typed number jumps once it cannot grow into a larger scene number — with 9
 * scenes or fewer every digit jumps at once, with 12 "1" waits for a second digit or Enter while
 * "3" jumps — and Enter jumps to the number typed so far. While the screen is blank, a step key
 * only brings the screen back: the audience sees where they were before anything moves.
 */
export function presentAction(event: PresentKeyEvent, state: PresentKeyState): PresentAction | null {
  if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return null;
  // Shift with a letter is the editor's (Shift+S adds a service while presenting).
  if (event.shiftKey && /^[a-z]$/i.test(event.key)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const { count, typed, blank } = state;
  const last = count - 1;
  const index = Math.max(0, Math.min(state.index, last));

  if (key === 'Escape') return typed ? { type: 'type', typed: '' } : { type: 'leave' };
  if (key === 'F5') return { type: 'none' };
  if (key === 'f') return { type: 'fullscreen' };
  if (BLANK.has(key)) return { type: 'blank' };
  if (blank) return NAVIGATION.has(key) || /^[0-9]$/.test(key) ? { type: 'blank' } : null;

  if (/^[0-9]$/.test(key)) {
    const n = Number(typed + key);
    // A leading 0, or a digit that would name no scene, is not typed.
    if (n === 0 || n > count) return null;
    return n * 10 > count ? jump(n - 1, 'number', index) : { type: 'type', typed: typed + key };
  }
  if (typed && key === 'Enter') return count > 0 ? jump(Math.min(Number(typed), count) - 1, 'number', index) : { type: 'type', typed: '' };
  if (typed && key === 'Backspace') return { type: 'type', typed: typed.slice(0, -1) };

  if (count <= 0) return null;
  // Shift+Space steps back, as in every slide program.
  if (key === ' ' && event.shiftKey) return index > 0 ? jump(index - 1, 'previous', index) : null;
  if (NEXT.has(key)) return index < last ? jump(index + 1, 'next', index) : null;
  if (PREVIOUS.has(key)) return index > 0 ? jump(index - 1, 'previous', index) : null;
  if (key === 'Home') return jump(0, 'first', index);
  if (key === 'End') return jump(last, 'last', index);
  if (key === 'r') return { type: 'reset' };
  if (key === 'l') return { type: 'laser' };
  if (key === 's') return { type: 'spotlight' };
  return null;
}

/** A jump; none to the scene already shown, though a typed number is spent. */
function jump(to: number, via: 'next' | 'previous' | 'first' | 'last' | 'number', index: number): PresentAction | null {
  if (to !== index) return { type: 'goto', index: to, via };
  return via === 'number' ? { type: 'type', typed: '' } : null;
}
