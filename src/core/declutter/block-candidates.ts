/**
 * The blocks the learned scorer judges (rules/scored-blocks.ts, bench/train-declutter-blocks.ts):
 * what is left of the page once the article map has protected the article and the rules have
 * named their blocks. The same walk serves training and the extension, so the model is scored in
 * the browser on exactly the kind of block it was fitted on.
 */
import type { ArticleMap } from './article-map.ts';
import { visibleTextOf, wordCount } from './text.ts';
import { runToEnd } from '../steps.ts';

/**
 * A block longer than this is split into its children: a whole sidebar or page footer is judged
 * part by part, so one widget holding a line of the article does not keep the others, and one
 * article line in it does not make the model learn that long link-heavy boxes are article.
 */
export const MAX_CANDIDATE_WORDS = 250;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'BR', 'HR', 'HEAD', 'SVG', 'svg']);
/**
 * The article's own kinds of content: after the text, a table, a quotation, code or a video is the
 * article's more often than not (after-article says the same), and a model fitted on a few hundred
 * blocks must not learn otherwise from a digit share. A figure counts unless it is a link's (a teaser's thumbnail).
 */
const ARTICLE_MEDIA = 'table, pre, video, audio, blockquote, math';
/** Parts of a list or table: beside items that are the article's (a filmography's other rows, a list's short items), they are its too. */
const ITEM_TAGS = new Set(['LI', 'DT', 'DD', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION']);
/**
 * Phrasing elements: beside the parent's own words they are part of a sentence ("<b>M2</b> –
 * Making DevTools compatible"), not a block, and hiding one would cut the sentence.
 */
const PHRASING = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR']);
/** Hidden by the page itself: the reader never sees it, and hiding it again gains nothing. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** True when the page's own markup hides `element` (no layout read: the same answer in jsdom). */
export function hiddenByMarkup(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
}

/**
 * The outermost text-bearing blocks that neither hold nor sit inside the article and that no
 * rule hides, in document order; one over `MAX_CANDIDATE_WORDS` or around a block a rule hides is
 * replaced by its children. `hidden`: the blocks the other rules chose.
 */
export function candidateBlocks(body: Element, article: ArticleMap, hidden: ReadonlySet<Element>): Element[] {
  return runToEnd(candidateBlockSteps(body, article, hidden, { due: () => false }));
}

/**
 * `candidateBlocks` in steps, pausing when `clock` says: on a page of 50,000 links every item of
 * the lists is a candidate, and reading all their text at once was one long task.
 */
export function* candidateBlockSteps(body: Element, article: ArticleMap, hidden: ReadonlySet<Element>, clock: { due(): boolean }): Generator<void, Element[]> {
  const aroundHidden = new Set<Element>();
  for (const block of hidden) for (let at = block.parentElement; at && !aroundHidden.has(at); at = at.parentElement) aroundHidden.add(at);
  const found: Element[] = [];
  function* visit(parent: Element): Generator<void, void> {
    const inSentence = hasOwnWords(parent);
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (clock.due()) yield;
      if (SKIPPED.has(child.tagName) || hidden.has(child) || hiddenByMarkup(child) || (inSentence && PHRASING.has(child.tagName))) continue;
      if (article.holdsArticle(child)) yield* visit(child);
      else if (article.containsArticle(child)) continue;
      else if (aroundHidden.has(child)) yield* visit(child);
      else {
        const words = wordCount(visibleTextOf(child));
        if (words === 0) continue;
        if (words > MAX_CANDIDATE_WORDS && child.firstElementChild) yield* visit(child);
        else if (!holdsArticleMedia(child) && !isArticleItem(child, parent, article)) found.push(child);
      }
    }
  }
  yield* visit(body);
  return found;
}

/** Whether `parent` holds words of its own between its children: running text, not a box of blocks. */
function hasOwnWords(parent: Element): boolean {
  for (let node = parent.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
  return false;
}

function holdsArticleMedia(block: Element): boolean {
  if (block.matches(ARTICLE_MEDIA) || block.querySelector(ARTICLE_MEDIA)) return true;
  const figures = block.tagName === 'FIGURE' ? [block] : Array.from(block.getElementsByTagName('figure'));
  return figures.some((figure) => !figure.closest('a[href]') && figure.getElementsByTagName('a').length === 0);
}

/** An item of a list or table that holds article items, or any block inside the article's table or quotation. */
function isArticleItem(block: Element, parent: Element, article: ArticleMap): boolean {
  if (ITEM_TAGS.has(block.tagName) && article.holdsArticle(parent)) return true;
  return !!parent.closest('table, pre, blockquote');
}
