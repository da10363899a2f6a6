/**
 * A teaser set between two paragraphs of the story: a line that is wholly one link to another page
 * of the same site, titled like a headline (">> Wegen Corona: … <<", "The latest news about … (free)",
 * "( Reacción de candidatos … )"). News sites drop these into the running text to keep readers on
 * the site; the story's own links sit inside its sentences. Edge-trim handles such lines at the
 * article's edges; here both neighbours must be prose, so only a line inside the story is judged.
 * A one-item list holding such a link is the same teaser; a longer list is the story's own list.
 *
 * Kept: links to other sites (a source, a study), to files ("Tableau.pdf"), links whose text is an
 * address, and short links of one to three words (a name, "here").
 */
import { isDocumentLink, isPageLink, siteHostOf } from '../../page-link.ts';
import { textOf, wordsIn, type Lines, type PostCleanRule } from './shared.ts';

/** A neighbour is prose when it has this many words, under half of them in links. */
const PROSE_WORDS = 12;
/** A teaser's title has a few words; one to three are a name or a button. */
const MIN_TEASER_WORDS = 4;
const MIN_LINK_SHARE = 0.85;
const ADDRESS_TEXT = /^(?:https?:\/\/|www\.)/i;

function isProse(el: Element, index: Lines): boolean {
  return wordsIn(index.text(el)) >= PROSE_WORDS && index.linkShare(el) < 0.5;
}

/** One link to another page of the page's own site, titled like a headline. */
export function isInlineTeaser(el: Element, index: Lines, pageUrl: string): boolean {
  const links = el.getElementsByTagName('a');
  if (links.length !== 1 || wordsIn(index.text(el)) < MIN_TEASER_WORDS || index.linkShare(el) < MIN_LINK_SHARE) return false;
  // A list item counts only as a list of one: items of a longer list are the story's own list.
  if (el.tagName === 'LI' && (el.parentElement?.children.length ?? 0) > 1) return false;
  const href = links[0]!.getAttribute('href');
  if (!isPageLink(href) || isDocumentLink(href) || ADDRESS_TEXT.test(textOf(links[0]!))) return false;
  const host = siteHostOf(pageUrl);
  return !!host && siteHostOf(href, pageUrl) === host;
}

export const inlineTeasers: PostCleanRule = {
  id: 'inline-teasers',
  apply(body, index) {
    const pageUrl = body.ownerDocument.URL;
    const lines = index.all().filter((el) => index.text(el).length > 0);
    const teasers = lines.filter(
      (el, i) => i > 0 && i < lines.length - 1 && isProse(lines[i - 1]!, index) && isProse(lines[i + 1]!, index) && isInlineTeaser(el, index, pageUrl),
    );
    for (const teaser of teasers) index.remove(teaser);
  },
};
