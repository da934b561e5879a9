import { useMemo, useState } from 'react';
import type { CommandContext } from './commands/command.ts';
import { keyLabel } from './commands/keys.ts';
import { COMMANDS, isEnabled } from './commands/registry.ts';

/** Ctrl/⌘+K: every command, found by typing part of its name. */
export function CommandPalette({ ctx, onClose }: { ctx: CommandContext; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return COMMANDS.filter((c) => c.id !== 'help.palette' && isEnabled(c, ctx) && words.every((w) => `${c.group} ${c.label}`.toLowerCase().includes(w)));
  }, [query, ctx]);
  const run = (i: number) => {
    const command = matches[i];
    if (!command) return;
    onClose();
    command.run(ctx);
  };
  return (
    <div className="em-dialog em-palette" role="dialog" aria-modal="true" aria-label="Command palette">
      <input
        autoFocus
        aria-label="Type a command"
        role="combobox"
        aria-expanded="true"
        aria-controls="em-palette-list"
        aria-activedescendant={matches[active] ? `em-cmd-${active}` : undefined}
        placeholder="Type a command…"
        value={query}
        onChange={(e) => (setQuery(e.target.value), setActive(0))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') (e.preventDefault(), setActive(Math.min(active + 1, matches.length - 1)));
          else if (e.key === 'ArrowUp') (e.preventDefault(), setActive(Math.max(active - 1, 0)));
          else if (e.key === 'Enter') (e.preventDefault(), run(active));
          else if (e.key === 'Escape') (e.preventDefault(), onClose());
        }}
      />
      <ul id="em-palette-list" role="listbox" aria-label="Commands">
        {matches.map((c, i) => (
          <li key={c.id} id={`em-cmd-${i}`} role="option" aria-selected={i === active} className={i === active ? 'em-active' : ''} onMouseEnter={() => setActive(i)} onClick={() => run(i)}>
            <span className="em-cmd-group">{c.group}</span> {c.label}
            {c.keys?.[0] && <kbd>{keyLabel(c.keys[0])}</kbd>}
          </li>
        ))}
        {matches.length === 0 && <li className="em-empty">No command matches “{query}”.</li>}
      </ul>
    </div>
  );
}
