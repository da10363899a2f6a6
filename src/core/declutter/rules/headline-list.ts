/**
 * Lists of other stories without a telling heading: blocks that are mostly links to other pages,
 * usually with times ("53 minutes ago") or thumbnails.
 */
import { hideable } from '../blocks.ts';
import { linkStatsSteps, wordCount } from '../text.ts';
import { runToEnd } from '../../steps.ts';
import { ruleClock, steppedRule } from '../rule-steps.ts';
import type { Finding } from '../types.ts';

const TIME_AGO = /\b\d+\s*(sec|second|min|minute|hour|hr|day|week|month)s?\s+ago|\b(just now|yesterday)\b|منٹ پہلے|گھنٹے پہلے|دن پہلے|منذ|मिनट पहले|घंटे पहले/i;
const CANDIDATES = 'ul, ol, div, section, table, dl';
/** Share of the text inside links above which a block is a list of links. */
const LINK_SHARE = 0.7;
const MIN_LINKS = 4;

/** A list of stories: several distinct links, most of the text in links (or items with times/thumbnails). */
export function isHeadlineList(element: Element): boolean {
  return runToEnd(headlineListSteps(element));
}

/** `isHeadlineList` with a pause point per link: one list of 25,000 links took 30-50 ms to read. */
function* headlineListSteps(element: Element, pause: () => boolean = () => false): Generator<void, boolean> {
  const stats = yield* linkStatsSteps(element, pause);
  if (stats.links < MIN_LINKS - 1 || stats.chars === 0) return false;
  const targets = new Set<string>();
  for (const link of element.querySelectorAll('a[href]')) {
    if (pause()) yield;
    const href = link.getAttribute('href');
    if (href && !href.startsWith('#')) targets.add(href);
  }
  if (targets.size < MIN_LINKS - 1) return false;
  const share = stats.linkChars / stats.chars;
  if (share >= LINK_SHARE && targets.size >= MIN_LINKS) return true;
  // Teasers with a time or a thumbnail per item carry more unlinked text.
  const times = (element.textContent ?? '').match(new RegExp(TIME_AGO.source, 'gi'))?.length ?? 0;
  const thumbs = element.querySelectorAll('a[href] img').length;
  return share >= 0.3 && (times >= 3 || thumbs >= 3);
}

/** A list right under one of the article's own sub-headings ("Sources & links") is the article's. */
export function introducedByArticle(element: Element, marked: ReadonlySet<Element>): boolean {
  const previous = element.previousElementSibling;
  return !!previous && marked.has(previous) && wordCount(previous.textContent ?? '') <= 8;
}

export const headlineListRule = steppedRule({
  id: 'headline-list',
  description: 'Hides blocks that are mostly links to other stories (often with times like "53 minutes ago" or thumbnails).',
  // In steps: one list of 25,000 links takes tens of ms to read, a page may hold several.
  *findSteps(doc, context) {
    const found: Finding[] = [];
    const taken: Element[] = [];
    const clock = ruleClock(1);
    // Inside a list, the clock is read every 64 links.
    let links = 0;
    const pause = (): boolean => ++links % 64 === 0 && clock.due();
    for (const element of doc.body?.querySelectorAll(CANDIDATES) ?? []) {
      if (clock.due()) yield;
      // Outermost match only: document order visits ancestors first.
      if (taken.some((outer) => outer.contains(element))) continue;
      if (!hideable(element, context) || introducedByArticle(element, context.article.marked) || !(yield* headlineListSteps(element, pause))) continue;
      taken.push(element);
      found.push({ element, kind: 'story list' });
    }
    return found;
  },
});
