/**
 * Words of the extension pages (options, popup) come from the browser's i18n (`_locales/<lang>/messages.json`,
 * English first). Static text in a page names its message in `data-i18n`.
 */
import browser from './browser.ts';

/** The message `key`, with `$1`… filled from `substitutions`; the key itself if a translation is missing (visible, so it gets noticed). */
export function t(key: string, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Fills every `[data-i18n]` element's text, and `[data-i18n-label]`'s aria-label, under `root`. */
export function localize(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset['i18n'] ?? '');
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset['i18nLabel'] ?? ''));
}

/** The browser's interface language, e.g. "en-US" or "ur": dates and numbers are formatted for it. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/** The interface's direction, from the browser's predefined `@@bidi_dir`: a new right-to-left language needs only its folder. */
export function uiDirection(): 'rtl' | 'ltr' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
