/**
 * Pages where browsers do not let extensions run, and the message that explains each in plain words.
 * Checked before injecting, and used to explain an injection that failed.
 */

export type RestrictedKind = 'browser-page' | 'web-store' | 'pdf' | 'extension-page' | 'file' | 'unknown';

const WEB_STORES = [/^https:\/\/chrome\.google\.com\/webstore/i, /^https:\/\/chromewebstore\.google\.com/i, /^https:\/\/addons\.mozilla\.org/i, /^https:\/\/microsoftedge\.microsoft\.com\/addons/i];

export function restrictedKindOfUrl(url: string | undefined): RestrictedKind | null {
  if (!url) return null;
  if (/^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-search|chrome-untrusted):/i.test(url)) return 'browser-page';
  if (/^(chrome-extension|moz-extension|extension):/i.test(url)) return 'extension-page';
  if (WEB_STORES.some((pattern) => pattern.test(url))) return 'web-store';
  if (/\.pdf([?#]|$)/i.test(url)) return 'pdf';
  return null;
}

/** Reads the browser's own refusal ("Cannot access a chrome:// URL", "The extensions gallery cannot be scripted"). */
export function restrictedKindOfError(message: string): RestrictedKind {
  if (/gallery|web ?store|addons\.mozilla/i.test(message)) return 'web-store';
  if (/chrome:\/\/|about:|edge:\/\/|privileged|restricted/i.test(message)) return 'browser-page';
  if (/file:\/\//i.test(message)) return 'file';
  if (/pdf/i.test(message)) return 'pdf';
  return 'unknown';
}

/** The message (in `_locales`) that explains each kind of page, in the person's language. */
export const RESTRICTED_MESSAGE_KEYS: Record<RestrictedKind, string> = {
  'browser-page': 'restricted_browser_page',
  'web-store': 'restricted_web_store',
  pdf: 'restricted_pdf',
  'extension-page': 'restricted_extension_page',
  file: 'restricted_file',
  unknown: 'restricted_unknown',
};
