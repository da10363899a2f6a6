/**
 * Teaser cards inside the article: other stories of the site, each an <article> of its own with a
 * heading and a link, that Readability kept because they share the story's container ("Weitere
 * Beiträge zum Thema", "Noch mehr Infos für dich" and a card or two after it). A nested <article>
 * that is short, has a heading and links to another page is a card, not part of the story. The
 * heading that introduced the cards is then left closing the article, and edge-trim drops it.
 * Structure only, so it reads any language. (Declutter's `declutter/teaser-cards.ts` finds grids of
 * cards on the live page, where a card need not be an <article>; here the copy's nested <article> is the cue.)
 * A line that is an excerpt cut short ("…") and a "more" link, or a heading that is one link, is a
 * teaser too, in any container.
 */
import { isPageLink } from '../../page-link.ts';
import { isHeading, textOf, wordsIn, type PostCleanRule } from './shared.ts';

/** A card is a headline and an excerpt; a longer nested <article> may be a section of the story. */
const MAX_CARD_WORDS = 80;

function pointsElsewhere(link: Element): boolean {
  return isPageLink(link.getAttribute('href'));
}

function linksElsewhere(card: Element): boolean {
  return Array.from(card.querySelectorAll('a[href]')).some(pointsElsewhere);
}

/** True for a nested <article> shaped like a teaser: short, a heading, a link to another page. */
export function isTeaserCard(el: Element): boolean {
  if (el.tagName !== 'ARTICLE' || el.querySelector('article')) return false;
  return wordsIn(textOf(el)) <= MAX_CARD_WORDS && !!el.querySelector('h1, h2, h3, h4, h5, h6') && linksElsewhere(el);
}

/** The link that finishes a cut excerpt: "… more", "… weiterlesen", "… lire la suite". */
const MORE_LINK = /^(?:more|read more|continue reading|mehr|weiter|weiterlesen|mehr lesen|suite|lire la suite|la suite|leer más|más|seguir leyendo|leggi tutto|continua|lees meer|meer)$/i;
const CUT_SHORT = /(?:…|\.\.\.)\s*$/;
/** A teaser's blurb is a line or two; a long cut excerpt may be all a listing page holds of its story. */
const MAX_EXCERPT_WORDS = 30;

/**
 * "Auskunft über vergangenes Wetter… mehr": an excerpt cut short, then a link to read the rest
 * elsewhere. The story itself is never cut off in the middle of its own page.
 */
export function isCutExcerpt(el: Element, text: string): boolean {
  const links = el.getElementsByTagName('a');
  const last = links[links.length - 1];
  if (!last || wordsIn(text) > MAX_EXCERPT_WORDS || !pointsElsewhere(last) || !text.endsWith(textOf(last))) return false;
  const label = textOf(last).replace(/[^\p{L}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return MORE_LINK.test(label) && CUT_SHORT.test(text.slice(0, text.length - textOf(last).length));
}

/**
 * A heading that is wholly one link to another page is the title of a teaser ("Was Sie zum
 * Coronavirus wissen müssen"): the story's own sections are not links away from it. The first line
 * may be the story's title linking to its own address, which reader view shows anyway.
 */
export function isLinkedHeading(el: Element, text: string): boolean {
  if (!isHeading(el)) return false;
  const links = el.getElementsByTagName('a');
  return links.length === 1 && pointsElsewhere(links[0]!) && textOf(links[0]!) === text && wordsIn(text) > 0;
}

export const teaserCards: PostCleanRule = {
  id: 'teaser-cards',
  apply(body, lines) {
    const texts = lines.all().filter((el) => lines.text(el).length > 0);
    const excerpts = texts.filter((el, i) => isCutExcerpt(el, lines.text(el)) || (i > 0 && isLinkedHeading(el, lines.text(el))));
    const cards = [...excerpts, ...Array.from(body.querySelectorAll('article')).filter((el) => el !== body && isTeaserCard(el))];
    if (cards.length === 0) return;
    // A page that is all cards (a list of posts) keeps them: they are what Readability found.
    const cardWords = cards.reduce((sum, card) => sum + wordsIn(textOf(card)), 0);
    if (cardWords > wordsIn(textOf(body)) / 2) return;
    for (const card of cards) lines.remove(card);
  },
};
