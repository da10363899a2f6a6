/**
 * Columns beside the article (rails, sidebars without semantic markup): siblings of the article's
 * column and of its ancestors that sit left or right of it. Layout rule: needs measurements.
 */
import { hideable } from '../blocks.ts';
import type { DeclutterRule, Finding, Measurement } from '../types.ts';

/** Rails this narrow relative to the article's column are never the article's own second column. */
const MAX_WIDTH_SHARE = 0.9;

export const besideArticleRule: DeclutterRule = {
  id: 'beside-article',
  description: 'Hides columns that sit beside the article (left or right of its column) and hold none of its text.',
  find(doc, context) {
    const { measure } = context;
    const column = context.article.column ?? context.article.root;
    if (!measure || !column) return [];
    const article = measure(column);
    if (!article.visible || article.width === 0) return [];
    const found: Finding[] = [];
    for (let at: Element = column; at.parentElement && at !== doc.body; at = at.parentElement) {
      for (const sibling of Array.from(at.parentElement.children)) {
        if (sibling === at || !hideable(sibling, context)) continue;
        const box = measure(sibling);
        if (box.visible && isBeside(box, article)) found.push({ element: sibling, kind: 'sidebar' });
      }
    }
    return found;
  },
};

/** Entirely left or right of the article, overlapping it vertically. */
export function isBeside(box: Measurement, article: Measurement): boolean {
  const left = box.left + box.width <= article.left + 1;
  const right = box.left >= article.left + article.width - 1;
  const vertical = box.top < article.top + article.height && box.top + box.height > article.top;
  return (left || right) && vertical && box.width <= article.width * MAX_WIDTH_SHARE && box.height > 0;
}
