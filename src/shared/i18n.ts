/**
 * Words of the extension pages (options, popup) come from the browser's i18n (`_locales/<lang>/messages.json`,
 * English first). Static text in a page names its message in `data-i18n`.
 */
import browser from './browser.ts';
import { ensureNastaliqFont } from './nastaliq-font.ts';
import { directionOf } from '../core/language-direction.ts';

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

/**
 * The interface's direction: the browser's predefined `@@bidi_dir`, or the direction of the
 * interface language's script (Chromium on Linux can report "ltr" for Urdu when its own UI has
 * no Urdu resources). Nothing is listed per locale folder: a new language needs only its folder.
 */
export function uiDirection(): 'rtl' | 'ltr' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' || directionOf(uiLanguage()) === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * Lays an extension page out in the interface language: `lang` and `dir` on the root element (the
 * CSS mirrors with logical properties), and the bundled Nastaliq font for Urdu.
 */
export function applyInterfaceLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = uiLanguage();
  root.dir = uiDirection();
  if (/^ur\b/i.test(root.lang)) ensureNastaliqFont();
}
