/**
 * Blocks outside the article's column: everything that holds none of the kept parts (the
 * column, and outside it the headline, byline, images and the site's logo) but does hold text or
 * media. Walks up from each kept part and takes the siblings on the way, so a site header keeps
 * its logo while its menus, search box and "hot topics" go.
 */
import { hideable } from '../blocks.ts';
import type { DeclutterRule, Finding } from '../types.ts';

const INERT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR', 'HR', 'TITLE', 'BASE']);

export const outsideColumnRule: DeclutterRule = {
  id: 'outside-column',
  description: 'Hides blocks outside the article\'s column (beside, above or below it) that hold none of the article or the site\'s logo.',
  find(doc, context) {
    const column = context.article.column ?? context.article.root;
    const body = doc.body;
    if (!column || !body || !body.contains(column)) return [];
    const anchors = [column, ...Array.from(context.article.marked).filter((element) => !column.contains(element) && body.contains(element))];
    const onPath = new Set<Element>();
    for (const anchor of anchors) for (let at: Element | null = anchor; at && at !== body; at = at.parentElement) onPath.add(at);
    const found: Finding[] = [];
    for (const parent of new Set(Array.from(onPath, (element) => element.parentElement))) {
      if (!parent) continue;
      for (const child of Array.from(parent.children)) {
        if (onPath.has(child) || INERT.has(child.tagName) || !hideable(child, context)) continue;
        if (!(child.textContent ?? '').trim() && !child.querySelector('img, iframe, video, svg, picture')) continue;
        found.push({ element: child, kind: 'outside article' });
      }
    }
    return found;
  },
};
