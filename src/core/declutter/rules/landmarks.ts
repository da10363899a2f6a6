/** Semantic landmarks that are never the article: navigation, complementary content, page footers. */
import { hideable } from '../blocks.ts';
import type { BlockKind, DeclutterRule, Finding } from '../types.ts';

const LANDMARKS: [selector: string, kind: BlockKind][] = [
  ['nav, [role="navigation"]', 'navigation'],
  ['aside, [role="complementary"]', 'sidebar'],
  ['footer, [role="contentinfo"]', 'footer'],
];

export const landmarksRule: DeclutterRule = {
  id: 'landmarks',
  description: 'Hides nav, aside and footer elements (and their ARIA roles) that hold no article text.',
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
    return found;
  },
};
