/**
 * Pick mode ("Hide something else"): the block under the pointer is outlined with its label and
 * size; ↑ widens the choice to the parent, ↓ narrows it back (or to the first child); a click or
 * Enter hides it and saves a lasting selector for the site's per-site tweaks, so declutter hides it
 * on the next visit too; Esc leaves. While it is on, clicks and those keys go to pick mode, not to
 * the page (no link is followed). A block that is part of the article (text, headline, byline,
 * images) is hidden only after a confirmation, and only for this visit: declutter never hides the
 * article, so a saved selector for it would do nothing next time.
 */
import { lastingSelector, blockLabel } from '../../core/pick/selector.ts';
import { partOfArticle } from '../../core/pick/article-guard.ts';
import { hintsOf, type ArticleHints } from '../../core/declutter/index.ts';
import { t } from '../../shared/i18n.ts';
import { updateSiteTweaks } from '../../shared/settings-store.ts';
import { extractPageArticle } from '../extraction.ts';
import { hidePick } from '../declutter/apply.ts';
import { createPickOverlay, type PickOverlay } from './pick-overlay.ts';

interface Picking {
  overlay: PickOverlay;
  /** The outlined block, and the narrower blocks ↑ widened from (for ↓). */
  chosen: Element | null;
  narrower: Element[];
  /** The article, to ask before hiding part of it (null: none found). */
  hints: ArticleHints | null;
  stop: () => void;
}

let picking: Picking | null = null;

export function isPicking(): boolean {
  return picking !== null;
}

/** The block a person means when pointing at `node`: inline bits (a link, a word) count as their block. */
function blockAt(node: Element | null): Element | null {
  for (let element = node; element; element = element.parentElement) {
    if (element.localName === 'html') return null;
    const display = getComputedStyle(element).display;
    if (display !== 'inline' && display !== 'contents' && !(element instanceof SVGElement && element.localName !== 'svg')) return element;
  }
  return null;
}

function pageElementAt(x: number, y: number): Element | null {
  const element = document.elementFromPoint(x, y);
  return element && picking && element !== picking.overlay.host ? blockAt(element) : null;
}

function choose(element: Element | null, narrower: Element[] = []): void {
  if (!picking) return;
  picking.chosen = element;
  picking.narrower = narrower;
  picking.overlay.outline(element, element ? blockLabel(element) : '');
}

function widen(): void {
  const current = picking?.chosen;
  const parent = current?.parentElement;
  if (!picking || !current || !parent || parent.localName === 'html') return;
  choose(parent, [...picking.narrower, current]);
}

function narrow(): void {
  if (!picking?.chosen) return;
  const back = picking.narrower.at(-1);
  const visibleChild = Array.from(picking.chosen.children).find((child) => child.getClientRects().length > 0);
  if (back) choose(back, picking.narrower.slice(0, -1));
  else if (visibleChild) choose(visibleChild);
}

async function hideChosen(): Promise<void> {
  const state = picking;
  const element = state?.chosen;
  if (!state || !element) return;
  const label = blockLabel(element);
  if (element.localName === 'body') {
    state.overlay.say(t('pickWholePage'));
    return;
  }
  const lasting = lastingSelector(element);
  // Asked exactly when declutter would refuse to hide it from the saved selector next time.
  const holdsArticle = partOfArticle(document, state.hints, element, lasting ? [lasting] : []);
  if (holdsArticle && !(await state.overlay.confirm(t('pickConfirmArticle')))) {
    state.overlay.say(t('pickHint'));
    return;
  }
  const selector = holdsArticle ? null : lasting;
  hidePick(element, selector ?? label);
  choose(null);
  state.overlay.say(t(selector ? 'pickHidden' : 'pickHiddenOnce', label));
  if (selector) await updateSiteTweaks(location.hostname, (tweaks) => void tweaks.hide.push(selector));
}

export function stopPicking(): void {
  picking?.stop();
  picking = null;
}

/** Starts pick mode on this page (again: nothing changes). The block at the centre of the window is outlined first, for keyboard users. */
export async function startPicking(): Promise<boolean> {
  if (picking) return true;
  // Where the article is, to ask before hiding part of it: the popup has just found it (cached).
  const article = (await extractPageArticle(false)) ?? (await extractPageArticle(true));
  if (picking) return true;
  const overlay = createPickOverlay();
  const ownEvent = (event: Event): boolean => event.composedPath().includes(overlay.host);
  const onMove = (event: MouseEvent): void => {
    if (!overlay.confirming()) choose(pageElementAt(event.clientX, event.clientY));
  };
  // Every part of a click: the page must not see it, or its links and buttons would act.
  const swallow = (event: Event): void => {
    if (ownEvent(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onClick = (event: MouseEvent): void => {
    if (ownEvent(event)) return;
    swallow(event);
    if (overlay.confirming()) return;
    choose(pageElementAt(event.clientX, event.clientY));
    void hideChosen();
  };
  const keys: Record<string, () => void> = { ArrowUp: widen, ArrowDown: narrow, Enter: () => void hideChosen(), Escape: stopPicking };
  const onKey = (event: KeyboardEvent): void => {
    const action = keys[event.key];
    if (!action || overlay.confirming()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    action();
  };
  const follow = (): void => picking?.overlay.outline(picking.chosen, picking.chosen ? blockLabel(picking.chosen) : '');
  const pressEvents = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'dblclick', 'contextmenu'] as const;
  // Capture on window: pick mode hears the pointer and keys before any page handler can.
  const listeners: [string, EventListener, boolean][] = [
    ['mousemove', onMove as EventListener, true],
    ['click', onClick as EventListener, true],
    ...pressEvents.map((type): [string, EventListener, boolean] => [type, swallow, true]),
    ['keydown', onKey as EventListener, true],
    ['scroll', follow, true],
    ['resize', follow, false],
    ['pagehide', stopPicking, false],
  ];
  for (const [type, listener, capture] of listeners) window.addEventListener(type, listener, capture);
  picking = {
    overlay,
    chosen: null,
    narrower: [],
    hints: article ? hintsOf(article, document) : null,
    stop() {
      for (const [type, listener, capture] of listeners) window.removeEventListener(type, listener, capture);
      overlay.remove();
    },
  };
  choose(pageElementAt(window.innerWidth / 2, window.innerHeight / 2));
  return true;
}
