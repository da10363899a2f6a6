/**
 * Finds the article in the LIVE page, given what extraction found on a clone: the live elements
 * whose text is article text (paragraphs, headline, byline) and the article's images. Rules use
 * it so they never hide anything that holds article text. Reads the page, never changes it.
 */
import { collapse, normalizeText, visibleTextOf, wordCount } from './text.ts';
import { runToEnd, sliceClock } from '../steps.ts';
import { matchesAny } from './tweaks.ts';
import { isInlinePromo, MAX_PROMO_WORDS, siteHostsOf } from './promo.ts';
import { teaserRuns } from './teaser-runs.ts';
import { unmarkTeaserCards } from './teaser-cards.ts';
import { boilerplateLineOf } from './boilerplate-lines.ts';
import { isStoryHeading } from './rules/story-heading.ts';
import { isCommentHeading } from './rules/comments.ts';
import { inConsentBox } from './rules/consent.ts';
import { isSignUpPitch } from './rules/newsletter.ts';
import { siteBoxesOf } from './site-boxes.ts';
import { trailEndingIn } from './breadcrumbs.ts';
import { findHeadline, findLogo, inLandmarkBeside, isTeaserFigure, markByline, markImages, nearestH1 } from './article-parts.ts';

/** What extraction found on the clone, in the shape the live-page search needs. */
export interface ArticleHints {
  text: string;
  title: string;
  byline: string | null;
  /** Absolute addresses of the article's images (lead image included). */
  imageUrls: string[];
}

export interface ArticleMap {
  /** The deepest live element holding most of the article's text, or null when none matched. */
  root: Element | null;
  /** The root widened to take in the headline: the article's column. */
  column: Element | null;
  headline: Element | null;
  /** Elements whose text or image is the article's. */
  marked: ReadonlySet<Element>;
  /** Breadcrumb trails ending with the title, outside the text: not protected, and navigation to hide. */
  trails: readonly Element[];
  /** True when `element` holds article content or sits inside it: such a block is never hidden. */
  containsArticle(element: Element): boolean;
  /** True when `element` itself or something inside it is article content (its ancestors aside). */
  holdsArticle(element: Element): boolean;
  /** True when the element's whole text (4 words or more) is part of the extracted article's text. */
  holdsArticleText(element: Element): boolean;
}

const BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, figcaption, blockquote, pre, caption, div, section, article, main, aside, header, footer, nav, ul, ol, table, figure, body';
/** Below this many words, a block matches only an exact line of the article inside the root. */
const MIN_MATCH_WORDS = 4;
/** Headings of the site's boxes are short ("Related", "Leave a Reply", "Subscribe to our newsletter"). */
const SITE_HEADING_WORDS = 12;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** How long mapArticleSteps reads before it pauses. */
const SLICE_MS = 40;

/** `personHides`: the person's own hide selectors; the site's logo is kept only if they did not list it. */
export function mapArticle(doc: Document, hints: ArticleHints | null, personHides: readonly string[] = []): ArticleMap {
  return runToEnd(mapArticleSteps(doc, hints, personHides));
}

/** `mapArticle` in steps: it pauses every `SLICE_MS` while it reads the page's text (a 5 MB page takes hundreds of ms). */
export function* mapArticleSteps(doc: Document, hints: ArticleHints | null, personHides: readonly string[] = []): Generator<void, ArticleMap> {
  const marked = new Set<Element>();
  const body = doc.body;
  if (!hints || !body) return build(null, null, null, marked, () => false);

  // Normalised line by line, with pauses: a 5 MB article's text took a few hundred ms at once.
  // No word spans a line break, so the lines joined are the whole text normalised.
  const clock = sliceClock(SLICE_MS, 64);
  const normalized: string[] = [];
  // Lines without a word ("=)", "***") are matched as written: normalising leaves nothing of them.
  const wordless = new Set<string>();
  for (const line of hints.text.split(/\n+/)) {
    const norm = normalizeText(line);
    if (norm) normalized.push(norm);
    else if (line.trim()) wordless.add(collapse(line));
    if (clock.due()) yield;
  }
  const whole = ` ${[...normalized, normalizeText(hints.title), normalizeText(hints.byline ?? '')].filter(Boolean).join(' ')} `;
  const lines = new Set(normalized);
  const weights = new Map<Element, number>();
  const short = new Set<Element>();
  const seen = new Set<Element>();
  // Most article blocks are whole lines of the text: a Set lookup finds them at once. Searching the
  // whole text for every block made a 20,000-paragraph page freeze for 15 s (bench:huge).
  const inArticle = (norm: string): boolean => lines.has(norm) || whole.includes(` ${norm} `);
  // "Lea también: <link>" lines are in the extracted text but are the site's promos, not the article.
  const hosts = siteHostsOf(doc);
  const promos = new Set<Element>();
  /** Blocks marked for text runs of their own: their block children (a comment section, a widget) are judged on their own. */
  const mixed = new Set<Element>();
  // A "Read also:" label with a list of this site's headlines after it: extraction keeps both.
  const siteBoxes = [...siteBoxesOf(doc), ...teaserRuns(body, hosts)];
  const isSiteBlock = (block: Element, line: ShortLine): boolean => isSiteLine(block, line.raw, line.norm, line.words, hosts) || siteBoxes.some((box) => box.contains(block));
  /** Short blocks the article has not claimed (yet): judged as the site's lines only if one of their text runs is the article's. */
  const unjudged = new Map<Element, ShortLine>();

  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The page may change during a pause; the walker carries on from where it is.
    if (clock.due()) yield;
    const parent = node.parentElement;
    if (!parent || SKIPPED.has(parent.tagName) || !(node.nodeValue ?? '').trim()) continue;
    const block = parent.closest(BLOCK_SELECTOR) ?? parent;
    if (!seen.has(block)) {
      seen.add(block);
      const raw = visibleTextOf(block);
      const norm = normalizeText(raw);
      const words = norm ? norm.split(' ').length : 0;
      const line: ShortLine | null = words > 0 && words <= MAX_PROMO_WORDS && block.tagName !== 'BODY' ? { raw, norm, words } : null;
      const long = words >= MIN_MATCH_WORDS && inArticle(norm);
      // An emoticon or a separator the author ended a paragraph with is a line of the text too.
      const shortLine = !long && ((words > 0 && words < MIN_MATCH_WORDS && lines.has(norm)) || (words === 0 && wordless.has(collapse(raw))));
      // Whether a line is the site's matters only when the article would claim it: the site-line
      // tests on every menu item and footer line of the page were a fifth of the map's time.
      if (line && (long || shortLine) && isSiteBlock(block, line)) {
        promos.add(block);
        continue;
      }
      if (long) weights.set(block, norm.length);
      else if (shortLine) short.add(block);
      else if (line) unjudged.set(block, line);
    }
    if (weights.has(block) || short.has(block) || promos.has(block)) continue;
    // A block mixing article text with other things (a hidden label, a widget): keep the article's own text runs.
    const own = normalizeText(node.nodeValue ?? '');
    if (wordCount(own) >= 6 && whole.includes(` ${own} `)) {
      const line = unjudged.get(block);
      unjudged.delete(block);
      if (line && isSiteBlock(block, line)) {
        promos.add(block);
        continue;
      }
      weights.set(parent, Math.max(weights.get(parent) ?? 0, own.length));
      mixed.add(parent);
    }
  }

  yield;
  const root = heaviestRoot(body, weights);
  // Extraction may take a cookie notice for the text (on a page whose story is a list of links):
  // protecting the notice would hide the story around it, so there is no article to go by.
  if (root && inConsentBox(root)) return build(null, null, null, new Set(), () => false);
  const trails: Element[] = [];
  for (const [element] of weights) {
    // A link whose whole text is article text, outside the article, is a teaser of this story elsewhere.
    // So is a list item with a link that starts like the article (a ticker of teasers, this one included).
    // And a block in a sidebar, menu or footer landmark outside the text is a teaser too ("Trending: <title>").
    if (root && !root.contains(element) && (isWholeLink(element) || isTeaserItem(element) || inLandmarkBeside(element, root))) continue;
    // "Home › Cars › <the title>": the trail's last step repeats the title.
    const trail = root && !root.contains(element) ? trailEndingIn(element, hints.title, hosts) : null;
    if (trail) {
      trails.push(trail);
      continue;
    }
    marked.add(element);
  }
  // Short lines ("Conclusion", "Related") count only between the article's first and last long
  // block: sites split one article over several sections, each with its own sub-headings.
  const span = Array.from(marked).reduce<Element | null>((lca, element) => (lca ? commonAncestor(lca, element) : element), null);
  for (const element of short) if (span?.contains(element) && !element.closest('a, nav, aside, footer')) marked.add(element);
  // Figures between the article's paragraphs are its figures, even when extraction dropped them.
  if (span && span !== body) for (const figure of span.querySelectorAll('figure')) if (!figure.closest('a, nav, aside, footer, li') && !isTeaserFigure(figure)) marked.add(figure);

  yield;
  const headline = findHeadline(doc, hints.title, root) ?? nearestH1(doc, root);
  if (headline) marked.add(headline);
  // The column takes in every long article block (a site may split the text over sections) unless
  // that would be the whole page because of a stray match; then the main text decides.
  const textSpan = span && span !== body ? span : root;
  const column = headline && textSpan ? commonAncestor(headline, textSpan) : textSpan;
  markImages(doc, hints.imageUrls, marked);
  // The site's logo stays, so the page is still recognisably the site's own.
  const logo = findLogo(doc.body, column ?? root);
  if (logo && !matchesAny(logo, personHides)) marked.add(logo);
  // Byline and date sit next to the headline or at the top of the body, not in lists elsewhere.
  for (const scope of [headline?.parentElement?.parentElement, root]) markByline(scope ?? null, hints.byline, marked);
  // A grid of other stories' cards that extraction kept inside the article's container.
  if (span && span !== body) unmarkTeaserCards(span, marked, weights, headline);
  const holdsArticleText = (element: Element): boolean => {
    const norm = normalizeText(visibleTextOf(element));
    return wordCount(norm) >= MIN_MATCH_WORDS && inArticle(norm);
  };
  return build(root, column, headline, marked, holdsArticleText, mixed, trails);
}

/** A block short enough to be one of the site's lines, with its text as read once. */
interface ShortLine {
  raw: string;
  norm: string;
  words: number;
}

/**
 * A line of the site inside or beside the text, though extraction may have kept it: a promo to
 * another article, an ad label, a credit or category line, a "Related"/"Comments"/"Subscribe" heading.
 */
function isSiteLine(block: Element, raw: string, norm: string, words: number, hosts: ReadonlySet<string>): boolean {
  if (boilerplateLineOf(block, raw)) return true;
  if (words <= SITE_HEADING_WORDS && !block.querySelector('p, li') && (isStoryHeading(norm) || isCommentHeading(norm) || isSignUpPitch(norm))) return true;
  return !!block.querySelector('a[href]') && isInlinePromo(block, hosts);
}

/** Inline elements sit in the flow of a text run: inside a block with article text they are the article's. */
const INLINE = new Set(['A', 'B', 'STRONG', 'EM', 'I', 'SPAN', 'SMALL', 'SUP', 'SUB', 'U', 'ABBR', 'CITE', 'CODE', 'MARK', 'Q', 'S', 'TIME', 'FONT', 'BR', 'IMG', 'PICTURE', 'LABEL']);

function build(root: Element | null, column: Element | null, headline: Element | null, marked: Set<Element>, holdsArticleText: (element: Element) => boolean, mixed: ReadonlySet<Element> = new Set(), trails: readonly Element[] = []): ArticleMap {
  const bearing = new Set<Element>();
  for (const element of marked) {
    for (let at: Element | null = element; at && !bearing.has(at); at = at.parentElement) bearing.add(at);
  }
  return {
    root,
    column,
    headline,
    marked,
    trails,
    holdsArticleText,
    holdsArticle: (element) => bearing.has(element),
    containsArticle(element) {
      if (bearing.has(element)) return true;
      const inline = INLINE.has(element.tagName);
      for (let at = element.parentElement; at; at = at.parentElement) if (marked.has(at) && (inline || !mixed.has(at))) return true;
      return false;
    },
  };
}

/** Walks down from body while one child holds most (60%) of the matched article text: teasers that repeat article sentences elsewhere must not drag the root up to body. */
function heaviestRoot(body: Element, weights: Map<Element, number>): Element | null {
  const totals = new Map<Element, number>();
  let total = 0;
  for (const [element, weight] of weights) {
    total += weight;
    for (let at: Element | null = element; at; at = at.parentElement) totals.set(at, (totals.get(at) ?? 0) + weight);
  }
  if (total === 0) return null;
  let at: Element = body;
  for (;;) {
    // Sibling links, not Array.from(children): jsdom (CLI, tests) makes that quadratic in the child count.
    let next: Element | null = at.firstElementChild;
    while (next && (totals.get(next) ?? 0) < 0.6 * total) next = next.nextElementSibling;
    if (!next || weights.has(at)) return at;
    at = next;
  }
}

function isWholeLink(element: Element): boolean {
  const link = element.closest('a') ?? element.querySelector('a');
  return !!link && normalizeText(link.textContent ?? '') === normalizeText(element.textContent ?? '');
}

function isTeaserItem(element: Element): boolean {
  return !!element.closest('li')?.querySelector('a[href]');
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let at: Element | null = a; at; at = at.parentElement) if (at.contains(b)) return at;
  return null;
}
