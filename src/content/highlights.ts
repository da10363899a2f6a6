/**
 * Highlights in the page (or in reader view when it is open) with the CSS Custom Highlight API:
 * the live DOM is never changed, and clearing leaves no trace. The style for the page is added
 * by the popup (`scripting.insertCSS`); reader view carries its own in its shadow stylesheet.
 */
import { findTextRanges, type TextTarget } from '../core/find-text.ts';
import { readerContentRoot } from './reader-view.ts';

const ALL = 'plainsight-mention';
const FOCUS = 'plainsight-focus';

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Highlights every target, marks the `focus`-th and scrolls it into view; returns how many were found. */
export function showHighlights(targets: TextTarget[], focus: number): { found: number; focused: boolean } {
  if (!supported()) return { found: 0, focused: false };
  const root = readerContentRoot() ?? document.body;
  const ranges = findTextRanges(root, targets);
  clearHighlights();
  if (ranges.length === 0) return { found: 0, focused: false };
  const current = ranges[Math.min(Math.max(0, focus), ranges.length - 1)] as Range;
  CSS.highlights.set(ALL, new Highlight(...ranges));
  CSS.highlights.set(FOCUS, new Highlight(current));
  scrollRangeIntoView(current);
  return { found: ranges.length, focused: true };
}

/**
 * Centres the range itself (not its paragraph, which may be taller than the window) in the
 * nearest scrolling box: the page, or reader view's overlay.
 */
export function scrollRangeIntoView(range: Range): void {
  const anchor = range.startContainer.parentElement;
  if (!anchor) return;
  anchor.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const rect = range.getBoundingClientRect();
  let box: Element | null = anchor.parentElement;
  while (box && !(box.scrollHeight > box.clientHeight && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
  if (box && box !== document.documentElement && box !== document.body) {
    const frame = box.getBoundingClientRect();
    box.scrollBy({ top: rect.top - frame.top - box.clientHeight / 2 + rect.height / 2, behavior: 'instant' });
  } else {
    window.scrollBy({ top: rect.top - window.innerHeight / 2 + rect.height / 2, behavior: 'instant' });
  }
}

export function clearHighlights(): boolean {
  if (!supported()) return false;
  const had = CSS.highlights.has(ALL) || CSS.highlights.has(FOCUS);
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(FOCUS);
  return had;
}
