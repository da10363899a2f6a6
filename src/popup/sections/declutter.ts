/**
 * Declutter in the popup: the Declutter page button, "N blocks hidden", the list of hidden
 * blocks (kind, rule, preview) each with Show, and Show all. The page does the work
 * (content script `declutter:*` messages); this only renders the state it returns.
 */
import { sendToTab, type DeclutterState, type HiddenBlockInfo } from '../../shared/messages.ts';
import { button, h } from '../dom.ts';
import { t, uiLanguage } from '../../shared/i18n.ts';
import type { TargetTab } from '../target-tab.ts';
import type { BlockKind } from '../../core/declutter/types.ts';
import { YOUR_SELECTORS_RULE_ID } from '../../core/declutter/rules/your-selectors.ts';
import type { PopupSection } from './section.ts';

/** Each kind of block as the popup names it, in the interface language. */
const KIND_MESSAGES: Record<BlockKind, string> = {
  'navigation': 'blockKindNavigation',
  'sidebar': 'blockKindSidebar',
  'story list': 'blockKindStoryList',
  'ad': 'blockKindAd',
  'share bar': 'blockKindShareBar',
  'overlay': 'blockKindOverlay',
  'consent banner': 'blockKindConsentBanner',
  'newsletter': 'blockKindNewsletter',
  'comments': 'blockKindComments',
  'footer': 'blockKindFooter',
  'site rule': 'blockKindSiteRule',
  'your rule': 'blockKindYourRule',
  'outside article': 'blockKindOutsideArticle',
};

function kindLabel(kind: string): string {
  const key = KIND_MESSAGES[kind as BlockKind];
  return key ? t(key) : kind;
}

function countLabel(state: DeclutterState): string {
  const n = state.hiddenCount;
  return n === 1 ? t('popupBlockHidden') : t('popupBlocksHidden', formatCount(n));
}

interface BlockActions {
  show: (id: string) => void;
  neverHere: (ruleId: string) => void;
}

function blockItem(block: HiddenBlockInfo, actions: BlockActions): HTMLElement {
  const neverHere = button(t('popupNeverHere'), () => actions.neverHere(block.ruleId), 'block-never');
  // The name stays the visible "Never here" (voice control users say what they see); the title,
  // read as the button's description, says it applies to the whole rule on this site.
  neverHere.title = t('popupNeverHereTitle', block.ruleId);
  return h(
    'li',
    { class: block.shown ? 'hidden-block shown' : 'hidden-block', 'data-block-id': block.id },
    h('span', { class: 'block-kind' }, kindLabel(block.kind)),
    h('span', { class: 'block-rule' }, block.ruleId),
    h('span', { class: 'block-preview' }, block.preview),
    h(
      'span',
      { class: 'block-buttons' },
      block.shown ? h('span', { class: 'block-shown' }, t('popupShown')) : button(t('popupShow'), () => actions.show(block.id), 'block-show'),
      // The person's own selectors (picks included) are edited on the options page, not switched off as a rule.
      block.ruleId === YOUR_SELECTORS_RULE_ID ? null : neverHere,
    ),
  );
}

function formatCount(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}

/**
 * "Hide something else…": pick mode starts in the page; the toolbar popup closes so the person can
 * point at the page (opened as a page, it says where to look instead).
 */
async function startPick(tab: TargetTab, root: HTMLElement): Promise<void> {
  const { started } = await sendToTab(tab.id, 'pick:start', {});
  if (started && !tab.openedAsPage) {
    window.close();
    return;
  }
  root.querySelector('.pick-status')?.remove();
  root.append(h('p', { class: started ? 'pick-status status' : 'pick-status notice', role: 'status' }, t(started ? 'popupPickOn' : 'popupPickUnavailable')));
}

export const declutterSection: PopupSection = {
  id: 'declutter',
  async render({ tab }) {
    const root = h('div', { class: 'declutter' });
    const run = async (action: () => Promise<DeclutterState>): Promise<void> => {
      try {
        draw(await action());
      } catch (error) {
        root.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('popupDeclutterFailed', error instanceof Error ? error.message : String(error))));
      }
    };
    const draw = (state: DeclutterState): void => {
      const apply = button(t('popupDeclutterPage'), () => void run(() => sendToTab(tab.id, 'declutter:apply', {})), 'primary');
      const pick = button(t('popupPick'), () => void startPick(tab, root), 'pick');
      const children: Node[] = [h('div', { class: 'actions' }, apply, pick)];
      if (state.active) {
        children.push(h('p', { class: 'declutter-count', role: 'status' }, countLabel(state)));
        if (!state.articleFound && !state.picksOnly) children.push(h('p', { class: 'notice' }, t('popupDeclutterNoArticle')));
        if (state.blocks.length > 0) {
          const list = h('ul', { class: 'hidden-list' });
          const actions: BlockActions = {
            show: (id) => void run(() => sendToTab(tab.id, 'declutter:show', { id })),
            neverHere: (ruleId) => void run(() => sendToTab(tab.id, 'declutter:never-here', { ruleId })),
          };
          for (const block of state.blocks) list.append(blockItem(block, actions));
          children.push(list, h('div', { class: 'actions' }, button(t('popupShowAll'), () => void run(() => sendToTab(tab.id, 'declutter:restore', {})))));
        }
      }
      root.replaceChildren(...children);
    };
    draw(await sendToTab(tab.id, 'declutter:list', {}));
    return root;
  },
};
