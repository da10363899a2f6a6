/**
 * List items and headings with nothing in them: icon-font bullets, print and share buttons whose
 * label was an image Readability dropped, spacer headings. Reader view shows them as a bare bullet
 * or an empty gap. A block that holds a picture, an embed or a table is never empty.
 */
import { removeWithEmptyParents, type PostCleanRule } from './shared.ts';

const CONTENT = 'img, picture, video, audio, iframe, embed, object, svg, canvas, table, math';

/** Whitespace, no-break and zero-width spaces only. */
const BLANK = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*$/;

export function isEmptyBlock(el: Element): boolean {
  return BLANK.test(el.textContent ?? '') && !el.querySelector(CONTENT);
}

export const emptyBlocks: PostCleanRule = {
  id: 'empty-blocks',
  apply(body) {
    for (const el of Array.from(body.querySelectorAll('li, h1, h2, h3, h4, h5, h6'))) {
      if (body.contains(el) && isEmptyBlock(el)) removeWithEmptyParents(el, body);
    }
  },
};
