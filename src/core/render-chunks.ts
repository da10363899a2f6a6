/**
 * Huge articles (20,000 paragraphs) froze the page for seconds when reader view sanitised and
 * inserted them in one go. This splits the article markup at top-level blocks and yields one piece
 * of about `size` characters at a time, so reader view can sanitise and append piece by piece
 * between tasks. Sanitising block by block gives the same result as sanitising the whole. An
 * article extracted off the page's thread comes already split (shared/copy-port.ts), so the page
 * does not even parse it whole.
 */
import { parseInert } from './html.ts';

/** Below this, the article is rendered in one piece: most articles are far smaller. */
export const CHUNK_CHARS = 20_000;

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element whose children are the article's blocks, skipping single-child wrappers. */
function blockContainer(body: Element): Element {
  let container = body;
  for (;;) {
    const elements = Array.from(container.children);
    const hasText = Array.from(container.childNodes).some((node) => node.nodeType === 3 && (node.nodeValue ?? '').trim());
    const only = elements[0];
    if (elements.length !== 1 || hasText || !only || /^(TABLE|UL|OL|DL|PRE|FIGURE|BLOCKQUOTE)$/i.test(only.tagName)) return container;
    container = only;
  }
}

/** Pieces of `html`, each a run of whole top-level blocks of about `size` characters. */
export function* htmlChunks(html: string, doc: Document, size = CHUNK_CHARS): Generator<string> {
  if (html.length <= size) {
    yield html;
    return;
  }
  const container = blockContainer(parseInert(doc, html).body);
  let piece = '';
  for (const node of Array.from(container.childNodes)) {
    piece += node.nodeType === 1 ? (node as Element).outerHTML : node.nodeType === 3 ? escapeText(node.nodeValue ?? '') : '';
    if (piece.length >= size) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
