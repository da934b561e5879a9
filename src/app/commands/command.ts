import type { EcoMap } from '../../model/types.ts';
import type { DocumentStore } from '../../store/documentStore.ts';
import type { LivePositions } from '../../store/livePositions.ts';
import type { UiStore } from '../../store/uiStore.ts';

export type CommandGroup = 'Add' | 'Edit' | 'Select' | 'Link' | 'View' | 'Layout' | 'Analysis' | 'Present' | 'Map' | 'Help';

/** What the canvas offers to commands: where the user is looking, and camera moves. */
export interface ViewApi {
  /** The map point at the centre of the visible canvas. */
  center(): { x: number; y: number };
  fit(): void;
  zoomToSelection(): void;
  relayout(): void;
  focusNode(id: string): void;
  /** Moves keyboard focus to the nearest node that way. */
  traverse(direction: 'left' | 'right' | 'up' | 'down'): void;
  /** Glides the camera to `camera` (screen = map × k + (x, y)) over `duration` ms. */
  moveTo(camera: { x: number; y: number; k: number }, duration?: number): void;
  /** The canvas's size in screen pixels. */
  size(): { width: number; height: number };
}

export interface CommandContext {
  readonly doc: DocumentStore;
  readonly ui: UiStore;
  readonly live: LivePositions;
  readonly view: ViewApi;
  /** Opens a map in place of the current one (examples, imports, the maps list). */
  readonly openMap: (map: EcoMap) => void;
}

/**
 * One user action. The same list feeds the toolbar, the context menu, the keyboard, the `?`
 * overlay and the command palette, so an action behaves the same wherever it is started.
 */
export interface Command {
  readonly id: string;
  readonly label: string;
  readonly group: CommandGroup;
  /** Shortcuts as `Mod+Shift+Z` (Mod is Ctrl, or ⌘ on a Mac); the first is shown. */
  readonly keys?: readonly string[];
  /** Where it shows besides the palette. */
  readonly places?: readonly ('toolbar' | 'node-menu' | 'link-menu' | 'canvas-menu')[];
  readonly enabled?: (ctx: CommandContext) => boolean;
  /** For a switch: whether it is on now (shown as a pressed button). */
  readonly checked?: (ctx: CommandContext) => boolean;
  readonly run: (ctx: CommandContext) => void;
}
