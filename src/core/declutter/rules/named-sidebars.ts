/**
 * Sidebars and widgets the site names so ("sidebar", "widget", "widget-area": every WordPress
 * theme's sidebar boxes), outside the article's text. Sites without <aside> still name them, and
 * when the article's column is wide (a table layout, one wrapper around everything) the layout
 * rules do not reach them. Inside the text a "widget" may be the article's own chart or embed, so
 * only blocks outside the text's root are taken.
 */
import { hideable, nameTokens } from '../blocks.ts';
import type { DeclutterRule, Finding } from '../types.ts';

const SIDEBAR_TOKENS = new Set(['sidebar', 'sidebars', 'widget', 'widgets', 'widgetarea']);

/** True when the site names `element` a sidebar or a widget (whole class/id words). */
export function isNamedSidebar(element: Element): boolean {
  return nameTokens(element).some((token) => SIDEBAR_TOKENS.has(token));
}

export const namedSidebarsRule: DeclutterRule = {
  id: 'named-sidebars',
  description: 'Hides blocks named sidebar or widget outside the article\'s text that hold none of it.',
  find(doc, context) {
    const root = context.article.root;
    if (!root) return [];
    const found: Finding[] = [];
    for (const element of doc.body?.querySelectorAll('[class*="sidebar" i], [id*="sidebar" i], [class*="widget" i], [id*="widget" i]') ?? []) {
      // Outermost only: document order visits a sidebar before the widgets inside it.
      if (found.some((outer) => outer.element.contains(element))) continue;
      if (root.contains(element) || !isNamedSidebar(element) || !hideable(element, context)) continue;
      found.push({ element, kind: 'sidebar' });
    }
    return found;
  },
};
