/**
 * The declutter rule registry, in priority order: when two rules match nested blocks the outer
 * block is hidden, and for the same block the first rule here names it.
 */
import type { DeclutterRule } from '../types.ts';
import { aboutBoxesRule } from './about-boxes.ts';
import { adsRule } from './ads.ts';
import { afterArticleRule } from './after-article.ts';
import { besideArticleRule } from './beside-article.ts';
import { boilerplateLinesRule } from './boilerplate-lines.ts';
import { commentsRule } from './comments.ts';
import { consentRule } from './consent.ts';
import { fixedOverlayRule } from './fixed-overlay.ts';
import { headlineListRule } from './headline-list.ts';
import { inArticlePromoRule } from './in-article-promo.ts';
import { landmarksRule } from './landmarks.ts';
import { namedSidebarsRule } from './named-sidebars.ts';
import { newsletterRule } from './newsletter.ts';
import { outsideColumnRule } from './outside-column.ts';
import { scoredBlocksRule } from './scored-blocks.ts';
import { shareBarsRule } from './share-bars.ts';
import { siteSelectorsRule } from './site-selectors.ts';
import { storyHeadingRule } from './story-heading.ts';
import { teaserBoxesRule } from './teaser-boxes.ts';
import { yourSelectorsRule } from './your-selectors.ts';

export const DECLUTTER_RULES: readonly DeclutterRule[] = [
  yourSelectorsRule,
  siteSelectorsRule,
  consentRule,
  fixedOverlayRule,
  adsRule,
  shareBarsRule,
  storyHeadingRule,
  headlineListRule,
  teaserBoxesRule,
  inArticlePromoRule,
  newsletterRule,
  commentsRule,
  aboutBoxesRule,
  boilerplateLinesRule,
  landmarksRule,
  namedSidebarsRule,
  besideArticleRule,
  outsideColumnRule,
  afterArticleRule,
  // Last: it judges only what every rule above left.
  scoredBlocksRule,
];
