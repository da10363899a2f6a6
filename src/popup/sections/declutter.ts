/**
 * Declutter in the popup: the Declutter page button, "N blocks hidden", the list of hidden
 * blocks (kind, rule, preview) each with Show, and Show all. The page does the work
 * (content script `declutter:*` messages); this only renders the state it returns.
 */
import { sendToTab, type DeclutterState, type HiddenBlockInfo } from '../../shared/messages.ts';
import { button, h } from '../dom.ts';
import type { PopupSection } from './section.ts';

function countLabel(state: DeclutterState): string {
  const n = state.hiddenCount;
  return `${n} ${n === 1 ? 'block' : 'blocks'} hidden`;
}

interface BlockActions {
  show: (id: string) => void;
  neverHere: (ruleId: string) => void;
}

function blockItem(block: HiddenBlockInfo, actions: BlockActions): HTMLElement {
  const neverHere = button('Never here', () => actions.neverHere(block.ruleId), 'block-never');
  // The name stays the visible "Never here" (voice control users say what they see); the title,
  // read as the button's description, says it applies to the whole rule on this site.
  neverHere.title = `Never hide what the rule "${block.ruleId}" finds on this site (undo on the options page)`;
  return h(
    'li',
    { class: block.shown ? 'hidden-block shown' : 'hidden-block', 'data-block-id': block.id },
    h('span', { class: 'block-kind' }, block.kind),
    h('span', { class: 'block-rule' }, block.ruleId),
    h('span', { class: 'block-preview' }, block.preview),
    h('span', { class: 'block-buttons' }, block.shown ? h('span', { class: 'block-shown' }, 'Shown') : button('Show', () => actions.show(block.id), 'block-show'), neverHere),
  );
}

export const declutterSection: PopupSection = {
  id: 'declutter',
  async render({ tab }) {
    const root = h('div', { class: 'declutter' });
    const run = async (action: () => Promise<DeclutterState>): Promise<void> => {
      try {
        draw(await action());
      } catch (error) {
        root.replaceChildren(h('p', { class: 'notice', role: 'status' }, `Declutter failed: ${error instanceof Error ? error.message : String(error)}`));
      }
    };
    const draw = (state: DeclutterState): void => {
      const apply = button('Declutter page', () => void run(() => sendToTab(tab.id, 'declutter:apply', {})), 'primary');
      const children: Node[] = [h('div', { class: 'actions' }, apply)];
      if (state.active) {
        children.push(h('p', { class: 'declutter-count', role: 'status' }, countLabel(state)));
        if (!state.articleFound) children.push(h('p', { class: 'notice' }, 'No article found: only ads, overlays and cookie banners were hidden.'));
        if (state.blocks.length > 0) {
          const list = h('ul', { class: 'hidden-list' });
          const actions: BlockActions = {
            show: (id) => void run(() => sendToTab(tab.id, 'declutter:show', { id })),
            neverHere: (ruleId) => void run(() => sendToTab(tab.id, 'declutter:never-here', { ruleId })),
          };
          for (const block of state.blocks) list.append(blockItem(block, actions));
          children.push(list, h('div', { class: 'actions' }, button('Show all', () => void run(() => sendToTab(tab.id, 'declutter:restore', {})))));
        }
      }
      root.replaceChildren(...children);
    };
    draw(await sendToTab(tab.id, 'declutter:list', {}));
    return root;
  },
};
