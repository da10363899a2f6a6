/**
 * A second opinion on where the article is. Readability sometimes settles on the wrong container:
 * an author box, a disclaimer, one section of a story whose paragraphs sit in several wrappers.
 * Here the page's prose paragraphs (enough words, few links, outside comments and page furniture)
 * vote for their parent (and half for their grandparent); the winner is the densest cluster of
 * prose. Extraction compares Readability's answer with it and tries again on the cluster when
 * Readability's text holds far less prose than the cluster and misses its longest paragraph.
 */
import { linkShare, namesOf, textOf } from './post-clean/shared.ts';

/** Paragraphs shorter than this are labels, bylines, teasers: they do not vote. */
const MIN_PARAGRAPH_CHARS = 80;
const MAX_PARAGRAPH_LINK_SHARE = 0.3;
/** Parts of a page whose paragraphs are not the article, by markup or by the names sites give them. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM']);
/**
 * A class or id that starts with one of these words ("comments-area", "sidebar-left"; not "above-footer");
 * "share" as a word of its own ("share-button"; not "shared", "shareholders").
 */
const FURNITURE_NAME = /^(?:comment|disqus|respond|sidebar|footer|related|author-?bio|about-?the-?author|newsletter|cookie|consent|share(?![a-z]))/;
/** Readability is kept unless its text is short and the cluster holds this many times as much prose. */
const MISSING_SHARE = 2;
const SHORT_ANSWER_CHARS = 1000;
/**
 * An answer with no prose paragraph is replaced only by a cluster this large beside it: text in
 * `<div>`s and line breaks is prose too, and a short "about us" paragraph elsewhere must not win over it.
 */
const MIN_SHARE_OF_ANSWER = 0.4;
/** Paragraphs searched for in Readability's text, at most (each search reads the whole text). */
const MAX_PROSE_SEARCHES = 500;
/** A cluster with more link text than this is a teaser list (linked headlines with summaries), not a story. */
const MAX_CLUSTER_LINK_SHARE = 0.25;

export interface ProseCluster {
  /** Child indices from the document element down to the cluster, to find it again in another clone. */
  path: number[];
  /** Characters of voting prose under it. */
  chars: number;
  /** Its longest paragraph, to see whether another answer holds it. */
  longest: string;
}

/** A paragraph of running prose, with where it sits (child indices, as `ProseCluster.path`). */
export interface ProseParagraph {
  text: string;
  path: number[];
}

/** The page's prose paragraphs: long enough, few links, outside comments and page furniture. */
export function proseParagraphs(doc: Document): ProseParagraph[] {
  const out: ProseParagraph[] = [];
  const furniture = new Map<Element, boolean>();
  const pathOfParagraph = pathFinder();
  for (const tag of ['p', 'pre']) {
    for (const paragraph of Array.from(doc.getElementsByTagName(tag))) {
      const text = textOf(paragraph);
      if (text.length < MIN_PARAGRAPH_CHARS || linkShare(paragraph, text) > MAX_PARAGRAPH_LINK_SHARE) continue;
      if (isInFurniture(paragraph, furniture)) continue;
      out.push({ text, path: pathOfParagraph(paragraph) });
    }
  }
  return out;
}

export function findProseCluster(doc: Document, paragraphs?: ProseParagraph[]): ProseCluster | null {
  const votes = new Map<Element, number>();
  const longestOf = new Map<Element, string>();
  for (const { text, path } of paragraphs ?? proseParagraphs(doc)) {
    const paragraph = elementAt(doc, path);
    const parent = paragraph?.parentElement;
    const grandparent = parent?.parentElement;
    for (const [el, weight] of [[parent, 1], [grandparent, 0.5]] as const) {
      if (!el) continue;
      votes.set(el, (votes.get(el) ?? 0) + text.length * weight);
      if (text.length > (longestOf.get(el)?.length ?? 0)) longestOf.set(el, text);
    }
  }
  let best: Element | null = null;
  for (const [el, score] of votes) if (!best || score > votes.get(best)!) best = el;
  if (!best || best === doc.body || best === doc.documentElement || linkShare(best) > MAX_CLUSTER_LINK_SHARE) return null;
  let chars = 0;
  for (const tag of ['p', 'pre']) for (const paragraph of Array.from(best.getElementsByTagName(tag))) {
    const text = textOf(paragraph);
    if (text.length >= MIN_PARAGRAPH_CHARS) chars += text.length;
  }
  return { path: pathOf(best), chars, longest: longestOf.get(best) ?? '' };
}

/**
 * Whether Readability's text misses the cluster, and how: `short` when it holds far less prose, `no-prose`
 * when it holds none of the page's prose paragraphs at all (a table of names, an author box, a sign-up
 * form) while a cluster of prose nearly as long stands elsewhere. Null when it holds the longest paragraph.
 */
export function missesCluster(cluster: ProseCluster, readabilityText: string, paragraphs: ProseParagraph[] = []): 'short' | 'no-prose' | null {
  const text = readabilityText.replace(/\s+/g, ' ');
  if (text.includes(cluster.longest)) return null;
  if (text.length < SHORT_ANSWER_CHARS && cluster.chars > MISSING_SHARE * text.length) return 'short';
  if (cluster.chars >= MIN_SHARE_OF_ANSWER * text.length && !holdsAnyProse(text, paragraphs)) return 'no-prose';
  return null;
}

/** Whether `text` holds one of the paragraphs; past a budget of searches the answer is "yes" (keep Readability's). */
function holdsAnyProse(text: string, paragraphs: ProseParagraph[]): boolean {
  if (paragraphs.length === 0 || paragraphs.length > MAX_PROSE_SEARCHES) return true;
  return paragraphs.some((paragraph) => text.includes(paragraph.text));
}

/** The element at `path` in another clone of the same page. */
export function elementAt(doc: Document, path: number[]): Element | null {
  return descend(doc.documentElement, path, 0);
}

/** The element at `path`, walking down from `start`, which sits at `path`'s first `depth` steps (a copy of part of the page). */
export function descend(start: Element | null, path: number[], depth: number): Element | null {
  let el = start;
  for (let step = depth; el && step < path.length; step++) el = el.children[path[step]!] ?? null;
  return el;
}

export function pathOf(el: Element): number[] {
  return pathFinder()(el);
}

/** `pathOf` for each of `elements`, in one count of each parent's children. */
export function pathsOf(elements: Iterable<Element>): number[][] {
  return Array.from(elements, pathFinder());
}

/**
 * `pathOf` for many elements of one unchanging page: each parent's children are counted once, not
 * once per child. Counting per child was quadratic: 20,000 paragraphs in one wrapper took seconds.
 */
function pathFinder(): (el: Element) => number[] {
  const indexOf = new Map<Element, number>();
  return (el) => {
    const path: number[] = [];
    for (let node: Element | null = el; node?.parentElement; node = node.parentElement) {
      let index = indexOf.get(node);
      if (index === undefined) {
        let i = 0;
        for (let child = node.parentElement.firstElementChild; child; child = child.nextElementSibling) indexOf.set(child, i++);
        index = indexOf.get(node) ?? -1;
      }
      path.unshift(index);
    }
    return path;
  };
}

export function isFurnitureName(el: Element): boolean {
  if (el.tagName === 'BODY' || el.tagName === 'HTML') return false;
  return namesOf(el).split(/\s+/).some((name) => FURNITURE_NAME.test(name));
}

function isInFurniture(el: Element, memo: Map<Element, boolean>): boolean {
  const seen: Element[] = [];
  let result = false;
  for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
    const known = memo.get(node);
    if (known !== undefined) {
      result = known;
      break;
    }
    seen.push(node);
    if (FURNITURE_TAGS.has(node.tagName) || isFurnitureName(node)) {
      result = true;
      break;
    }
  }
  // Everything between the paragraph and the answer shares it (a furniture ancestor marks all below it).
  for (const node of seen) memo.set(node, result);
  return result;
}
