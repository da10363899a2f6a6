/**
 * Where large pages' copies are extracted when the popup is not the one asking (auto-clean, the
 * toolbar click, shortcuts): the content script asks for `extractor:open`, then connects a copy
 * port (shared/copy-port.ts). Firefox's event page has a DOM and serves the port itself; Chrome's
 * service worker has none, so it keeps one offscreen document (created on first use, reason
 * DOM_PARSER) that serves it (offscreen/offscreen.ts).
 */
import browser from '../shared/browser.ts';
import { COPY_PORT, serveCopy } from '../shared/copy-port.ts';

export const OFFSCREEN_PAGE = 'offscreen/offscreen.html';

/** Chrome's `offscreen` API; webextension-polyfill has no types for it, Firefox has no such API. */
interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const offscreenApi = (): OffscreenApi | undefined => (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

let creating: Promise<void> | null = null;

async function ensureOffscreen(api: OffscreenApi): Promise<void> {
  if (await api.hasDocument?.()) return;
  // Two requests at once must not both create it (Chrome allows one offscreen document).
  creating ??= api
    .createDocument({ url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'], justification: 'Parse a copy of the page to find its article without freezing the page.' })
    .catch((error: unknown) => {
      if (!/single offscreen|only a single/i.test(String(error))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Answers `extractor:open` once something is listening for copy ports. */
export async function openExtractor(): Promise<{ ready: boolean }> {
  if (typeof document !== 'undefined') return { ready: true };
  const api = offscreenApi();
  if (!api) return { ready: false };
  await ensureOffscreen(api);
  return { ready: true };
}

/** In a background with a DOM (Firefox's event page), serve copy ports here. */
export function serveCopiesHere(): void {
  if (typeof document === 'undefined') return;
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === COPY_PORT) void serveCopy(port, document);
  });
}
