/**
 * The article's title as a heading at the top of the body. Reader view prints the title itself
 * above the body, so the page's own copy shows it twice. Readability drops such a heading only
 * when it meets it first; sites also repeat the title in a second header inside the story.
 */
import { comparable, removeWithEmptyParents, textOf } from './shared.ts';

/** How much text may come before the heading for it to still count as "at the top". */
const TOP_OF_BODY_CHARS = 200;
const HEADING_NAME = /^h[1-6]$/;

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
    } else {
      // Whitespace between tags adds nothing, so only text looks for a heading around it.
      const chars = comparable(node.nodeValue ?? '').length;
      if (chars > 0 && !inHeading(node)) before += chars;
    }
  }
  for (const heading of repeats) removeWithEmptyParents(heading, body);
}

/** Whether a heading holds `node` (what `closest('h1, …, h6')` on its parent finds, without a selector query per text). */
function inHeading(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (HEADING_NAME.test(el.localName)) return true;
  return false;
}
