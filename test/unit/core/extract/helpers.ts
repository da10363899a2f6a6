/** Builds a detached article body (as Readability returns it) and runs one post-clean rule on it. */
import { Lines, type PostCleanRule } from '../../../../src/core/extract/post-clean/shared.ts';
import { blockText } from '../../../../src/core/extract/block-text.ts';

export function body(html: string): Element {
  const doc = document.implementation.createHTMLDocument('');
  const div = doc.createElement('div');
  // Test markup written here, parsed in an inert document: the same path parseInert takes.
  const inert = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  for (const child of Array.from(inert.body.firstElementChild!.childNodes)) div.appendChild(doc.importNode(child, true));
  return div;
}

export function run(rule: PostCleanRule, html: string): Element {
  const root = body(html);
  rule.apply(root, new Lines(root));
  return root;
}

/** Text as a reader sees it, one space between blocks. */
export function text(el: Element): string {
  return blockText(el).replace(/\s+/g, ' ').trim();
}
