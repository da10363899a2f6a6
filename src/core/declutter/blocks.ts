/** Helpers rules share to turn a matched element into a block that is safe to hide. */
import type { DeclutterContext } from './types.ts';

/** A block may be hidden only if it holds no article content and is not the page itself. */
export function hideable(element: Element, context: DeclutterContext): boolean {
  const tag = element.tagName;
  if (tag === 'BODY' || tag === 'HTML' || tag === 'HEAD') return false;
  if (element.closest('head')) return false;
  return !context.article.containsArticle(element);
}

/**
 * Grows `element` up the tree while `more(block)` says the block is not complete yet (e.g. a
 * heading without its list), never into a parent that holds article content. Returns null when
 * the block never becomes complete.
 */
export function widen(element: Element, context: DeclutterContext, complete: (block: Element) => boolean, maxSteps = 4): Element | null {
  let block: Element = element;
  for (let step = 0; step <= maxSteps; step++) {
    if (!hideable(block, context)) return null;
    if (complete(block)) return block;
    const parent = block.parentElement;
    if (!parent) return null;
    block = parent;
  }
  return null;
}

/** Grows `element` to its parent while the parent adds no text of its own (a wrapper). */
export function wrapperOf(element: Element, context: DeclutterContext): Element {
  let block = element;
  for (let parent = block.parentElement; parent && parent.children.length === 1 && hideable(parent, context); parent = parent.parentElement) {
    if ((parent.textContent ?? '').trim() !== (block.textContent ?? '').trim()) break;
    block = parent;
  }
  return block;
}

/** Each block once, in the order first found: a widget often matches a rule several ways. */
export function uniqueFindings<T extends { element: Element }>(found: T[]): T[] {
  const seen = new Set<Element>();
  return found.filter(({ element }) => !seen.has(element) && !!seen.add(element));
}

/**
 * A negated name ("non-paywall", "no-ads", "not-subscribed") says what the element is not: its
 * word must not count as a token ("non-paywall" is the free part of a metered story, the story).
 */
const NEGATED_NAME = /(?<![^\s_])(?:non|no|not)-[^\s_-]+/g;

/** Class/id tokens of an element (split on space, dash, underscore), lower-cased; negated names left out. */
export function nameTokens(element: Element): string[] {
  // Six rules ask for every named element's tokens on each pass; the class rarely changes in between.
  const key = `${element.id} ${element.getAttribute('class') ?? ''}`;
  const cached = tokenCache.get(element);
  if (cached?.key === key) return cached.tokens;
  const tokens = key.toLowerCase().replace(NEGATED_NAME, ' ').split(/[\s_-]+/).filter(Boolean);
  tokenCache.set(element, { key, tokens });
  return tokens;
}

const tokenCache = new WeakMap<Element, { key: string; tokens: string[] }>();
