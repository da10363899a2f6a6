/** Per-site selectors (site-rules.ts) as a rule: the data says what to hide on a known site. */
import { hideable } from '../blocks.ts';
import { siteSelectorsFor } from '../site-rules.ts';
import type { DeclutterRule, Finding } from '../types.ts';

export const siteSelectorsRule: DeclutterRule = {
  id: 'site-selectors',
  description: 'Hides blocks listed for this site in the per-site rules (e.g. UrduPoint).',
  find(doc, context) {
    const found: Finding[] = [];
    for (const { selector, kind } of siteSelectorsFor(context.host)) {
      for (const element of doc.querySelectorAll(selector)) if (hideable(element, context)) found.push({ element, kind });
    }
    return found;
  },
};
