/**
 * Where a declared recipe's ingredients and steps (recipe-schema.ts) sit on the page. The texts are
 * looked for in the page's own text (scripts and styles left out); the tightest stretch of it that
 * holds most of one list is that list's block: the common ancestor of where the stretch starts and
 * ends. Letters are compared without case and without whitespace, because pages split an ingredient
 * over cells ("65 g" | "Margarine oder Butter") where the metadata writes it in one piece.
 */
import { pathsOf } from './prose-cluster.ts';
import type { DeclaredSteps } from './recipe-schema.ts';

/** One list of the recipe on the page: where it is (child indices, as `ProseParagraph.path`) and the texts it holds. */
export interface RecipeBlock {
  path: number[];
  keys: string[];
}

/**
 * The ingredient list's and the steps' blocks, each null when not found; `joined` is the path of
 * one block holding both with little else (the headings between them), when there is one.
 */
export interface RecipeBlocks {
  ingredients: RecipeBlock | null;
  steps: RecipeBlock | null;
  joined: number[] | null;
}

/** Share of a list's texts its block must hold: a list whose texts are elsewhere was not found. */
const MIN_FOUND_SHARE = 0.7;
/** Shorter texts ("Ei", "1") are found everywhere and say nothing about where the list is. */
const MIN_KEY_CHARS = 3;
/** A text found more often than this is a common word on this page, not a mark of the list. */
const MAX_OCCURRENCES = 10;
/** Long steps are looked for by their start, so a sentence the page words differently at its end still counts. */
const MAX_KEY_CHARS = 80;
/** A block with this many times the text it was found by holds much more than the list (the whole page). */
const MAX_BLOCK_SHARE = 4;
/** The ingredients and the steps are one block when their common ancestor holds little else. */
const MAX_JOINED_SHARE = 1.3;
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'svg']);

/** Letters only, lower case: invisible separators and soft hyphens too are left out. */
export function keyOf(text: string): string {
  return text.toLowerCase().replace(/[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+/g, '');
}

/** The recipe's blocks on `doc`, a pre-cleaned clone Readability has not seen yet. */
export function locateRecipeBlocks(doc: Document, declared: DeclaredSteps): RecipeBlocks {
  const index = doc.body ? indexText(doc.body) : null;
  const ingredients = index && locate(index, declared.ingredients);
  const steps = index && locate(index, declared.steps);
  let joined: Element | null = null;
  if (ingredients && steps) {
    if (ingredients.el.contains(steps.el)) joined = ingredients.el;
    else if (steps.el.contains(ingredients.el)) joined = steps.el;
    else {
      const common = commonAncestor(ingredients.el, steps.el);
      if (common && isSmallEnough(common, textLength(ingredients.el) + textLength(steps.el), MAX_JOINED_SHARE)) joined = common;
    }
  }
  // Paths, not elements: Readability rearranges this clone, so the blocks are read again from a fresh one.
  const els = [ingredients?.el ?? null, steps?.el ?? null, joined];
  const present = els.filter((el): el is Element => el !== null);
  const found = pathsOf(present);
  const [ingredientsPath, stepsPath, joinedPath] = els.map((el) => (el ? found[present.indexOf(el)]! : null));
  return {
    ingredients: ingredients && ingredientsPath ? { path: ingredientsPath, keys: ingredients.keys } : null,
    steps: steps && stepsPath ? { path: stepsPath, keys: steps.keys } : null,
    joined: joinedPath ?? null,
  };
}

interface TextIndex {
  /** The page's text as keys, text node after text node. */
  text: string;
  starts: number[];
  nodes: Text[];
}

interface Located {
  el: Element;
  keys: string[];
}

function indexText(root: Element): TextIndex {
  const index: TextIndex = { text: '', starts: [], nodes: [] };
  const chunks: string[] = [];
  let length = 0;
  const visit = (el: Element): void => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const key = keyOf((node as Text).data);
        if (!key) continue;
        index.starts.push(length);
        index.nodes.push(node as Text);
        chunks.push(key);
        length += key.length;
      } else if (node.nodeType === 1 && !SKIPPED_TAGS.has((node as Element).localName)) visit(node as Element);
    }
  };
  visit(root);
  index.text = chunks.join('');
  return index;
}

/** The block holding most of `texts`: the tightest stretch of page text with enough of them. */
function locate(index: TextIndex, texts: string[]): Located | null {
  const keys = texts.map(keyOf).filter((key) => key.length >= MIN_KEY_CHARS);
  const hits: { at: number; end: number; key: number }[] = [];
  keys.forEach((key, k) => {
    // A long text the page words a little differently (a step's last sentence, a note) is found by its start.
    const sought = index.text.includes(key) ? key : key.slice(0, MAX_KEY_CHARS);
    const own: typeof hits = [];
    for (let at = index.text.indexOf(sought); at >= 0 && own.length <= MAX_OCCURRENCES; at = index.text.indexOf(sought, at + 1)) own.push({ at, end: at + sought.length, key: k });
    if (own.length <= MAX_OCCURRENCES) hits.push(...own);
  });
  const needed = Math.max(Math.min(2, keys.length), Math.ceil(MIN_FOUND_SHARE * keys.length));
  if (needed === 0) return null;
  hits.sort((a, b) => a.at - b.at);
  // Two pointers over the hits in page order: the shortest window holding `needed` different texts.
  const counts = new Map<number, number>();
  let best: { from: number; to: number } | null = null;
  let left = 0;
  for (let right = 0; right < hits.length; right++) {
    counts.set(hits[right]!.key, (counts.get(hits[right]!.key) ?? 0) + 1);
    while (counts.size >= needed) {
      const span = { from: hits[left]!.at, to: Math.max(...hits.slice(left, right + 1).map((hit) => hit.end)) };
      if (!best || span.to - span.from < best.to - best.from) best = span;
      const key = hits[left]!.key;
      const count = counts.get(key)! - 1;
      if (count === 0) counts.delete(key);
      else counts.set(key, count);
      left++;
    }
  }
  if (!best) return null;
  const el = commonAncestor(nodeAt(index, best.from), nodeAt(index, best.to - 1));
  if (!el || el.localName === 'body' || el.localName === 'html' || !isSmallEnough(el, best.to - best.from, MAX_BLOCK_SHARE)) return null;
  const inside = keyOf(el.textContent ?? '');
  return { el, keys: keys.map((key) => key.slice(0, MAX_KEY_CHARS)).filter((key) => inside.includes(key)) };
}

function nodeAt(index: TextIndex, offset: number): Text {
  let low = 0;
  let high = index.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (index.starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return index.nodes[low]!;
}

function commonAncestor(a: Node, b: Node): Element | null {
  for (let el: Element | null = a.nodeType === 1 ? (a as Element) : a.parentElement; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

function isSmallEnough(el: Element, foundChars: number, share: number): boolean {
  return textLength(el) <= share * foundChars + 200;
}

function textLength(el: Element): number {
  return keyOf(el.textContent ?? '').length;
}

/** Negative when `a` comes before `b` in page order (an ancestor comes before what it holds). */
export function comparePaths(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
