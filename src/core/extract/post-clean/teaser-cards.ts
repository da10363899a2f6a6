/**
 * Teaser cards inside the article: other stories of the site, each an <article> of its own with a
 * heading and a link, that Readability kept because they share the story's container ("Weitere
 * Beiträge zum Thema", "Noch mehr Infos für dich" and a card or two after it). A nested <article>
 * that is short, has a heading and links to another page is a card, not part of the story. The
 * heading that introduced the cards is then left closing the article, and edge-trim drops it.
 * Structure only, so it reads any language. (Declutter's `declutter/teaser-cards.ts` finds grids of
 * cards on the live page, where a card need not be an <article>; here the copy's nested <article> is the cue.)
 */
import { isPageLink } from '../../page-link.ts';
import { textOf, wordsIn, type PostCleanRule } from './shared.ts';

/** A card is a headline and an excerpt; a longer nested <article> may be a section of the story. */
const MAX_CARD_WORDS = 80;

function linksElsewhere(card: Element): boolean {
  return Array.from(card.querySelectorAll('a[href]')).some((link) => isPageLink(link.getAttribute('href')));
}

/** True for a nested <article> shaped like a teaser: short, a heading, a link to another page. */
export function isTeaserCard(el: Element): boolean {
  if (el.tagName !== 'ARTICLE' || el.querySelector('article')) return false;
  return wordsIn(textOf(el)) <= MAX_CARD_WORDS && !!el.querySelector('h1, h2, h3, h4, h5, h6') && linksElsewhere(el);
}

export const teaserCards: PostCleanRule = {
  id: 'teaser-cards',
  apply(body, lines) {
    const cards = Array.from(body.querySelectorAll('article')).filter((el) => el !== body && isTeaserCard(el));
    if (cards.length === 0) return;
    // A page that is all cards (a list of posts) keeps them: they are what Readability found.
    const cardWords = cards.reduce((sum, card) => sum + wordsIn(textOf(card)), 0);
    if (cardWords > wordsIn(textOf(body)) / 2) return;
    for (const card of cards) lines.remove(card);
  },
};
