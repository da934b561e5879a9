import { useEffect, useRef } from 'react';
import type { CommandContext } from './commands/command.ts';
import { keyLabel } from './commands/keys.ts';
import { COMMANDS, isEnabled } from './commands/registry.ts';

export interface MenuRequest {
  readonly clientX: number;
  readonly clientY: number;
  readonly on: 'node' | 'link' | 'canvas';
}

/** Right-click: the registry's commands for what was clicked. */
export function ContextMenu({ ctx, request, onClose }: { ctx: CommandContext; request: MenuRequest; onClose: () => void }) {
  const ref = useRef<HTMLUListElement>(null);
  const place = `${request.on}-menu` as const;
  const commands = COMMANDS.filter((c) => c.places?.includes(place) && isEnabled(c, ctx));
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const away = (e: PointerEvent) => !ref.current?.contains(e.target as Node) && onClose();
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [onClose]);
  return (
    <ul
      ref={ref}
      className="em-menu"
      role="menu"
      aria-label="Actions"
      style={{ left: request.clientX, top: request.clientY }}
      onKeyDown={(e) => {
        const items = [...(ref.current?.querySelectorAll('button') ?? [])];
        const i = items.indexOf(document.activeElement as HTMLButtonElement);
        if (e.key === 'Escape') (e.stopPropagation(), onClose());
        if (e.key === 'ArrowDown') (e.preventDefault(), items[(i + 1) % items.length]?.focus());
        if (e.key === 'ArrowUp') (e.preventDefault(), items[(i - 1 + items.length) % items.length]?.focus());
      }}
    >
      {commands.map((c) => (
        <li key={c.id} role="none">
          <button type="button" role="menuitem" onClick={() => (onClose(), c.run(ctx))}>
            {c.label}
            {c.keys?.[0] && <kbd>{keyLabel(c.keys[0])}</kbd>}
          </button>
        </li>
      ))}
    </ul>
  );
}
