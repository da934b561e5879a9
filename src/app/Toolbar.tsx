import type { ReactNode } from 'react';
import type { CommandContext } from './commands/command.ts';
import { commandById } from './commands/registry.ts';
import { CommandButton } from './CommandButton.tsx';

const GROUPS: readonly (readonly [string, string][])[] = [
  [['add.platform', '+ Platform'], ['add.service', '+ Service'], ['add.partner', '+ Partner']],
  [['edit.undo', 'Undo'], ['edit.redo', 'Redo']],
  [['view.fit', 'Fit'], ['layout.rerun', 'Re-layout'], ['layout.stack', 'Platform stack'], ['layout.lock', 'Lock layout']],
  [['knockout.toggle', 'Knock out'], ['flow.toggle', 'Value flow'], ['analysis.panel', 'Analysis'], ['scenes.panel', 'Scenes'], ['present.start', 'Present']],
  [['file.open', 'Open'], ['file.export', 'Export'], ['file.share-link', 'Share link']],
  [['map.list', 'Maps'], ['map.examples', 'Examples'], ['view.theme', 'Theme'], ['help.palette', 'Commands'], ['help.shortcuts', '?']],
];

/** The toolbar: the most used commands from the registry, grouped, plus whatever the app adds. */
export function Toolbar({ ctx, title, children }: { ctx: CommandContext; title: string; children?: ReactNode }) {
  return (
    <header className="em-toolbar" role="toolbar" aria-label="Map tools">
      <h1>Ecosystem Mapper</h1>
      <span className="em-title" title={title}>{title}</span>
      {children}
      {GROUPS.map((group, i) => (
        <div className="em-group" key={i}>
          {group.map(([id, label]) => <CommandButton key={id} command={commandById(id)} ctx={ctx} label={label} />)}
        </div>
      ))}
    </header>
  );
}
