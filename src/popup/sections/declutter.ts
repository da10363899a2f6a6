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

function blockItem(block: HiddenBlockInfo, onShow: (id: string) => void): HTMLElement {
  return h(
    'li',
    { class: block.shown ? 'hidden-block shown' : 'hidden-block', 'data-block-id': block.id },
    h('span', { class: 'block-kind' }, block.kind),
    h('span', { class: 'block-rule' }, block.ruleId),
    h('span', { class: 'block-preview' }, block.preview),
    block.shown ? h('span', { class: 'block-shown' }, 'Shown') : button('Show', () => onShow(block.id), 'block-show'),
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
          for (const block of state.blocks) list.append(blockItem(block, (id) => void run(() => sendToTab(tab.id, 'declutter:show', { id }))));
          children.push(list, h('div', { class: 'actions' }, button('Show all', () => void run(() => sendToTab(tab.id, 'declutter:restore', {})))));
        }
      }
      root.replaceChildren(...children);
    };
    draw(await sendToTab(tab.id, 'declutter:list', {}));
    return root;
  },
};
