import { addCurrentViewAsScene, startPresenting } from '../../store/presentActions.ts';
import { notify } from '../../store/uiStore.ts';
import type { Command } from './command.ts';

export const presentCommands: readonly Command[] = [
  {
    id: 'present.start', label: 'Present', group: 'Present', keys: ['P', 'F5'], places: ['toolbar'],
    run: (ctx) => {
      startPresenting(ctx.ui, 0);
      void document.documentElement.requestFullscreen?.().catch(() => {});
    },
  },
  {
    id: 'scenes.add', label: 'Add the current view as a scene', group: 'Present', keys: ['Shift+N'], enabled: (ctx) => !ctx.doc.getState().readOnly,
    run: (ctx) => {
      const added = addCurrentViewAsScene(ctx.doc, ctx.ui);
      if (added) notify(ctx.ui, `Added scene ${added.number}. Write its caption under Scenes (Shift+E), then present with P.`);
    },
  },
  {
    id: 'scenes.panel', label: 'Scenes', group: 'Present', keys: ['Shift+E'],
    checked: (ctx) => ctx.ui.getState().analysisOpen && ctx.ui.getState().sideTab === 'scenes',
    run: (ctx) => {
      const { analysisOpen, sideTab } = ctx.ui.getState();
      ctx.ui.setState(analysisOpen && sideTab === 'scenes' ? { analysisOpen: false } : { analysisOpen: true, sideTab: 'scenes' });
    },
  },
];
