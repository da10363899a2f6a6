/**
 * Pages where browsers do not let extensions run, and the plain words we show for each.
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

export const RESTRICTED_MESSAGES: Record<RestrictedKind, string> = {
  'browser-page': 'This is a browser page. Browsers do not let extensions read or change it, so Plainsight cannot help here.',
  'web-store': 'This is an extension store page. Browsers protect it from all extensions, so Plainsight cannot run here.',
  pdf: 'This is a PDF shown in the browser’s PDF viewer. Plainsight works on web pages, not PDF files.',
  'extension-page': 'This page belongs to an extension. Plainsight can only read web pages.',
  file: 'This is a local file. To read it with Plainsight, allow “Access to file URLs” on the extension’s details page.',
  unknown: 'The browser did not let Plainsight read this page. Try reloading it, then click the button again.',
};
