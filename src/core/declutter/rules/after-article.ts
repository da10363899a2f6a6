/**
 * What follows the article's last line inside its column: tags, "Filed under", the author's bio,
 * rating and print widgets, the comment form, related links. Extraction left all of it out of the
 * article; a block there that repeats the article's words (a second part extraction kept) stays.
 */
import { hideable } from '../blocks.ts';
import { introducedByArticle } from './headline-list.ts';
import { isFurtherReading } from './story-heading.ts';
import { isSameSiteLink, siteHostsOf } from '../promo.ts';
import { isDocumentLink, isPageLink, isPictureLink, pageKeyOf } from '../../page-link.ts';
import { collapse, isProse, visibleTextOf, wordCount } from '../text.ts';
import type { ArticleMap } from '../article-map.ts';
import type { DeclutterRule, Finding } from '../types.ts';

const MEDIA = 'img, picture, video, audio, iframe, embed, object, figure, math, svg, canvas, table, pre, code, blockquote, .MathJax, [class*="math" i]';
const MAX_TRAILING_WORDS = 40;
/** A teaser's headline and excerpt (WordPress cuts excerpts at 55 words). */
const MAX_EXCERPT_WORDS = 60;
/** "By", "Le 05/02/2020": a label or date beside a byline's link. */
const MAX_WORDS_BESIDE_LINK = 3;
/** A sentence of this many words, at least, is prose, not a label ("Source: Reuters.") or a tag line. */
const MIN_SENTENCE_WORDS = 8;
const SENTENCE_END = /[.!?…]["'”»)]?$/;
const INERT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR', 'HR']);

export const afterArticleRule: DeclutterRule = {
  id: 'after-article',
  description: 'Hides what follows the article\'s last line inside its column (tags, author bio, comment form, related links).',
  find(doc, context) {
    const column = context.article.column ?? context.article.root;
    if (!column) return [];
    const last = lastMarkedIn(column, context.article.marked);
    if (!last) return [];
    const found: Finding[] = [];
    const hosts = siteHostsOf(doc);
    for (let at: Element = last; at !== column && at.parentElement; at = at.parentElement) {
      for (let next = at.nextElementSibling; next; next = next.nextElementSibling) {
        if (INERT.has(next.tagName)) continue;
        if (!(next.textContent ?? '').trim() && !next.querySelector('img, iframe, video, svg, picture')) continue;
        // A list right under one of the article's own sub-headings ("Sources") is the article's.
        if (introducedByArticle(next, context.article.marked)) continue;
        if (continuesTheText(next, context.article) || isFurtherReading(next, context.article.root, hosts)) continue;
        if (isAttachment(next)) continue;
        if (!hideable(next, context) || context.article.holdsArticleText(next)) continue;
        if (!mayBeArticle(next) || (!hasOwnMedia(next) && isStoryList(next, hosts))) found.push({ element: next, kind: 'outside article' });
      }
    }
    return found;
  },
};

/**
 * Media, formulas, code and tables after the text are the article's own (an embedded video, a
 * worked example) more often than not; so is a run of prose, which extraction may have missed.
 * What follows the text is kept unless it is short or mostly links.
 */
function mayBeArticle(block: Element): boolean {
  if (hasOwnMedia(block)) return true;
  return isProse(block, MAX_TRAILING_WORDS + 1);
}

/**
 * Other stories of this site, each a headline link with a line of excerpt ("Related posts" with no
 * heading, a news list's cards): two or more pages of this site, every link standing on its own
 * (a headline, a thumbnail, a whole line, the start of an item, a byline's name), at most
 * `MAX_EXCERPT_WORDS` a page. Prose after the text has its links inside sentences, or none.
 */
function isStoryList(block: Element, hosts: ReadonlySet<string>): boolean {
  const doc = block.ownerDocument;
  const links = Array.from(block.querySelectorAll('a[href]')).filter((link) => isPageLink(link.getAttribute('href')));
  if (links.length < 2 || !links.every((link) => isSameSiteLink(link, hosts, doc) && standsAlone(link))) return false;
  const here = pageKeyOf(doc.URL, doc.URL);
  const targets = new Set(links.map((link) => pageKeyOf(link.getAttribute('href') ?? '', doc.URL)).filter((target) => target !== here));
  return targets.size >= 2 && wordCount(visibleTextOf(block)) <= MAX_EXCERPT_WORDS * targets.size;
}

/** A link that is not inside a sentence: it holds a heading or picture, is a whole line, starts its item, or has a word or two beside it ("By <name>"). */
function standsAlone(link: Element): boolean {
  if (link.querySelector('h2, h3, h4, h5, h6, img, picture') || link.closest('h2, h3, h4, h5, h6')) return true;
  const parent = link.parentElement;
  if (!parent) return false;
  const line = collapse(visibleTextOf(parent));
  const own = collapse(visibleTextOf(link));
  if (line === own || wordCount(line) - wordCount(own) <= MAX_WORDS_BESIDE_LINK) return true;
  return parent.matches('li, dd, dt') && line.startsWith(own);
}

/**
 * The article's attachment: "The concept paper is here:" and the link to its PDF, a press
 * release's documents. A reader came for them; a site's own widgets link to pages, not files.
 * Kept are a lead-in (ending in a colon) beside a block of document links, and that block.
 */
function isAttachment(block: Element): boolean {
  const leadIn = (element: Element | null): boolean => !!element && collapse(visibleTextOf(element)).endsWith(':');
  if (linksOnlyToDocuments(block)) return leadIn(block) || leadIn(block.previousElementSibling);
  return leadIn(block) && !!block.nextElementSibling && linksOnlyToDocuments(block.nextElementSibling);
}

function linksOnlyToDocuments(block: Element): boolean {
  const links = Array.from(block.querySelectorAll('a[href]'));
  if (block.matches('a[href]')) links.push(block);
  return links.length > 0 && links.every((link) => isDocumentLink(link.getAttribute('href')));
}

/**
 * Media that is not a link to another page: a thumbnail linking to another story is a teaser's,
 * not a picture of the article (a link to the picture itself, a full-size view, still counts).
 */
function hasOwnMedia(block: Element): boolean {
  for (const media of [block, ...block.querySelectorAll(MEDIA)]) {
    if (!media.matches(MEDIA) || media.tagName === 'FIGURE') continue;
    const link = media.closest('a[href]');
    if (!link || !isPageLink(link.getAttribute('href')) || isPictureLink(link.getAttribute('href'))) return true;
  }
  // A figure with nothing the test above knows (a chart drawn in a div) is the article's figure.
  return (block.matches('figure') || !!block.querySelector('figure')) && !block.querySelector('a[href] img');
}

/**
 * A block set the way the text's own blocks are (the tag and class of a sibling before it that
 * holds the text) and written as a sentence: the text goes on past where extraction stopped (one
 * more short paragraph under the last sub-heading, the closing line in the page builder's next
 * text box). The site's widgets after the text are set otherwise, or are labels and links.
 */
function continuesTheText(block: Element, article: ArticleMap): boolean {
  if (!SENTENCE_END.test(collapse(visibleTextOf(block))) || !isProse(block, MIN_SENTENCE_WORDS)) return false;
  for (let before = block.previousElementSibling; before; before = before.previousElementSibling) {
    if (setLike(block, before) && article.holdsArticle(before)) return true;
  }
  return false;
}

/**
 * Set like `model` all the way down to its text: a named wrapper inside the block needs a
 * like-named counterpart in the model. A CMS puts its licence line in the same outer box as the
 * text but names the field inside otherwise (`field-lizenz` beside `field-text`).
 */
function setLike(block: Element, model: Element): boolean {
  if (!sameSetting(block, model)) return false;
  const inner = block.children.length === 1 ? block.firstElementChild : null;
  if (!inner || inner.classList.length === 0) return true;
  return Array.from(model.children).some((child) => setLike(inner, child));
}

function sameSetting(a: Element, b: Element): boolean {
  const classes = (element: Element): string => [...element.classList].sort().join(' ');
  return a.tagName === b.tagName && classes(a) === classes(b);
}

function lastMarkedIn(column: Element, marked: ReadonlySet<Element>): Element | null {
  let last: Element | null = null;
  for (const element of marked) {
    if (element === column || !column.contains(element)) continue;
    if (!last || last.compareDocumentPosition(element) & 4 /* FOLLOWING */) last = element;
  }
  return last;
}
