/**
 * The article's title as a heading at the top of the body. Reader view prints the title itself
 * above the body, so the page's own copy shows it twice. Readability drops such a heading only
 * when it meets it first; sites also repeat the title in a second header inside the story.
 */
import { comparable, removeWithEmptyParents, textOf } from './shared.ts';

/** How much text may come before the heading for it to still count as "at the top". */
const TOP_OF_BODY_CHARS = 200;

export function dropRepeatedTitle(body: Element, title: string): void {
  const wanted = comparable(title);
  if (!wanted) return;
  const repeats: Element[] = [];
  let before = 0;
  const walker = body.ownerDocument.createTreeWalker(body, 0x1 | 0x4);
  for (let node = walker.nextNode(); node && before <= TOP_OF_BODY_CHARS; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (/^H[1-6]$/.test(el.tagName) && comparable(textOf(el)) === wanted) repeats.push(el);
    } else if (!node.parentElement?.closest('h1, h2, h3, h4, h5, h6')) {
      before += comparable(node.nodeValue ?? '').length;
    }
  }
  for (const heading of repeats) removeWithEmptyParents(heading, body);
}
