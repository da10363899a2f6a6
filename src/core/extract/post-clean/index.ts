/**
 * Rules applied to Readability's result before it becomes `contentHtml` and `text`. Each rule is
 * its own module with tests; the order matters only in that captions are marked before lines are
 * judged (a credit line is a caption, not furniture) and class names are dropped last.
 */
import { boilerplateLines } from './boilerplate-lines.ts';
import { captions } from './captions.ts';
import { closingAppeals } from './closing-appeals.ts';
import { closingBoxes } from './closing-boxes.ts';
import { closingNotes } from './closing-notes.ts';
import { edgeTrim } from './edge-trim.ts';
import { emptyBlocks } from './empty-blocks.ts';
import { headerMeta } from './header-meta.ts';
import { inlineTeasers } from './inline-teasers.ts';
import { metaLines } from './meta-lines.ts';
import { namedFurniture } from './named-furniture.ts';
import { promotions } from './promotions.ts';
import { relatedLinks } from './related-links.ts';
import { relatedTail } from './related-tail.ts';
import { countingWordsOnce, elementsBelow, Lines, type PostCleanRule } from './shared.ts';
import { teaserCards } from './teaser-cards.ts';

export type { PostCleanRule } from './shared.ts';
export { dropRepeatedTitle } from './repeated-title.ts';

/** Class names and ids are needed by the rules but are page noise in the result. */
export const stripNames: PostCleanRule = {
  id: 'strip-names',
  apply(body) {
    for (const el of elementsBelow(body, (el) => el.hasAttribute('class'))) el.removeAttribute('class');
  },
};

export const POST_CLEAN_RULES: PostCleanRule[] = [
  captions, namedFurniture, boilerplateLines, relatedLinks, promotions, metaLines, headerMeta, teaserCards, inlineTeasers, edgeTrim, closingNotes, closingBoxes, closingAppeals, relatedTail, emptyBlocks, stripNames,
];

export function postClean(body: Element, rules: PostCleanRule[] = POST_CLEAN_RULES): void {
  const lines = new Lines(body);
  countingWordsOnce(() => {
    for (const rule of rules) rule.apply(body, lines);
  });
}
