/**
 * The learned block scorer: what the hand rules leave beside the article (related lists, author
 * lines, widgets, sign-up boxes with no name a rule knows) is scored by a logistic model over the
 * block's structure (block-features.ts) and hidden above the threshold. The weights are fitted
 * by bench/train-declutter-blocks.ts and chosen by cross-validation on pages it did not fit on;
 * precision first: no article line lost on any held-out slice at the shipped threshold.
 */
import { candidateBlockSteps } from '../block-candidates.ts';
import { blockFeaturesOf, pageFactsSteps } from '../block-features.ts';
import { BLOCK_MODEL, BLOCK_THRESHOLD } from '../block-model.ts';
import { probabilityOf } from '../../linear-model.ts';
import { ruleClock, steppedRule } from '../rule-steps.ts';
import type { Finding } from '../types.ts';

export const SCORED_BLOCKS_RULE_ID = 'scored-blocks';

export const scoredBlocksRule = steppedRule({
  id: SCORED_BLOCKS_RULE_ID,
  description: 'Hides blocks beside the article that no other rule named when a model fitted on labelled pages scores them as the site\'s, not the article\'s.',
  judgesWhatIsLeft: true,
  // In steps: on a page of 50,000 links, reading where each leads and scoring the blocks around
  // them took one task of half a second (bench:huge).
  *findSteps(doc, context, hidden = new Set()) {
    if (!context.article.root || !doc.body) return [];
    const clock = ruleClock(64);
    const page = yield* pageFactsSteps(doc, context.article, clock);
    const found: Finding[] = [];
    const blocks = yield* candidateBlockSteps(doc.body, context.article, hidden, clock);
    for (const block of blocks) {
      if (clock.due()) yield;
      if (probabilityOf(BLOCK_MODEL, blockFeaturesOf(block, page)) >= BLOCK_THRESHOLD) found.push({ element: block, kind: 'outside article' });
    }
    return found;
  },
});
