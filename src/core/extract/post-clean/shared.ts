/** Small DOM helpers and the shared line index the post-clean rules work on. */
import { siteHostOf } from '../../page-link.ts';

/** One rule applied to Readability's result (an element in the clone, never the live page). */
export interface PostCleanRule {
  id: string;
  apply(body: Element, lines: Lines): void;
}

/** Text of an element with whitespace collapsed. */
export function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text for equality checks: whitespace collapsed, lower case. */
export function comparable(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}

const WORD = /[\p{L}\p{N}_]+/gu;

/**
 * Word counts of the texts seen in one post-clean pass (`countingWordsOnce`): the rules count the
 * same lines' words again and again, about six times each, which was a quarter of their time.
 */
let knownWordCounts: Map<string, number> | null = null;

/** Number of word tokens, counted the way the scorer and readers see words. */
export function wordsIn(text: string): number {
  const known = knownWordCounts?.get(text);
  if (known !== undefined) return known;
  // Counted with `test`, which makes no array of the words: the rules count words on every line.
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.test(text)) count++;
  knownWordCounts?.set(text, count);
  return count;
}

/** Runs `work` with `wordsIn` remembering its counts, then forgets them (no page text outlives the pass). */
export function countingWordsOnce(work: () => void): void {
  const outer = knownWordCounts;
  knownWordCounts = outer ?? new Map();
  try {
    work();
  } finally {
    knownWordCounts = outer;
  }
}

/** True for <h1>…<h6>. */
export function isHeading(el: Element): boolean {
  return /^h[1-6]$/i.test(el.tagName);
}

/** A title that ends like a sentence is a pull quote or a question of the story, not the title of a box. */
export const SENTENCE_END = /[.!?…"»“”]$/;

/** Class and id of an element as one lowercase string, for name patterns. */
export function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase();
}

/** Share of the element's text that sits inside links (0 when it has no text). */
export function linkShare(el: Element, text = textOf(el)): number {
  if (text.length === 0) return 0;
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) linked += textOf(a).length;
  return Math.min(1, linked / text.length);
}

/**
 * The sites links point to. Other stories of the site all point to one host; a "Sources" or
 * "Further reading" list points to several, and it is part of the article.
 */
export function hostsOf(links: Element[]): Set<string> {
  const hosts = new Set<string>();
  // A relative or broken address is the site's own ('').
  for (const link of links) hosts.add(siteHostOf(link.getAttribute('href') ?? '') ?? '');
  return hosts;
}

/**
 * The elements below `root` that `keep` accepts, in document order (what `querySelectorAll` returns).
 * One walk by element links: in jsdom a selector query such as '[class], [id]' over a whole
 * article costs several times as much, and the rules run on every page.
 */
export function elementsBelow(root: Element, keep: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (keep(el)) out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    // Up to the nearest ancestor (below root) with a next sibling.
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return out;
}

/** Whether the element carries a class or an id (the selector '[class], [id]'). */
export function isNamed(el: Element): boolean {
  return el.hasAttribute('class') || el.hasAttribute('id');
}

/** Tags that make a "line": a block a reader sees on its own. */
const LINE_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'FIGCAPTION', 'SECTION', 'ASIDE', 'HEADER', 'FOOTER', 'DT', 'DD']);
/** A line holds none of these; an element that does is a container, not a line. */
const CONTAINER_TAGS = new Set([...LINE_TAGS, 'UL', 'OL', 'DL', 'FIGURE', 'TABLE', 'BLOCKQUOTE', 'ARTICLE', 'MAIN', 'NAV', 'FORM']);

/**
 * Blocks that contain no other block: the article's "lines", in document order. One walk of the
 * tree (lines never nest, so post-order is document order).
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): boolean => {
    let hasBlock = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (walk(child)) hasBlock = true;
    if (!hasBlock && LINE_TAGS.has(el.tagName) && el !== root) out.push(el);
    return hasBlock || CONTAINER_TAGS.has(el.tagName);
  };
  walk(root);
  return out;
}

/** Removes `el`, then any ancestors left empty (no elements, no text), up to `stop`. */
export function removeWithEmptyParents(el: ChildNode, stop: Element): void {
  let parent = el.parentElement;
  el.remove();
  while (parent && parent !== stop && !parent.firstElementChild && !(parent.textContent ?? '').trim()) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** Replaces an element by another tag with the same children and attributes (the clone only). */
export function retag(el: Element, tag: string): Element {
  const replacement = el.ownerDocument.createElement(tag);
  for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.replaceWith(replacement);
  return replacement;
}

/**
 * The article's lines, computed once and shared by the rules, with their text cached: the rules
 * run on every page, so they must cost a few milliseconds, not a walk per rule per line.
 */
export class Lines {
  private items: Element[];
  private texts = new WeakMap<Element, string>();
  private shares = new WeakMap<Element, number>();

  constructor(readonly body: Element) {
    this.items = leafBlocks(body);
  }

  /** Lines still in the article, in document order. */
  all(): Element[] {
    this.items = this.items.filter((el) => this.body.contains(el));
    return this.items;
  }

  text(el: Element): string {
    let text = this.texts.get(el);
    if (text === undefined) this.texts.set(el, (text = textOf(el)));
    return text;
  }

  linkShare(el: Element): number {
    let share = this.shares.get(el);
    if (share === undefined) this.shares.set(el, (share = linkShare(el, this.text(el))));
    return share;
  }

  remove(el: Element): void {
    removeWithEmptyParents(el, this.body);
  }

  /** Swaps a line for a retagged copy, keeping its place in the index. */
  retag(el: Element, tag: string): Element {
    const replacement = retag(el, tag);
    const index = this.items.indexOf(el);
    if (index >= 0) this.items[index] = replacement;
    const text = this.texts.get(el);
    if (text !== undefined) this.texts.set(replacement, text);
    return replacement;
  }
}
