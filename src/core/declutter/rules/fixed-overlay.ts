/**
 * Sticky and fixed bars and overlays that cover the text (layout rule: needs measurements, which
 * the content script takes from the live page and tests inject).
 */
import { hideable } from '../blocks.ts';
import { ruleClock, steppedRule } from '../rule-steps.ts';
import type { Finding } from '../types.ts';

/** A fixed element this wide (share of the viewport) is a bar across the text… */
const MIN_WIDTH_SHARE = 0.5;
/** …or this tall, a box over it; smaller ones (a back-to-top button) are left alone. */
const MIN_HEIGHT_SHARE = 0.25;

export const fixedOverlayRule = steppedRule({
  id: 'fixed-overlay',
  description: 'Hides fixed or sticky bars and overlays wide or tall enough to cover the text.',
  // In steps: reading every element's style takes a few hundred ms on a page of 50,000 links.
  *findSteps(doc, context) {
    const { measure, viewport } = context;
    if (!measure || !viewport || !doc.body) return [];
    const found: Finding[] = [];
    const taken: Element[] = [];
    const clock = ruleClock(256);
    for (const element of doc.body.querySelectorAll('*')) {
      if (clock.due()) yield;
      if (taken.some((outer) => outer.contains(element))) continue;
      // Most elements are static: reading only their position skips a layout box per element
      // (0.7 s on a page of 50,000 links, bench:huge).
      const position = context.position?.(element);
      if (position !== undefined && position !== 'fixed' && position !== 'sticky') continue;
      const box = measure(element);
      if (box.position !== 'fixed' && box.position !== 'sticky') continue;
      if (!box.visible) continue;
      const covers = box.width >= viewport.width * MIN_WIDTH_SHARE || box.height >= viewport.height * MIN_HEIGHT_SHARE;
      if (!covers || !hideable(element, context)) continue;
      taken.push(element);
      found.push({ element, kind: 'overlay' });
    }
    return found;
  },
});
