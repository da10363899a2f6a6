/**
 * Single teasers of other stories inside the article's column: a box whose one link target is
 * another page of this site, reached by a linked headline or a linked thumbnail, with at most a
 * line or two of excerpt ("Weitere Informationen" + one teaser, WordPress's embedded-post card, a
 * "next story" box after the text). Groups of such cards are teaser-cards.ts's; a single card has
 * no heading the story rules know and, with its thumbnail, passes for the article's media after
 * the text. Known by structure alone; links to other sites (sources, shops) are left alone.
 */
import { hideable } from '../blocks.ts';
import { isSameSiteLink, siteHostsOf } from '../promo.ts';
import { isPageLink, isPictureLink, pageKeyOf } from '../../page-link.ts';
import { visibleTextOf, wordCount } from '../text.ts';
import type { DeclutterRule, Finding } from '../types.ts';

/** A teaser is a headline and a line or two; more is a section of the page. */
const MAX_TEASER_WORDS = 60;
/** Sixty words of any language, with room for markup's white space and a script or two. */
const MAX_TEASER_CHARS = 2000;
/** How far up from its link a teaser's box may reach (link, heading, text box, card, wrapper). */
const MAX_LEVELS = 5;
/** A story card on a list page: a kicker, a headline, a standfirst, a byline, a picture or two. */
const CARD_LEVELS = 3;
const MAX_CARD_CHARS = 3000;
const LINKED_HEADLINE = 'h2 a[href], h3 a[href], h4 a[href]';
/** From this share of the article's matched words in story cards on, the page is a list of stories. */
const LISTED_SHARE = 0.5;
const HEADINGS = 'h2, h3, h4, h5, h6';
// A captioned picture is a gallery's slide or the article's figure, not a teaser's thumbnail.
const NOT_A_TEASER = 'h1, ul, ol, table, form, iframe, video, audio, blockquote, pre, figcaption';

export const teaserBoxesRule: DeclutterRule = {
  id: 'teaser-boxes',
  description: 'Hides single teasers of the site\'s other stories inside the article\'s column: one linked headline or thumbnail with a line or two.',
  find(doc, context) {
    const column = context.article.column ?? context.article.root;
    if (!column) return [];
    const hosts = siteHostsOf(doc);
    const here = pageKeyOf(doc.URL, doc.URL);
    const found: Finding[] = [];
    const judged = new Map<Element, boolean>();
    const isTeaser = (box: Element): boolean => {
      let verdict = judged.get(box);
      if (verdict === undefined) judged.set(box, (verdict = isSingleTeaser(box, hosts, here)));
      return verdict;
    };
    for (const link of column.querySelectorAll('a[href]')) {
      if (!holdsImageOrHeading(link) && !link.closest(HEADINGS)) continue;
      // Links come in document order: one inside a teaser already found follows that teaser at once.
      if (found[found.length - 1]?.element.contains(link)) continue;
      let box: Element | null = null;
      // A linked heading alone is not a teaser: it may head a section of prose that extraction left out.
      for (let at = link.parentElement, level = 0; at && at !== column && level < MAX_LEVELS && hideable(at, context); at = at.parentElement, level++) {
        if (at.matches(`${HEADINGS}, a`)) continue;
        if (!isTeaser(at)) break;
        box = at;
      }
      if (box && !context.article.holdsArticleText(box)) found.push({ element: box, kind: 'story list' });
    }
    // On a section front extraction's "article" is itself a run of story cards: the others are the page's content too.
    return found.length > 0 && isListOfStories(context.article.marked, column, hosts, here) ? [] : found;
  },
};

/**
 * Half or more of the matched article words sit in story cards (a short box with a linked
 * headline to another page of this site): the page is a list of stories, as teaser-cards.ts
 * decides for grids, and extraction's text is some of them.
 */
function isListOfStories(marked: ReadonlySet<Element>, column: Element, hosts: ReadonlySet<string>, here: string): boolean {
  let all = 0;
  let inCards = 0;
  // Each box judged once: a long article's paragraphs share their parents, whose text is long.
  const verdicts = new Map<Element, 'card' | 'no' | 'too long'>();
  const judge = (box: Element): 'card' | 'no' | 'too long' => {
    let verdict = verdicts.get(box);
    if (verdict) return verdict;
    if ((box.textContent ?? '').length > MAX_CARD_CHARS) verdict = 'too long';
    else verdict = Array.from(box.querySelectorAll(LINKED_HEADLINE)).some((link) => isSameSiteLink(link, hosts, box.ownerDocument) && pageKeyOf(link.getAttribute('href') ?? '', box.ownerDocument.URL) !== here) ? 'card' : 'no';
    verdicts.set(box, verdict);
    return verdict;
  };
  for (const element of marked) {
    if (element === column || !column.contains(element)) continue;
    const words = wordCount(element.textContent ?? '');
    all += words;
    for (let at = element.parentElement, level = 0; at && at !== column && level < CARD_LEVELS; at = at.parentElement, level++) {
      const verdict = judge(at);
      if (verdict === 'too long') break;
      if (verdict === 'card') {
        inCards += words;
        break;
      }
    }
  }
  return all > 0 && inCards >= LISTED_SHARE * all;
}

/**
 * One link target (another page of this site, not this one) reached by a headline or a picture,
 * at most one picture and one heading, a few words: a teaser card.
 */
export function isSingleTeaser(box: Element, hosts: ReadonlySet<string>, here: string): boolean {
  // The column's big wrappers are judged too, on the way up from each link: read their length first.
  if ((box.textContent ?? '').length > MAX_TEASER_CHARS) return false;
  if (box.querySelector(NOT_A_TEASER) || box.querySelectorAll('img').length > 1 || box.querySelectorAll(HEADINGS).length > 1) return false;
  const links = Array.from(box.querySelectorAll('a[href]')).filter((link) => isPageLink(link.getAttribute('href')));
  // A link to the picture itself is a full-size view of the article's image, not another story.
  if (links.some((link) => isPictureLink(link.getAttribute('href')))) return false;
  if (links.length === 0) return false;
  const targets = new Set(links.map((link) => pageKeyOf(link.getAttribute('href') ?? '', box.ownerDocument.URL)));
  if (targets.size !== 1 || targets.has(here) || !isSameSiteLink(links[0] as Element, hosts, box.ownerDocument)) return false;
  const words = wordCount(visibleTextOf(box));
  if (words > MAX_TEASER_WORDS) return false;
  // A linked line on its own ("Read this article in Turkish.") may be the article's: a teaser shows
  // a picture, or a label or an excerpt beside its headline.
  const linkWords = links.reduce((total, link) => total + wordCount(link.textContent ?? ''), 0);
  return !!box.querySelector('img, picture') || words > linkWords;
}

const IMAGE_OR_HEADING = new Set(['IMG', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * A tag walk, not `link.querySelector`: jsdom (the command line's DOM) throws on a selector query
 * rooted at a link when the page has a `<base>` without href (browsers do not).
 */
function holdsImageOrHeading(link: Element): boolean {
  for (const inner of link.getElementsByTagName('*')) if (IMAGE_OR_HEADING.has(inner.tagName)) return true;
  return false;
}
