import { useEffect } from 'react';
import type { CommandContext } from './commands/command.ts';
import { isTypingTarget } from '../canvas/typingTarget.ts';
import { commandForKey } from './commands/registry.ts';
import { pasteAt } from './commands/editCommands.ts';

/** Text that is a whole document (a map, a sheet, Backstage YAML), not nodes copied in the app. */
export function looksLikeDocument(text: string): boolean {
  const t = text.trimStart();
  if (t.includes('"ecosystem-map-fragment"')) return false;
  return /^\{[\s\S]*"format"\s*:\s*"ecosystem-map"/.test(t) || /^(---\s*\n)?apiVersion\s*:/m.test(t) || /^[^\n]*\bname\b[^\n]*[,;\t][^\n]*\bkind\b|^[^\n]*\bkind\b[^\n]*[,;\t][^\n]*\bname\b/i.test(t);
}

/**
 * Keyboard shortcuts from the command registry; typing in a field keeps its own keys. A pasted
 * whole document goes to `onPasteDocument` (a preview), copied nodes into the map.
 */
export function useShortcuts(ctx: CommandContext, onPasteDocument?: (text: string) => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const typing = isTypingTarget(e.target);
      const modified = e.ctrlKey || e.metaKey;
      if (typing && (!modified || ['a', 'c', 'v', 'x', 'z', 'y'].includes(e.key.toLowerCase())) && e.key !== 'Escape') return;
      // With a dialog open, only its own keys and the ones that close it apply.
      const dialog = ctx.ui.getState().dialog;
      const command = commandForKey(e, ctx);
      if (!command) return;
      if (dialog && dialog !== 'table' && !['select.none', 'help.palette', 'help.shortcuts'].includes(command.id)) return;
      // Arrows and Enter on buttons and menus keep their usual meaning.
      if (['focus.left', 'focus.right', 'focus.up', 'focus.down', 'edit.rename', 'link.connect-focused'].includes(command.id)) {
        const onCanvas = (e.target as Element | null)?.closest?.('.em-canvas') || e.target === document.body;
        if (!onCanvas) return;
      }
      // Mod+V arrives as a paste event too, with the system clipboard's text: paste once, there.
      if (command.id === 'edit.paste') return;
      e.preventDefault();
      command.run(ctx);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTypingTarget(e.target)) return;
      e.preventDefault();
      const text = e.clipboardData?.getData('text/plain') || undefined;
      if (text && onPasteDocument && looksLikeDocument(text)) onPasteDocument(text);
      else pasteAt(ctx, text);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('paste', onPaste);
    };
  }, [ctx, onPasteDocument]);
}
