/** Small DOM helpers the post-clean rules share. */

/** One rule applied to Readability's result (an element in the clone, never the live page). */
export interface PostCleanRule {
  id: string;
  apply(body: Element): void;
}

/** Text of an element with whitespace collapsed. */
export function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Number of word tokens, counted the way the scorer and readers see words. */
export function wordsIn(text: string): number {
  return text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}

/** Class and id of an element as one lowercase string, for name patterns. */
export function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase();
}

/** Share of the element's text that sits inside links (0 when it has no text). */
export function linkShare(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/** Block-level elements that a rule may treat as one line of the article. */
export const BLOCK_SELECTOR = 'p, div, section, aside, header, footer, h1, h2, h3, h4, h5, h6, li, ul, ol, dl, blockquote, figure, figcaption, table, span';

/** Blocks that contain no other block: the article's "lines". */
export function leafBlocks(body: Element, selector = 'p, div, h1, h2, h3, h4, h5, h6, li, figcaption, section, aside, header, footer, dt, dd'): Element[] {
  return Array.from(body.querySelectorAll(selector)).filter(
    (el) => !el.querySelector('p, div, h1, h2, h3, h4, h5, h6, li, ul, ol, figure, table, blockquote, section'),
  );
}

/** Removes `el`, then any ancestors left without text or media (up to `stop`). */
export function removeWithEmptyParents(el: Element, stop: Element): void {
  let parent = el.parentElement;
  el.remove();
  while (parent && parent !== stop && !textOf(parent) && !parent.querySelector('img, picture, video, iframe, svg, audio')) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** Replaces an element by another tag with the same children and attributes (the clone only). */
export function retag(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const replacement = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.replaceWith(replacement);
  return replacement;
}
