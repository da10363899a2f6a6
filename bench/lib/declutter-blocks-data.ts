/**
 * Training rows for the learned block scorer: a web-segments page parsed as the command line does,
 * extraction, the article map and every rule run, then each candidate block (block-candidates.ts)
 * with its features and what hiding it would remove from the page's text. The page's text is read
 * once with the offsets of every candidate, so "which segments does hiding these blocks lose" is
 * exact (every place a segment occurs must overlap a hidden block) and cheap to ask again.
 */
import { extractArticle } from '../../src/core/extract/index.ts';
import { declutterContext, hintsOf, planDeclutter } from '../../src/core/declutter/index.ts';
import { candidateBlocks, hiddenByMarkup } from '../../src/core/declutter/block-candidates.ts';
import { blockFeaturesOf, pageFactsOf, type BlockFeatures } from '../../src/core/declutter/block-features.ts';
import { SCORED_BLOCKS_RULE_ID } from '../../src/core/declutter/rules/scored-blocks.ts';
import { parseHtml } from '../../src/cli/dom.ts';
import { collapseWhitespace, pageAddress, type WebPage } from './web-segments.ts';
import { releasePage } from './extraction-data.ts';


export interface CandidateRow {
  features: BlockFeatures;
  /** Offsets of the block's text in the page's text. */
  start: number;
  end: number;
  /** 0: hiding it loses article text; 1: it holds only boilerplate; -1: neither (not fitted). */
  label: number;
}

export interface PageRows {
  id: string;
  candidates: CandidateRow[];
  /** Where each `with` / `without` segment still shown after the rules occurs in the page's text. */
  withPlaces: [number, number][][];
  withoutPlaces: [number, number][][];
  withoutTotal: number;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);
/** Elements a browser's innerText sets on lines of their own: their text never runs into a neighbour's. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'MAIN', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'FORM', 'BR', 'HR', 'ADDRESS', 'FIELDSET', 'LEGEND', 'DETAILS', 'SUMMARY', 'CAPTION', 'BUTTON', 'LABEL', 'SELECT', 'OPTION']);

export async function pageRowsOf(page: WebPage): Promise<PageRows | null> {
  const url = pageAddress(page);
  const doc = parseHtml(page.html, url);
  try {
    return rowsOfDocument(doc, url, page);
  } finally {
    // jsdom keeps a window alive until it is closed and the event loop turns: 500 pages in one
    // process ran out of memory.
    await releasePage(doc);
  }
}

function rowsOfDocument(doc: Document, url: string, page: WebPage): PageRows | null {
  const article = extractArticle(doc, url, { force: true });
  if (!article || !doc.body) return null;
  const context = declutterContext(doc, url, hintsOf(article, doc));
  if (!context.article.root) return null;
  const hidden = new Set(planDeclutter(doc, context).filter((block) => block.ruleId !== SCORED_BLOCKS_RULE_ID).map((block) => block.element));
  const blocks = candidateBlocks(doc.body, context.article, hidden);
  const facts = pageFactsOf(doc, context.article);
  const { text, ranges } = pageText(doc.body, hidden, new Set(blocks));
  const placesOf = (segments: string[]): [number, number][][] => segments.map((segment) => occurrences(text, collapseWhitespace(segment))).filter((places) => places.length > 0);
  const withPlaces = placesOf(page.with);
  const withoutPlaces = placesOf(page.without);
  const candidates = blocks.map((block): CandidateRow => {
    const [start, end] = ranges.get(block) ?? [0, 0];
    const loses = (places: [number, number][][]): boolean => places.some((where) => where.every(([from, to]) => from < end && to > start));
    const label = loses(withPlaces) ? 0 : loses(withoutPlaces) ? 1 : -1;
    return { features: blockFeaturesOf(block, facts), start, end, label };
  });
  return { id: page.id, candidates, withPlaces, withoutPlaces, withoutTotal: page.without.length };
}

/** Segments (by place lists) still in the text once the given ranges are taken out. */
export function segmentsLost(places: [number, number][][], removed: readonly (readonly [number, number])[]): number {
  let lost = 0;
  for (const where of places) if (where.every(([from, to]) => removed.some(([start, end]) => from < end && to > start))) lost++;
  return lost;
}

/** The page's visible text, whitespace collapsed, blocks on lines of their own, and where each tracked block's text lies in it. */
function pageText(body: Element, hidden: ReadonlySet<Element>, tracked: ReadonlySet<Element>): { text: string; ranges: Map<Element, [number, number]> } {
  let text = '';
  const ranges = new Map<Element, [number, number]>();
  const add = (piece: string): void => {
    const collapsed = piece.replace(/\s+/g, ' ');
    text += text.endsWith(' ') || text === '' ? collapsed.replace(/^ /, '') : collapsed;
  };
  const walk = (element: Element): void => {
    const block = BLOCK_TAGS.has(element.tagName);
    if (block) add(' ');
    const start = text.length;
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) add(node.nodeValue ?? '');
      else if (node.nodeType === 1) {
        const child = node as Element;
        if (!SKIPPED.has(child.tagName) && !hidden.has(child) && !hiddenByMarkup(child)) walk(child);
      }
    }
    if (tracked.has(element)) ranges.set(element, [start, text.length]);
    if (block) add(' ');
  };
  walk(body);
  return { text, ranges };
}

function occurrences(text: string, segment: string): [number, number][] {
  const places: [number, number][] = [];
  if (!segment) return places;
  for (let at = text.indexOf(segment); at >= 0; at = text.indexOf(segment, at + 1)) places.push([at, at + segment.length]);
  return places;
}
