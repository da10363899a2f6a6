/**
 * Groups of teaser cards: a row of sibling boxes, each a linked headline of another page with at
 * most a picture and a line or two ("Mehr zum Thema" cards, a related-posts grid). Extraction keeps
 * such a grid when it sits inside the article's container, so the article map must not take the
 * cards for the article. Known by structure alone: two or more sibling cards, each one heading and
 * one link target reached by the headline, the picture or a link of its own ("Read more").
 * (Extraction's post-clean `teaser-cards.ts` drops single nested <article> cards from the copy; grids
 * of plain boxes are only recognisable here, with the live page's structure around them.)
 */
import { wordCount } from './text.ts';

const HEADLINES = 'h2, h3, h4, h5';
const MAX_CARD_WORDS = 60;
const MIN_CARDS = 2;

/** The containers in `scope` whose children include at least two teaser cards. */
export function teaserCardGroups(scope: Element): Element[] {
  const groups = new Set<Element>();
  const looked = new Set<Element>();
  for (const headline of scope.querySelectorAll(HEADLINES)) {
    const card = cardOf(headline, scope);
    const group = card?.parentElement;
    if (!card || !group || looked.has(group)) continue;
    looked.add(group);
    let cards = 0;
    for (let child = group.firstElementChild; child; child = child.nextElementSibling) if (isCard(child)) cards++;
    if (cards >= MIN_CARDS) groups.add(group);
  }
  return [...groups];
}

/** The outermost short box around a linked headline (below `scope`) that is still one card. */
function cardOf(headline: Element, scope: Element): Element | null {
  let card: Element | null = null;
  for (let at = headline.parentElement; at && at !== scope && isCard(at); at = at.parentElement) card = at;
  return card;
}

function isCard(element: Element): boolean {
  if (element.querySelectorAll('img').length > 1 || element.querySelectorAll(HEADLINES).length !== 1) return false;
  if (element.querySelector('p p, ul, ol, table, form') || wordCount(element.textContent ?? '') > MAX_CARD_WORDS) return false;
  // One target, reached by the headline, the picture or a link standing on its own ("Read more"),
  // never by a link inside a sentence: that is a short section of prose under a sub-heading.
  const links = Array.from(element.querySelectorAll('a[href]'));
  const targets = new Set(links.map((link) => link.getAttribute('href')));
  return targets.size === 1 && links.every(isTeaserLink);
}

function isTeaserLink(link: Element): boolean {
  if (link.querySelector(`${HEADLINES}, img`) || link.parentElement?.matches(HEADLINES)) return true;
  const parent = link.parentElement;
  return !!parent && (parent.matches('div, article, section, header, footer') || (parent.textContent ?? '').trim() === (link.textContent ?? '').trim());
}

/**
 * Takes the marks off what sits in a grid of teaser cards inside `scope`, unless the cards hold
 * most of the matched text: then the page is a list of stories and the cards are its content.
 */
export function unmarkTeaserCards(scope: Element, marked: Set<Element>, weights: ReadonlyMap<Element, number>, keep: Element | null): void {
  const groups = teaserCardGroups(scope);
  if (groups.length === 0) return;
  const inGroups = [...marked].filter((element) => element !== keep && groups.some((group) => group.contains(element)));
  const weightOf = (elements: Iterable<Element>): number => [...elements].reduce((total, element) => total + (weights.get(element) ?? 0), 0);
  if (weightOf(inGroups) > MAX_GROUPED_SHARE * weightOf(marked)) return;
  for (const element of inGroups) marked.delete(element);
}

/** From half the article's matched text in cards on, the cards are the article (a list page). */
const MAX_GROUPED_SHARE = 0.5;
