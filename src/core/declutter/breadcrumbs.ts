/**
 * Breadcrumb trails that end with the page's own title ("Home › Cars › Skoda: the long road to
 * electric"). The last crumb repeats the title, so the article map would take it for article text
 * and protect the whole trail, named or not. Known by structure, not by name: a short box whose
 * other text is a few links to pages of this site before the crumb, with separators between.
 */
import { normalizeText, wordCount } from './text.ts';
import { siteTargetOf } from './promo.ts';

/** A trail is a handful of steps; more links is a menu. */
const MAX_STEPS = 8;
/** Text outside the links and the crumb: separators and a "You are here:" label at most. */
const MAX_LOOSE_WORDS = 3;
/** How far up from the crumb the trail's box may be (crumb in a span, in a list item, in the list). */
const LEVELS = 3;

/**
 * The trail box around `crumb` when `crumb` (a block outside the article's text whose words are
 * the title's) is the last step of a breadcrumb trail; null otherwise.
 */
export function trailEndingIn(crumb: Element, title: string, hosts: ReadonlySet<string>): Element | null {
  const own = normalizeText(crumb.textContent ?? '');
  if (!own || !normalizeText(title).includes(own)) return null;
  for (let box = crumb.parentElement, level = 0; box && level < LEVELS; box = box.parentElement, level++) {
    const steps = Array.from(box.querySelectorAll('a[href]')).filter((link) => !crumb.contains(link) && !link.contains(crumb));
    if (steps.length === 0) continue;
    // A box with a heading, a paragraph or a picture is a page header or a teaser, not a trail.
    if (steps.length > MAX_STEPS || box.querySelector('h1, h2, h3, p, img, form')) return null;
    if (!steps.every((link) => !!siteTargetOf(link, hosts, box.ownerDocument) && link.compareDocumentPosition(crumb) & 4 /* crumb FOLLOWS */)) return null;
    const stepWords = steps.reduce((total, link) => total + wordCount(link.textContent ?? ''), 0);
    return wordCount(box.textContent ?? '') - wordCount(own) - stepWords <= MAX_LOOSE_WORDS ? box : null;
  }
  return null;
}
