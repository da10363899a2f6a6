/**
 * Background (service worker in Chrome, event page in Firefox): keyboard shortcuts, the toolbar
 * click when it does not open the popup, the auto-clean registrations, and extracting large
 * pages' copies off the page's thread (extractor.ts). Everything else happens in the popup and
 * the content script.
 */
import browser from '../shared/browser.ts';
import { ensureContentScript } from '../shared/inject.ts';
import { isBackgroundMessage, sendToTab } from '../shared/messages.ts';
import { onSettingsChanged } from '../shared/settings-store.ts';
import { syncAutoCleanScripts } from './auto-clean-scripts.ts';
import { cleanTab, onToolbarClicked, syncToolbarPopup } from './toolbar-action.ts';
import { splitSentences } from '../core/nlp/sentences.ts';
import { openExtractor, serveCopiesHere } from './extractor.ts';

/** The same path the popup's Reader view button takes, for the keyboard shortcut. */
export async function toggleReaderInTab(tabId: number, url: string | undefined): Promise<boolean> {
  const injected = await ensureContentScript(tabId, url);
  if (!injected.ok) return false;
  const { open } = await sendToTab(tabId, 'reader:toggle', { force: false });
  return open;
}

browser.commands.onCommand.addListener((command, tab) => {
  if (!tab?.id) return;
  if (command === 'toggle-reader') void toggleReaderInTab(tab.id, tab.url);
  else if (command === 'declutter') void cleanTab(tab.id, tab.url, 'declutter');
});

browser.action.onClicked.addListener((tab) => void onToolbarClicked(tab));

function syncAll(): void {
  void syncAutoCleanScripts().catch((error: unknown) => console.error('Plainsight: auto-clean registration failed', error));
  void syncToolbarPopup().catch((error: unknown) => console.error('Plainsight: toolbar setting failed', error));
}

browser.runtime.onInstalled.addListener(syncAll);
browser.runtime.onStartup.addListener(syncAll);
browser.permissions.onAdded.addListener(syncAll);
browser.permissions.onRemoved.addListener(syncAll);
onSettingsChanged(syncAll);
serveCopiesHere();

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isBackgroundMessage(message)) return undefined;
  if (message.type === 'sentences:split') {
    const texts = Array.isArray(message.payload.texts) ? message.payload.texts : [];
    return Promise.resolve({ sentences: texts.map((text) => (typeof text === 'string' ? splitSentences(text).map(({ start, end }) => ({ start, end })) : [])) });
  }
  if (message.type === 'extractor:open') return openExtractor();
  return syncAutoCleanScripts().then((registered) => ({ registered }));
});
