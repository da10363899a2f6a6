/** In-article promos ("Lea también: …", "À lire aussi", "MIRA: …"): see promo.ts for what counts. */
import { hideable } from '../blocks.ts';
import { isInlinePromo, MAX_PROMO_WORDS, siteHostsOf } from '../promo.ts';
import { teaserRuns } from '../teaser-runs.ts';
import { wordCount } from '../text.ts';
import type { DeclutterRule, Finding } from '../types.ts';

const CANDIDATES = 'p, h2, h3, h4, h5, h6, div, blockquote, aside';

export const inArticlePromoRule: DeclutterRule = {
  id: 'in-article-promo',
  description: 'Hides lines inside the article that send you to another article of the site ("Read also: …", "Lea también: …", "À lire aussi", "Mehr zum Thema"), and a short label followed by a list of the site\'s headlines.',
  find(doc, context) {
    const column = context.article.column ?? context.article.root;
    if (!column) return [];
    const hosts = siteHostsOf(doc);
    const found: Finding[] = [];
    // From the links, not from every block: a column has far fewer links than blocks.
    const tried = new Set<Element>();
    for (const link of column.querySelectorAll('a[href]')) {
      const block = link.parentElement?.closest(CANDIDATES);
      if (!block || tried.has(block) || !column.contains(block)) continue;
      tried.add(block);
      if (wordCount(block.textContent ?? '') > MAX_PROMO_WORDS) continue;
      if (isInlinePromo(block, hosts) && hideable(block, context)) found.push({ element: block, kind: 'story list' });
    }
    // A label line with a block of the site's headlines after it ("Read also:" + a list).
    for (const block of teaserRuns(column, hosts)) if (hideable(block, context)) found.push({ element: block, kind: 'story list' });
    return found;
  },
};
