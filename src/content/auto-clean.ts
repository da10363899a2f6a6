/**
 * The one place a clean mode becomes an action in the page: auto-clean on page load, the toolbar
 * click and the keyboard shortcuts all call `runMode`. Reader mode opens reader view; declutter
 * mode calls the declutter-in-place module (`applyDeclutter` / `restoreAll`).
 */
import type { CleanMode } from '../core/settings/schema.ts';
import { extractPageArticle } from './extraction.ts';
import { readerAppearance } from '../shared/settings-store.ts';
import { closeReader, hasReaderAppearance, isReaderOpen, openReader, setReaderAppearance } from './reader-view.ts';
import { isDecluttered, restoreAll } from './declutter/apply.ts';
import { declutterPage } from './declutter/declutter-page.ts';
import { hideKnownClutterEarly } from './declutter/early-style.ts';

declare global {
  interface Window {
    /** Set by the auto-clean marker script registered for this site (isolated world only). */
    __plainsightAutoClean?: CleanMode;
  }
}

/** Hides the page until reader view covers it, so the cluttered page does not flash first. */
const EARLY_STYLE_ID = 'plainsight-auto-clean-early';
const EARLY_CSS = 'html > body { visibility: hidden !important; }';
/** However slow the page, never keep it hidden longer than this. */
const EARLY_HIDE_MAX_MS = 4000;

/** Opens reader view with the person's appearance; returns whether it opened. */
export async function openReaderWithSettings(force: boolean): Promise<boolean> {
  if (isReaderOpen()) return true;
  const article = await extractPageArticle(force);
  if (!article) return false;
  // Appearance first, so the reader never shows for a moment in the default look. It is usually
  // cached already (loaded when the script starts), which keeps the click-to-reader path instant.
  if (!hasReaderAppearance()) setReaderAppearance(await readerAppearance());
  openReader(article);
  return true;
}

/** Declutter in place; with `toggle`, a second run shows all again. */
async function declutterOrRestore(toggle: boolean): Promise<boolean> {
  if (toggle && isDecluttered()) {
    restoreAll();
    return true;
  }
  return (await declutterPage()).active;
}

/** Runs `mode` once. With `toggle`, a second run undoes the first (toolbar button, shortcuts). */
export async function runMode(mode: CleanMode, { toggle }: { toggle: boolean }): Promise<boolean> {
  switch (mode) {
    case 'reader':
      if (toggle && isReaderOpen()) {
        closeReader();
        return true;
      }
      return openReaderWithSettings(false);
    case 'declutter':
      return declutterOrRestore(toggle);
  }
}

function hideEarly(): () => void {
  const style = document.createElement('style');
  style.id = EARLY_STYLE_ID;
  style.textContent = EARLY_CSS;
  (document.head ?? document.documentElement).append(style);
  const reveal = (): void => style.remove();
  setTimeout(reveal, EARLY_HIDE_MAX_MS);
  return reveal;
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/** Called at document_start on a registered auto-clean site. */
export async function autoCleanAtLoad(mode: CleanMode): Promise<void> {
  // Before the page paints: reader mode hides the page until reader view covers it; declutter mode
  // hides known clutter until declutter, which needs the loaded page, takes over.
  const reveal = mode === 'reader' ? hideEarly() : hideKnownClutterEarly();
  try {
    await domReady();
    await runMode(mode, { toggle: false });
  } finally {
    reveal();
  }
}
