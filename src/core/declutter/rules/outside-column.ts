/**
 * Blocks outside the article's column: siblings of the column and of each of its ancestors that
 * hold none of the article (no article text, headline, byline or image) but do hold text or media.
 * The site's logo is marked as kept by the article map, so the header that holds it stays.
 */
import { hideable } from '../blocks.ts';
import type { DeclutterRule, Finding } from '../types.ts';

const INERT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR', 'HR', 'TITLE', 'BASE']);

export const outsideColumnRule: DeclutterRule = {
  id: 'outside-column',
  description: 'Hides blocks outside the article\'s column (beside, above or below it) that hold none of the article.',
  find(doc, context) {
    const column = context.article.column ?? context.article.root;
    if (!column || !doc.body || !doc.body.contains(column)) return [];
    const found: Finding[] = [];
    for (let at: Element = column; at !== doc.body && at.parentElement; at = at.parentElement) {
      for (const sibling of Array.from(at.parentElement.children)) {
        if (sibling === at || INERT.has(sibling.tagName) || !hideable(sibling, context)) continue;
        if (!(sibling.textContent ?? '').trim() && !sibling.querySelector('img, iframe, video, svg, picture')) continue;
        found.push({ element: sibling, kind: 'other' });
      }
    }
    return found;
  },
};
