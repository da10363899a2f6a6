/**
 * Puts the content script into a tab on demand (after the user acted, which grants activeTab)
 * and reports a restricted page instead of throwing.
 */
import browser from './browser.ts';
import { restrictedKindOfError, restrictedKindOfUrl, type RestrictedKind } from './restricted-pages.ts';

// Absolute: Firefox resolves `files` against the calling page (popup/popup.html), Chrome against the root.
export const CONTENT_SCRIPT_FILE = '/content.js';

export type InjectResult = { ok: true } | { ok: false; kind: RestrictedKind; detail: string };

export async function ensureContentScript(tabId: number, url?: string): Promise<InjectResult> {
  const knownRestricted = restrictedKindOfUrl(url);
  if (knownRestricted) return { ok: false, kind: knownRestricted, detail: url ?? '' };
  try {
    // The script guards itself against running twice, so injecting again is harmless.
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return { ok: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: restrictedKindOfError(detail), detail };
  }
}
