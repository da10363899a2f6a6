/**
 * The numbers the learned block scorer reads (rules/scored-blocks.ts), one function for the
 * training tool (bench/train-declutter-blocks.ts) and the extension alike. DOM structure only: no
 * layout (jsdom has none, and reading it in the page costs time), no vocabulary learned from the
 * data, only the multilingual word cues the hand rules already use.
 */
import type { ArticleMap } from './article-map.ts';
import { isSameSiteLink, siteHostsOf } from './promo.ts';
import { isPageLink, pageKeyOf } from '../page-link.ts';
import { collapse, visibleTextOf, wordCount } from './text.ts';
import { isStoryHeading } from './rules/story-heading.ts';
import { runToEnd } from '../steps.ts';
import { isCommentHeading } from './rules/comments.ts';
import { isSignUpPitch } from './rules/newsletter.ts';

/**
 * Cross-validation dropped a few first ideas: a "three words or fewer" flag and the share of
 * sentence ends cost article lines on held-out slices; a name or line cue the hand rules know,
 * a `<time>` and "inside the column" never vary among the blocks the rules leave (the rules hide
 * those already, and everything outside the column).
 */
export const BLOCK_FEATURES = [
  'logWords', 'linkDensity', 'logLinks', 'siteLinkShare', 'repeatedLinkShare', 'wordsPerLink',
  'logListItems', 'logHeadings', 'logImages', 'logControls', 'logMedia', 'digitShare',
  'before', 'after', 'logDepth', 'landmarkTag', 'listTag', 'paragraphTag', 'headingCue',
] as const;

export type BlockFeature = (typeof BLOCK_FEATURES)[number];
export type BlockFeatures = Record<BlockFeature, number>;

/** What every block of a page is measured against: computed once per page. */
export interface PageFacts {
  hosts: ReadonlySet<string>;
  /** How many links on the page lead to each page (key: pageKeyOf). */
  linkTargets: ReadonlyMap<string, number>;
  column: Element | null;
  first: Element | null;
  last: Element | null;
}

const LANDMARKS = new Set(['ASIDE', 'NAV', 'FOOTER', 'HEADER', 'FORM']);
const LANDMARK_ROLES = /^(navigation|complementary|contentinfo|banner|search|form)$/;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const IMAGE_TAGS = new Set(['img', 'picture']);
const CONTROL_TAGS = new Set(['input', 'button', 'select', 'textarea', 'form']);
const MEDIA_TAGS = new Set(['video', 'audio', 'iframe', 'table', 'figure', 'pre', 'blockquote']);

interface BlockParts {
  listItems: number;
  headings: number;
  images: number;
  controls: number;
  media: number;
  /** The first heading inside the block (not the block itself). */
  firstHeading: Element | null;
}

export function pageFactsOf(doc: Document, article: ArticleMap): PageFacts {
  return runToEnd(pageFactsSteps(doc, article, { due: () => false }));
}

/** `pageFactsOf` in steps: reading where 50,000 links lead takes a few hundred milliseconds. */
export function* pageFactsSteps(doc: Document, article: ArticleMap, clock: { due(): boolean }): Generator<void, PageFacts> {
  const linkTargets = new Map<string, number>();
  for (const link of doc.getElementsByTagName('a')) {
    if (clock.due()) yield;
    const href = link.getAttribute('href');
    if (!isPageLink(href)) continue;
    const key = pageKeyOf(href, doc.URL);
    linkTargets.set(key, (linkTargets.get(key) ?? 0) + 1);
  }
  let first: Element | null = null;
  let last: Element | null = null;
  for (const element of article.marked) {
    if (!first || element.compareDocumentPosition(first) & 4 /* FOLLOWING */) first = element;
    if (!last || last.compareDocumentPosition(element) & 4) last = element;
  }
  return { hosts: siteHostsOf(doc), linkTargets, column: article.column ?? article.root, first, last };
}

export function blockFeaturesOf(block: Element, page: PageFacts): BlockFeatures {
  const doc = block.ownerDocument;
  const text = collapse(visibleTextOf(block));
  const words = wordCount(text);
  const chars = Math.max(text.length, 1);
  const links: Element[] = Array.from(block.getElementsByTagName('a')).filter((link) => isPageLink(link.getAttribute('href')));
  if (block.tagName === 'A' && isPageLink(block.getAttribute('href'))) links.push(block);
  let linkChars = 0;
  let linkWords = 0;
  let siteLinks = 0;
  let repeated = 0;
  for (const link of links) {
    const own = collapse(link.textContent ?? '');
    linkChars += own.length;
    linkWords += wordCount(own);
    if (isSameSiteLink(link, page.hosts, doc)) siteLinks++;
    if ((page.linkTargets.get(pageKeyOf(link.getAttribute('href') ?? '', doc.URL)) ?? 0) > 1) repeated++;
  }
  const parts = partsOf(block);
  const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
  const headingText = parts.firstHeading ? visibleTextOf(parts.firstHeading) : '';
  const role = block.getAttribute('role') ?? '';
  return {
    logWords: Math.log1p(words),
    linkDensity: Math.min(share(linkChars, chars), 1),
    logLinks: Math.log1p(links.length),
    siteLinkShare: share(siteLinks, links.length),
    repeatedLinkShare: share(repeated, links.length),
    wordsPerLink: Math.log1p(share(linkWords, links.length)),
    logListItems: Math.log1p(parts.listItems),
    logHeadings: Math.log1p(parts.headings),
    logImages: Math.log1p(parts.images),
    logControls: Math.log1p(parts.controls),
    logMedia: Math.log1p(parts.media),
    digitShare: share((text.match(/\p{Nd}/gu) ?? []).length, chars),
    ...positionOf(block, page),
    landmarkTag: LANDMARKS.has(block.tagName) || LANDMARK_ROLES.test(role) ? 1 : 0,
    listTag: /^(UL|OL|DL)$/.test(block.tagName) ? 1 : 0,
    paragraphTag: block.tagName === 'P' ? 1 : 0,
    headingCue: headingText && (isStoryHeading(headingText) || isCommentHeading(headingText) || isSignUpPitch(headingText)) ? 1 : 0,
  };
}

/**
 * The block's parts by kind, the block itself included (a candidate may be the list or the form),
 * in one walk: on a page of 50,000 links every list item is a candidate, and six selector
 * searches each took about half the time of reading a block's features (jsdom, 712 ms → 381 ms
 * over 965 blocks).
 */
function partsOf(block: Element): BlockParts {
  const parts: BlockParts = { listItems: 0, headings: 0, images: 0, controls: 0, media: 0, firstHeading: null };
  const tally = (element: Element, inside: boolean): void => {
    const tag = element.localName;
    if (tag === 'li') parts.listItems++;
    else if (IMAGE_TAGS.has(tag)) parts.images++;
    else if (CONTROL_TAGS.has(tag)) parts.controls++;
    else if (MEDIA_TAGS.has(tag)) parts.media++;
    if (HEADING_TAGS.has(tag) || element.getAttribute('role') === 'heading') {
      parts.headings++;
      if (inside && !parts.firstHeading) parts.firstHeading = element;
    }
  };
  tally(block, false);
  for (const element of block.getElementsByTagName('*')) tally(element, true);
  return parts;
}

/** Where the block sits against the article: before its first line, after its last, how deep inside its column. */
function positionOf(block: Element, page: PageFacts): Pick<BlockFeatures, 'before' | 'after' | 'logDepth'> {
  const before = page.first && block.compareDocumentPosition(page.first) & 4 /* FOLLOWING */ ? 1 : 0;
  const after = page.last && page.last.compareDocumentPosition(block) & 4 && !block.contains(page.last) ? 1 : 0;
  const column = page.column;
  let depth = 0;
  if (column?.contains(block)) for (let at = block.parentElement; at && at !== column; at = at.parentElement) depth++;
  return { before, after, logDepth: Math.log1p(depth) };
}
