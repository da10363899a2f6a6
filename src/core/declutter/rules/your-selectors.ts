/** The person's own "hide these" selectors for this site, from the options page. */
import { hideable } from '../blocks.ts';
import { matchAll } from '../tweaks.ts';
import type { DeclutterRule } from '../types.ts';

export const YOUR_SELECTORS_RULE_ID = 'your-selectors';

export const yourSelectorsRule: DeclutterRule = {
  id: YOUR_SELECTORS_RULE_ID,
  description: 'Hides what you listed under "Hide these" for this site on the options page.',
  find(doc, context) {
    const selectors = context.tweaks?.hide ?? [];
    // Still never the article: a selector as broad as "div" must not blank the page.
    return matchAll(doc, selectors)
      .filter((element) => hideable(element, context))
      .map((element) => ({ element, kind: 'your rule' as const }));
  },
};
