/**
 * The popup's side of highlighting: adds the ::highlight style to the page once, keeps a port
 * open to the content script (which clears highlights when the popup closes and the port drops),
 * and asks the content script to show or clear highlights.
 */
import browser from '../shared/browser.ts';
import { POPUP_PORT, sendToTab } from '../shared/messages.ts';
import type { TextTarget } from '../core/find-text.ts';
import type { Sentence } from '../core/nlp/sentences.ts';

const PAGE_CSS = `::highlight(plainsight-mention) { background-color: #ffe58a; color: #1f1f1f; }
::highlight(plainsight-focus) { background-color: #ffb347; color: #1f1f1f; }`;

const prepared = new Map<number, Promise<void>>();

function prepare(tabId: number): Promise<void> {
  let ready = prepared.get(tabId);
  if (!ready) {
    browser.tabs.connect(tabId, { name: POPUP_PORT });
    // A user stylesheet, not an element: the page's DOM stays as it was.
    ready = browser.scripting.insertCSS({ target: { tabId }, css: PAGE_CSS }).catch(() => undefined);
    prepared.set(tabId, ready);
  }
  return ready;
}

export async function highlight(tabId: number, targets: TextTarget[], focus: number): Promise<{ found: number; focused: boolean }> {
  await prepare(tabId);
  return sendToTab(tabId, 'highlight:show', { targets, focus });
}

export async function clearHighlights(tabId: number): Promise<void> {
  await prepare(tabId);
  await sendToTab(tabId, 'highlight:clear', {});
}

/** Targets for spans of `text`: each span with its sentence around it, so the page finds the right occurrence. */
export function targetsFor(spans: [number, number][], sentences: Sentence[], text: string): TextTarget[] {
  return spans.map(([start, end]) => {
    const sentence = sentences.find((s) => s.start <= start && end <= s.end);
    if (!sentence) return { quote: text.slice(start, end), start: 0, end: end - start };
    return { quote: sentence.text, start: start - sentence.start, end: end - sentence.start };
  });
}
