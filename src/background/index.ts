/**
 * Background (service worker in Chrome, event page in Firefox): keyboard shortcuts. Everything
 * else happens in the popup and the on-demand content script.
 */
import browser from '../shared/browser.ts';
import { ensureContentScript } from '../shared/inject.ts';
import { sendToTab } from '../shared/messages.ts';

/** The same path the popup's Reader view button takes, for the keyboard shortcut. */
export async function toggleReaderInTab(tabId: number, url: string | undefined): Promise<boolean> {
  const injected = await ensureContentScript(tabId, url);
  if (!injected.ok) return false;
  const { open } = await sendToTab(tabId, 'reader:toggle', { force: false });
  return open;
}

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-reader' || !tab?.id) return;
  void toggleReaderInTab(tab.id, tab.url);
});
