import { desiloOf } from '../../store/analysisCache.ts';
import { applyDesilo, applyKnockOut, saveScenario, toggleKnockOut } from '../../store/knockOutActions.ts';
import { notify } from '../../store/uiStore.ts';
import type { Command, CommandContext } from './command.ts';

const selectedNodes = (ctx: CommandContext) => ctx.ui.getState().selection.nodes;
const knockedOut = (ctx: CommandContext) => ctx.ui.getState().knockedOut;

export const analysisCommands: readonly Command[] = [
  {
    id: 'knockout.toggle', label: 'Knock out / restore selected', group: 'Analysis', keys: ['K'], places: ['node-menu'],
    enabled: (ctx) => selectedNodes(ctx).size > 0,
    run: (ctx) => toggleKnockOut(ctx.ui, selectedNodes(ctx)),
  },
  {
    id: 'knockout.restore', label: 'Restore all knocked-out nodes', group: 'Analysis', keys: ['Shift+K'],
    enabled: (ctx) => knockedOut(ctx).size > 0,
    run: (ctx) => applyKnockOut(ctx.ui, []),
  },
  {
    id: 'flow.toggle', label: 'Show value flowing upstream', group: 'Analysis', keys: ['V'], places: ['toolbar'],
    checked: (ctx) => ctx.ui.getState().flow,
    run: (ctx) => ctx.ui.setState({ flow: !ctx.ui.getState().flow }),
  },
  {
    id: 'analysis.panel', label: 'Criticality, health and scenarios', group: 'Analysis', keys: ['Shift+C'], places: ['toolbar'],
    checked: (ctx) => ctx.ui.getState().analysisOpen,
    run: (ctx) => ctx.ui.setState({ analysisOpen: !ctx.ui.getState().analysisOpen }),
  },
  {
    id: 'scenario.save', label: 'Save knock-out as a scenario', group: 'Analysis',
    enabled: (ctx) => knockedOut(ctx).size > 0 && !ctx.doc.getState().readOnly,
    run: (ctx) => {
      const name = saveScenario(ctx.doc, ctx.ui);
      if (name) notify(ctx.ui, `Saved the scenario "${name}". Rename it in the analysis panel.`);
    },
  },
  {
    id: 'desilo.apply', label: 'Add the link that recovers the most value', group: 'Analysis',
    enabled: (ctx) => !ctx.doc.getState().readOnly && knockedOut(ctx).size > 0 && desiloOf(ctx.doc.getState().map, knockedOut(ctx)) !== null,
    run: (ctx) => void applyDesilo(ctx.doc, ctx.ui),
  },
];
