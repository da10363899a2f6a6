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

/** Four paragraphs of a plain news story, for rules that judge what comes after the story. */
export const STORY =
  '<p>The city council voted on Tuesday to close the old road to traffic from next spring, after years of complaints about noise.</p>' +
  '<p>Residents had asked for the change for years, the mayor said in a statement, and the works will start in March.</p>' +
  '<p>Shops along the road will get a grant to cover the months of building work, the council added on Wednesday evening.</p>' +
  '<p>Drivers will be sent along the ring road, which the council says can take the extra traffic at rush hour without new lights.</p>';
