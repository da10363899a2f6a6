/**
 * The standfirst: the sentence or two of summary many sites print between the headline and the
 * story (lead, intro, chapô, dek, bajada…), in the article's header rather than its body.
 * Readability keeps the body and drops the header, so the article loses its first lines. Here the
 * page (only read) is walked from the title heading to the body's first line; a block found on the
 * way comes back at the top of the body when the site marks it as the standfirst: by name (itself
 * or a box around it), or by structure (the subtitle of the title's `<hgroup>`, a paragraph of the
 * title's own `<header>`). An unmarked paragraph there is too often a caption or a promo.
 */
import { comparable, linkShare, namesOf, textOf, wordsIn } from './post-clean/shared.ts';
import { isCaptionText } from './post-clean/captions.ts';

/** Elements looked at after the title heading before giving up: the standfirst sits right below it. */
const MAX_STEPS = 400;
/** A standfirst is prose: a sentence or more, few links. */
const MIN_WORDS = 12;
const MAX_WORDS = 120;
const MAX_LINK_SHARE = 0.3;
/** Not the story's header even when inside it: navigation, forms, pictures and their captions. */
const OUTSIDE_STORY = 'nav, aside, form, figure, figcaption, button, footer, [role="navigation"]';
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'HEADER', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
/** Names sites give the standfirst, in the languages of the web (lead, intro, chapô, bajada, Vorspann…). */
const STANDFIRST_NAME = /lead|intro|standfirst|summary|excerpt|abstract|dek\b|deck|subtitle|sub-?head|teaser|chapo|chapeau|bajada|entradilla|sommario|vorspann|description/;
/** Levels up from a block to look for a standfirst name ("chapo > div > p"). */
const NAME_REACH = 3;
/** Levels up from a block to look for the picture it may caption. */
const CAPTION_REACH = 4;
/**
 * Children that make an element a container rather than a paragraph; a script, style or embed
 * inside makes it a widget's box (its text would be the code's).
 */
const INNER_BLOCKS = new Set([...BLOCKS, 'H1', 'FIGURE', 'PICTURE', 'IMG', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'ARTICLE', 'ASIDE', 'NAV', 'FORM', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME']);

/** Prepends the standfirst to the extracted body when the body does not hold it already. */
export function restoreStandfirst(body: Element, doc: Document, title: string): void {
  let firstLine: string | undefined;
  for (const paragraph of body.getElementsByTagName('p')) {
    const text = textOf(paragraph);
    if (text.length >= 40) {
      firstLine = text;
      break;
    }
  }
  if (!firstLine) return;
  const bodyText = comparable(body.textContent ?? '');
  const missing = findStandfirst(doc, title, firstLine).filter((text) => !bodyText.includes(comparable(text)));
  for (const text of missing.reverse()) {
    const paragraph = body.ownerDocument.createElement('p');
    paragraph.textContent = text;
    body.prepend(paragraph);
  }
}

/**
 * Standfirst blocks between the page's title heading and `firstLine` (the body's first line), in
 * order; empty when the first line is not found close below the heading (the body starts elsewhere).
 */
export function findStandfirst(doc: Document, title: string, firstLine: string): string[] {
  const heading = titleHeading(doc, title);
  const target = comparable(firstLine);
  if (!heading || !target) return [];
  const header = heading.closest('header, hgroup');
  const found: string[] = [];
  let node: Element | null = heading;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    node = nextElement(node, heading);
    if (!node) return [];
    // Only a paragraph can be the body's first line: reading every wrapper's whole text on the
    // way down would read the story many times over.
    const leaf = isLeafBlock(node);
    if (!leaf && node.tagName !== 'P') continue;
    const text = comparable(node.textContent ?? '');
    if (text === target || (text.startsWith(target) && node.tagName === 'P')) return found;
    if (!leaf || node.closest(OUTSIDE_STORY)) continue;
    if (!isNamedStandfirst(node) && !(header?.contains(node) && isHeaderLead(node))) continue;
    const own = textOf(node);
    // A caption or credit under the lead picture ("… © Agency") is not the standfirst.
    if (own.includes('©') || isCaptionText(own) || sitsByPicture(node, heading)) continue;
    const words = wordsIn(own);
    if (words >= MIN_WORDS && words <= MAX_WORDS && linkShare(node, own) <= MAX_LINK_SHARE && !found.includes(own)) found.push(own);
  }
  return [];
}

/** The heading that carries the title on the page: an h1 with the title's text, else the only h1. */
function titleHeading(doc: Document, title: string): Element | null {
  const headings = Array.from(doc.getElementsByTagName('h1'));
  const wanted = comparable(title);
  const byText = headings.find((h1) => {
    const text = comparable(textOf(h1));
    return text.length > 0 && (wanted.includes(text) || text.includes(wanted));
  });
  return byText ?? (headings.length === 1 ? headings[0]! : null);
}

/** In the title's own header, a paragraph or a subtitle heading is the lead (bylines and dates are too short). */
function isHeaderLead(el: Element): boolean {
  return el.tagName === 'P' || HEADINGS.has(el.tagName);
}

function isNamedStandfirst(el: Element): boolean {
  let box: Element | null = el;
  for (let level = 0; box && level < NAME_REACH; level++, box = box.parentElement) {
    if (STANDFIRST_NAME.test(namesOf(box))) return true;
  }
  return false;
}

/** A block with text of its own and no block or picture inside it (the smallest element that holds a paragraph). */
function isLeafBlock(el: Element): boolean {
  if (!BLOCKS.has(el.tagName)) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (INNER_BLOCKS.has(child.tagName)) return false;
  }
  return true;
}

/**
 * Whether a block shares a small box with a picture and not with the headline: a caption. A standfirst
 * may share the article header with the lead picture, but that header holds the headline too.
 */
function sitsByPicture(el: Element, heading: Element): boolean {
  let box = el.parentElement;
  for (let level = 0; box && level < CAPTION_REACH; level++, box = box.parentElement) {
    if (box.contains(heading)) return false;
    if (box.querySelector('img, picture, video')) return true;
  }
  return false;
}

/** The next element in document order, entering children but not the heading's own. */
function nextElement(el: Element, skipInside: Element): Element | null {
  if (el !== skipInside && el.firstElementChild) return el.firstElementChild;
  let current: Element | null = el;
  while (current) {
    if (current.nextElementSibling) return current.nextElementSibling;
    current = current.parentElement;
  }
  return null;
}
