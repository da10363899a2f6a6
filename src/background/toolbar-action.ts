/**
 * What a click on the toolbar button does: the popup (default), or clean at once. With no popup
 * set, the browser fires `action.onClicked` instead, with activeTab granted for the tab.
 */
import browser from '../shared/browser.ts';
import { ensureContentScript } from '../shared/inject.ts';
import { sendToTab } from '../shared/messages.ts';
import { loadSettings } from '../shared/settings-store.ts';
import type { CleanMode } from '../core/settings/index.ts';

export const POPUP_PAGE = 'popup/popup.html';

/** Shows the popup only when the person wants it; otherwise the click goes to `onClicked`. */
export async function syncToolbarPopup(): Promise<void> {
  const { settings } = await loadSettings();
  await browser.action.setPopup({ popup: settings.toolbarAction === 'popup' ? POPUP_PAGE : '' });
}

/** Toolbar click and keyboard shortcuts go through here: inject on demand, then the content script's one mode switch. */
export async function cleanTab(tabId: number, url: string | undefined, mode: CleanMode): Promise<boolean> {
  const injected = await ensureContentScript(tabId, url);
  if (!injected.ok) return false;
  const { done } = await sendToTab(tabId, 'clean:run', { mode, toggle: true });
  return done;
}

export async function onToolbarClicked(tab: { id?: number; url?: string }): Promise<void> {
  if (!tab.id) return;
  const { settings } = await loadSettings();
  if (settings.toolbarAction === 'popup') return;
  await cleanTab(tab.id, tab.url, settings.toolbarAction);
}
