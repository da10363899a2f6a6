import { parseInert } from '../html.ts';
import type { ElementVisitor } from './safe-clone.ts';

/**
 * Changes made to the *clone* before Readability sees it. Each rule fixes something readers are
 * known to lose; all of them only ever touch the clone.
 */

export interface PreCleanRule {
  id: string;
  /** Changes `doc`; a rule that adds or removes children notes their parent in `reshaped`. */
  apply(doc: Document, reshaped?: Element[], tags?: PreCleanTags): void;
}

/**
 * The page's <noscript> and <img> elements, found on the clone's own walk (safe-clone.ts), so the
 * rules look up no tag in the whole page (each look-up walks it). The rules keep them current:
 * what they disconnect leaves, the images they add join (at the end: only lazy images read them, one by one).
 */
export interface PreCleanTags {
  noscripts: Element[];
  images: Element[];
}

/** Gathers `PreCleanTags` from a walk of the page's elements in page order. */
export function preCleanCollector(): { found: PreCleanTags; visit: ElementVisitor } {
  const found: PreCleanTags = { noscripts: [], images: [] };
  const visit: ElementVisitor = (el, localName) => {
    if (localName === 'noscript') found.noscripts.push(el);
    else if (localName === 'img') found.images.push(el);
  };
  return { found, visit };
}

/** Drops from `tags` what a rule took out of the page. */
function keepCurrent(tags: PreCleanTags): void {
  tags.noscripts = tags.noscripts.filter((el) => el.isConnected);
  tags.images = tags.images.filter((el) => el.isConnected);
}

const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
/** Characters of text a <noscript> image fallback may hold (a credit, a caption) before it is taken for content. */
const MAX_FALLBACK_TEXT = 200;
const PLACEHOLDER_SRC = /^data:image\/(gif|png|svg)|blank\.|spacer\.|placeholder|pixel\.|1x1|lazy/i;

/** Lazy-loaded images keep their real address in data attributes (readability#748, #850). */
export const promoteLazyImages: PreCleanRule = {
  id: 'lazy-images',
  apply(doc, _reshaped, tags) {
    promoteLazyImagesIn(doc, tags?.images);
  },
};

/** The lazy-images rule on part of a page (it only reads each image's own attributes). */
export function promoteLazyImagesIn(root: Document | Element, images: Element[] = Array.from(root.getElementsByTagName('img'))): void {
  for (const img of images) {
    const src = img.getAttribute('src') ?? '';
    if (src && !PLACEHOLDER_SRC.test(src)) continue;
    const lazy = LAZY_SRC_ATTRIBUTES.map((name) => img.getAttribute(name)).find((value) => value && !value.startsWith('data:'));
    if (lazy) img.setAttribute('src', lazy);
    const lazySet = img.getAttribute('data-srcset') ?? img.getAttribute('data-lazy-srcset');
    if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
  }
}

/**
 * `<noscript><img></noscript>` is the no-JS fallback for a lazy image; the clone never runs scripts.
 * With scripting on (a browser) the fallback is text; with it off (jsdom, DOMParser) it is elements.
 */
export const unwrapNoscriptImages: PreCleanRule = {
  id: 'noscript-images',
  apply(doc, reshaped, tags) {
    const noscripts = tags?.noscripts ?? Array.from(doc.getElementsByTagName('noscript'));
    const asText = noscripts.filter((noscript) => !noscript.firstElementChild && /<img\b/i.test(noscript.textContent ?? ''));
    const images = new Map<Element, Element>();
    for (const noscript of noscripts) {
      // An image fallback holds an image and next to no text. Parsed with scripting off, an unclosed
      // <noscript> swallows the rest of the page: replacing it with its first image wiped the article.
      if ((noscript.textContent ?? '').trim().length > MAX_FALLBACK_TEXT) continue;
      // By tag, not `querySelector('img')`: a selector query's setup cost, paid per <noscript>, was most of this rule's time.
      const img = noscript.firstElementChild ? (noscript.getElementsByTagName('img')[0] ?? null) : null;
      if (img) images.set(noscript, img);
    }
    if (asText.length > 0) {
      // One inert parse for all of them (a document per <noscript> costs milliseconds on image-heavy pages).
      const inert = parseInert(doc, asText.map((noscript) => `<template>${noscript.textContent ?? ''}</template>`).join(''));
      const templates = Array.from(inert.getElementsByTagName('template'));
      // Markup that broke out of its template would pair images with the wrong places: skip them then.
      if (templates.length === asText.length) {
        asText.forEach((noscript, index) => {
          const content = (templates[index] as HTMLTemplateElement).content;
          const img = content.textContent.trim().length > MAX_FALLBACK_TEXT ? null : content.querySelector('img');
          if (img) images.set(noscript, img);
        });
      }
    }
    for (const [noscript, img] of images) {
      const previous = noscript.previousElementSibling;
      if (previous?.tagName === 'IMG' && PLACEHOLDER_SRC.test(previous.getAttribute('src') ?? 'lazy')) previous.remove();
      if (noscript.parentElement) reshaped?.push(noscript.parentElement);
      const copy = doc.importNode(img, true);
      noscript.replaceWith(copy);
      tags?.images.push(copy);
    }
    if (tags && images.size > 0) keepCurrent(tags);
  },
};

/** A paragraph this long inside a <noscript> is the page's own text, not a "turn on JavaScript" notice. */
const MIN_NOSCRIPT_PARAGRAPH = 80;

/** Characters of paragraphs (80+ characters each) under `root`, optionally leaving <noscript> out. */
function proseChars(root: Element, outsideNoscript: boolean): number {
  let chars = 0;
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    const length = (p.textContent ?? '').trim().length;
    if (length >= MIN_NOSCRIPT_PARAGRAPH && !(outsideNoscript && p.closest('noscript'))) chars += length;
  }
  return chars;
}

/**
 * Parsed with scripting off (the command line, a saved page), a <noscript> that holds more prose
 * than the rest of the page is what the page shows: a blog's post body kept for readers without
 * scripts, or the rest of a page after an unclosed <noscript>. Readability drops every <noscript>,
 * so that one is unwrapped. A consent or "turn on JavaScript" notice, however long, holds less
 * prose than the article beside it and stays. With scripting on (a browser) a <noscript> holds only
 * text, and this rule finds nothing to do.
 */
export const unwrapNoscriptProse: PreCleanRule = {
  id: 'noscript-prose',
  apply(doc, reshaped, tags) {
    const candidates = (tags?.noscripts ?? Array.from(doc.getElementsByTagName('noscript'))).filter((noscript) => noscript.firstElementChild && proseChars(noscript, false) > 0);
    if (candidates.length === 0 || !doc.body) return;
    const outside = proseChars(doc.body, true);
    let unwrapped = false;
    for (const noscript of candidates) {
      if (!noscript.isConnected || proseChars(noscript, false) <= outside) continue;
      if (noscript.parentElement) reshaped?.push(noscript.parentElement);
      noscript.replaceWith(...Array.from(noscript.childNodes));
      unwrapped = true;
    }
    if (tags && unwrapped) keepCurrent(tags);
  },
};

export const PRE_CLEAN_RULES: PreCleanRule[] = [unwrapNoscriptImages, unwrapNoscriptProse, promoteLazyImages];

/**
 * Pre-cleans `doc` and returns the elements whose children changed, so a later step can tell where
 * the live page's structure still matches the clone's (sibling-prose.ts); other rules only set
 * attributes. `tags`: the page's, when its walk found them (`preCleanCollector`).
 */
export function preClean(doc: Document, tags?: PreCleanTags, rules: PreCleanRule[] = PRE_CLEAN_RULES): Element[] {
  const reshaped: Element[] = [];
  for (const rule of rules) rule.apply(doc, reshaped, tags);
  return reshaped;
}
