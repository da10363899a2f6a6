/**
 * Read-on teasers set between the article's paragraphs as two blocks: a short label ("Lesen Sie auch
 * die folgenden Beiträge:", "Schon gelesen?", "Related reading:") and right after it a block that is
 * nothing but links to other pages of this site (a list of headlines, a WordPress embedded-post
 * card). The label has no link and the links have no label, so neither is a promo line alone;
 * together they are one. Structure first: the label is known by its shape (a few words ending in a
 * colon or question mark), the read-also phrases of promo.ts only widen it.
 */
import { isSameSiteLink, PROMO_LABELS } from './promo.ts';
import { linkStats, normalizeText, visibleTextOf, wordCount } from './text.ts';

const TEASER_BLOCKS = 'ul, ol, blockquote, p';
const EMBEDDED_POST_CARD = 'blockquote.wp-embedded-content';
const MAX_LABEL_WORDS = 10;
/** A label is a few words; reading more than this many characters of a block is wasted work. */
const MAX_LABEL_CHARS = 120;
/** A list of a few headlines; more words than this is prose or a menu. */
const MAX_TEASER_WORDS = 80;
const MAX_TEASER_LINKS = 8;
/** Share of the block's text inside links: a headline list is almost all link text. */
const MIN_LINK_SHARE = 0.8;
const LABEL_END = /[:：?？؟]$/u;
/** A link to a document ("Download: report.pdf") is part of the text, not a teaser. */
const FILE_LINK = /\.(pdf|docx?|xlsx?|pptx?|zip|mp3|mp4)([?#]|$)/i;

/** Label and teaser block of every read-on teaser in `scope`, in document order. */
export function teaserRuns(scope: Element, hosts: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  for (const block of scope.querySelectorAll(TEASER_BLOCKS)) {
    // Nested candidates (a <p> inside a teaser's <blockquote>) are the same run.
    if (found.some((earlier) => earlier.contains(block))) continue;
    // WordPress's card for an embedded post is a teaser on its own when the post is this site's.
    const card = block.matches(EMBEDDED_POST_CARD);
    const label = labelBefore(block);
    if ((label || card) && isTeaserBlock(block, hosts)) found.push(...(label ? [label, block] : [block]));
  }
  return found;
}

/** The element right before `block` (past one empty paragraph) when it reads as a short label. */
function labelBefore(block: Element): Element | null {
  let label = block.previousElementSibling;
  if (label && !(label.textContent ?? '').trim() && !label.querySelector('img, iframe, video')) label = label.previousElementSibling;
  if (!label || !label.matches('p, h2, h3, h4, h5, h6, div, strong, b')) return null;
  const text = (label.textContent ?? '').trim();
  if (!text || text.length > MAX_LABEL_CHARS || label.querySelector('a[href], img, input')) return null;
  const words = wordCount(text);
  if (words === 0 || words > MAX_LABEL_WORDS) return null;
  return LABEL_END.test(text) || PROMO_LABELS.test(normalizeText(text)) ? label : null;
}

/** A block made of links to other pages of this site, each item a link: a list of headlines. */
function isTeaserBlock(block: Element, hosts: ReadonlySet<string>): boolean {
  const words = wordCount(visibleTextOf(block));
  if (words === 0 || words > MAX_TEASER_WORDS) return false;
  const links = Array.from(block.querySelectorAll('a[href]'));
  if (links.length === 0 || links.length > MAX_TEASER_LINKS) return false;
  if (!links.every((link) => isSameSiteLink(link, hosts, block.ownerDocument) && !FILE_LINK.test(link.getAttribute('href') ?? ''))) return false;
  if (block.matches('ul, ol') && Array.from(block.children).some((item) => !item.querySelector('a[href]'))) return false;
  const stats = linkStats(block);
  return stats.linkChars >= MIN_LINK_SHARE * stats.chars;
}
