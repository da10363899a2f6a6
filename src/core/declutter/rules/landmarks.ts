/**
 * Semantic landmarks that are never the article: navigation, complementary content, page footers,
 * and breadcrumb trails ("Home › News › Politics"), which are navigation even when a site does not
 * wrap them in <nav> (schema.org BreadcrumbList, aria-label, or a class named so).
 */
import { hideable } from '../blocks.ts';
import type { BlockKind, DeclutterRule, Finding } from '../types.ts';

const LANDMARKS: [selector: string, kind: BlockKind][] = [
  ['nav, [role="navigation"]', 'navigation'],
  ['[itemtype*="BreadcrumbList" i], [aria-label*="breadcrumb" i], ol[class*="breadcrumb" i], ul[class*="breadcrumb" i], div[class*="breadcrumb" i]', 'navigation'],
  ['aside, [role="complementary"]', 'sidebar'],
  ['footer, [role="contentinfo"]', 'footer'],
];

export const landmarksRule: DeclutterRule = {
  id: 'landmarks',
  description: 'Hides nav, aside and footer elements (and their ARIA roles) and breadcrumb trails that hold no article text.',
  find(doc, context) {
    const found: Finding[] = [];
    for (const [selector, kind] of LANDMARKS) {
      for (const element of doc.body?.querySelectorAll(selector) ?? []) {
        // An aside inside the body is a pull quote or a note, part of the text; a related-stories
        // box there is caught by the story rules instead.
        if (kind === 'sidebar' && context.article.root?.contains(element)) continue;
        if (hideable(element, context)) found.push({ element, kind });
      }
    }
    // Trails without a name the article map found by their last step, the title.
    for (const trail of context.article.trails) if (hideable(trail, context)) found.push({ element: trail, kind: 'navigation' });
    return found;
  },
};
