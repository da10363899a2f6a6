/**
 * Which tab the popup acts on: the active tab, or `?tab=N` when the popup is opened as a page
 * (end-to-end tests and the `try` tool open it that way, because a popup opened in a tab would
 * otherwise see itself as the active tab).
 */
import browser from '../shared/browser.ts';

export interface TargetTab {
  id: number;
  url: string | undefined;
  /** True when the popup runs in its own tab rather than the toolbar bubble. */
  openedAsPage: boolean;
}

export async function findTargetTab(): Promise<TargetTab | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return tab?.id ? { id: tab.id, url: tab.url, openedAsPage: true } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url, openedAsPage: false } : null;
}
