import { parseInert } from '../html.ts';

/**
 * Changes made to the *clone* before Readability sees it. Each rule fixes something readers are
 * known to lose; all of them only ever touch the clone.
 */

export interface PreCleanRule {
  id: string;
  apply(doc: Document): void;
}

const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
const PLACEHOLDER_SRC = /^data:image\/(gif|png|svg)|blank\.|spacer\.|placeholder|pixel\.|1x1|lazy/i;

/** Lazy-loaded images keep their real address in data attributes (readability#748, #850). */
export const promoteLazyImages: PreCleanRule = {
  id: 'lazy-images',
  apply(doc) {
    for (const img of doc.querySelectorAll('img')) {
      const src = img.getAttribute('src') ?? '';
      if (src && !PLACEHOLDER_SRC.test(src)) continue;
      const lazy = LAZY_SRC_ATTRIBUTES.map((name) => img.getAttribute(name)).find((value) => value && !value.startsWith('data:'));
      if (lazy) img.setAttribute('src', lazy);
      const lazySet = img.getAttribute('data-srcset') ?? img.getAttribute('data-lazy-srcset');
      if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
    }
  },
};

/** `<noscript><img></noscript>` is the no-JS fallback for a lazy image; the clone never runs scripts. */
export const unwrapNoscriptImages: PreCleanRule = {
  id: 'noscript-images',
  apply(doc) {
    for (const noscript of Array.from(doc.querySelectorAll('noscript'))) {
      // With scripting on (browsers) <noscript> holds raw text; with it off (jsdom) it holds elements.
      const markup = noscript.textContent ?? '';
      const img = noscript.querySelector('img') ?? (/<img\b/i.test(markup) ? parseInert(doc, markup).querySelector('img') : null);
      if (!img) continue;
      const previous = noscript.previousElementSibling;
      if (previous?.tagName === 'IMG' && PLACEHOLDER_SRC.test(previous.getAttribute('src') ?? 'lazy')) previous.remove();
      noscript.replaceWith(doc.importNode(img, true));
    }
  },
};

export const PRE_CLEAN_RULES: PreCleanRule[] = [unwrapNoscriptImages, promoteLazyImages];

export function preClean(doc: Document, rules: PreCleanRule[] = PRE_CLEAN_RULES): void {
  for (const rule of rules) rule.apply(doc);
}
