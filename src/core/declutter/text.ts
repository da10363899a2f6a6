/** Text helpers shared by the declutter rules: normalized words, link share, previews. */
import { runToEnd } from '../steps.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Lower-case words joined by single spaces: markup, punctuation and spacing differences vanish. */
export function normalizeText(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? []).join(' ');
}

/**
 * Text of an element without script/style contents (textContent includes them). Tag look-ups, not
 * a selector query: every hidden block's preview comes through here, a block may be a link, and
 * jsdom throws on a query rooted at a link when the page has a `<base>` without href.
 */
export function visibleTextOf(element: Element): string {
  if (!Array.from(SKIP).some((tag) => element.getElementsByTagName(tag).length > 0)) return element.textContent ?? '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && !SKIP.has((node as Element).tagName)) for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(element);
  return parts.join(' ');
}

/** Icon fonts draw a glyph from a ligature word ("filter_none", "arrow_forward"): text no reader sees. */
const ICON_FONT = '.material-icons, .material-icons-outlined, .material-symbols-outlined, [class*="material-symbols" i], i[class*="icon" i], span[class*="icon" i][aria-hidden="true"]';

/** A heading's words as a reader sees them: without the ligature words of icon fonts inside it. */
export function headingTextOf(element: Element): string {
  const icons = element.querySelectorAll(ICON_FONT);
  if (icons.length === 0) return element.textContent ?? '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && !isLigatureIcon(node as Element)) for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(element);
  return parts.join(' ');
}

/** An icon element holding one word without spaces: a ligature name, not a label beside the icon. */
function isLigatureIcon(element: Element): boolean {
  return element.matches(ICON_FONT) && /^\s*[\w-]+\s*$/.test(element.textContent ?? '');
}

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

export function wordCount(text: string): number {
  return (text.match(WORD) ?? []).length;
}

/** `hasMoreWordsThan`'s own copy: `exec` keeps its place in the regular expression. */
const WORD_SCAN = new RegExp(WORD.source, WORD.flags);

/** `wordCount(text) > limit`, reading only as far as the limit: a box's whole text may be the page's. */
export function hasMoreWordsThan(text: string, limit: number): boolean {
  WORD_SCAN.lastIndex = 0;
  for (let count = 0; WORD_SCAN.exec(text); ) if (++count > limit) return true;
  return false;
}

export interface LinkStats {
  /** Characters of (whitespace-collapsed) text. */
  chars: number;
  /** Characters inside links. */
  linkChars: number;
  links: number;
}

export function linkStats(element: Element): LinkStats {
  return runToEnd(linkStatsSteps(element));
}

/** `linkStats` with a pause point per link (`pause()` true: yield), for lists of thousands of links. */
export function* linkStatsSteps(element: Element, pause: () => boolean = () => false): Generator<void, LinkStats> {
  const chars = collapse(visibleTextOf(element)).length;
  let linkChars = 0;
  let links = 0;
  for (const a of element.querySelectorAll('a[href]')) {
    if (pause()) yield;
    links++;
    linkChars += collapse(a.textContent ?? '').length;
  }
  return { chars, linkChars: Math.min(linkChars, chars), links };
}

/** Prose, not a label or a link list: at least `minWords` words, under half of its text in links. */
export function isProse(element: Element, minWords: number): boolean {
  if (wordCount(visibleTextOf(element)) < minWords) return false;
  const stats = linkStats(element);
  return stats.linkChars < 0.5 * stats.chars;
}

/** A short, single-line preview of a block for the popup's hidden list. */
export function previewOf(element: Element, max = 80): string {
  const text = collapse(visibleTextOf(element));
  if (text) return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  const tag = element.tagName.toLowerCase();
  // Tag look-ups, as in visibleTextOf: the block may be a link.
  if (tag === 'iframe' || element.getElementsByTagName('iframe').length > 0) return '(embedded frame)';
  if (tag === 'img' || element.getElementsByTagName('img').length > 0) return '(image)';
  return '(empty block)';
}

/** Text on one line: runs of white space made one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The class, id and a few naming attributes of an element, lower-cased, for marker tests. */
export function namesOf(element: Element): string {
  const parts = [element.id, element.getAttribute('class') ?? '', element.getAttribute('data-testid') ?? '', element.getAttribute('data-component') ?? ''];
  return parts.join(' ').toLowerCase();
}
