/**
 * A lasting CSS selector for a block the person picked, saved as a per-site "hide" selector: it
 * must match that block, and only it, after a reload and on the site's other pages. So it is built
 * from stable ids, classes and attributes (see stable-names.ts), anchored on the nearest named
 * ancestor when the block has no name of its own, and uses `:nth-of-type` only for a short step
 * or two, never a long chain of positions that any new box on the page would shift.
 */
import { STABLE_ATTRIBUTES, cssIdent, cssString, isStableId, stableClasses } from './stable-names.ts';

/** How far up an anchor may be, and how many positional steps a selector may take. */
const MAX_ANCHOR_DISTANCE = 6;
const MAX_PATH_STEPS = 4;
const MAX_POSITIONS = 2;
const MAX_ATTRIBUTE_VALUE = 60;

function matches(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Whether `selector` matches `element` and nothing else in its document. */
export function picksOnly(element: Element, selector: string): boolean {
  const found = matches(element.ownerDocument, selector);
  return found.length === 1 && found[0] === element;
}

function tagOf(element: Element): string {
  return cssIdent(element.localName);
}

/** The element's own names as simple selectors, best first (never a bare tag). */
export function namedSelectors(element: Element): string[] {
  const tag = tagOf(element);
  const out: string[] = [];
  if (element.id && isStableId(element.id)) out.push(`#${cssIdent(element.id)}`);
  for (const name of STABLE_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value && value.trim() && value.length <= MAX_ATTRIBUTE_VALUE && !/\d{3,}/.test(value)) out.push(`${tag}[${name}=${cssString(value)}]`);
  }
  const classes = stableClasses(element).slice(0, 3);
  for (const name of classes) out.push(`${tag}.${cssIdent(name)}`);
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) out.push(`${tag}.${cssIdent(classes[i] as string)}.${cssIdent(classes[j] as string)}`);
  }
  return out;
}

/** One step of a structural path: the tag and its best class, with its position when siblings share them. */
function step(element: Element): { text: string; positional: boolean } {
  const [best] = stableClasses(element);
  const own = best ? `${tagOf(element)}.${cssIdent(best)}` : tagOf(element);
  const parent = element.parentElement;
  if (!parent) return { text: own, positional: false };
  const alike = Array.from(parent.children).filter((sibling) => sibling.localName === element.localName);
  const sameName = best ? alike.filter((sibling) => sibling.classList.contains(best)) : alike;
  if (sameName.length <= 1) return { text: own, positional: false };
  return { text: `${tagOf(element)}:nth-of-type(${alike.indexOf(element) + 1})`, positional: true };
}

/** `element` and its ancestors up to (not including) `<html>`, nearest first. */
function ancestry(element: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | null = element; node && node.localName !== 'html'; node = node.parentElement) chain.push(node);
  return chain;
}

/** The nearest ancestor a named selector picks out alone, with that selector: where a structural path starts. */
function nearestAnchor(element: Element): { anchor: Element; selector: string } | null {
  for (const ancestor of ancestry(element).slice(1, MAX_PATH_STEPS + 1)) {
    if (ancestor.localName === 'body') return { anchor: ancestor, selector: 'body' };
    const selector = namedSelectors(ancestor).find((candidate) => picksOnly(ancestor, candidate));
    if (selector) return { anchor: ancestor, selector };
  }
  return null;
}

function structuralPath(element: Element): string | null {
  const found = nearestAnchor(element);
  if (!found) return null;
  const steps: { text: string; positional: boolean }[] = [];
  for (let node: Element | null = element; node && node !== found.anchor; node = node.parentElement) steps.unshift(step(node));
  if (steps.filter((part) => part.positional).length > MAX_POSITIONS) return null;
  const selector = [found.selector, ...steps.map((part) => part.text)].join(' > ');
  return picksOnly(element, selector) ? selector : null;
}

/**
 * The selector to save for `element`, or null when the page gives nothing lasting to build on (the
 * block is then hidden for this visit only). Tries, in order: the block's own names; a named
 * ancestor plus the block's name; a short path of child steps from the nearest named ancestor.
 */
export function lastingSelector(element: Element): string | null {
  if (element.localName === 'body' || element.localName === 'html') return null;
  const own = namedSelectors(element);
  const alone = own.find((selector) => picksOnly(element, selector));
  if (alone) return alone;
  const chain = ancestry(element);
  for (const ancestor of chain.slice(1, MAX_ANCHOR_DISTANCE + 1)) {
    for (const anchor of namedSelectors(ancestor)) {
      for (const mine of own) {
        const selector = `${anchor} ${mine}`;
        if (picksOnly(element, selector)) return selector;
      }
    }
  }
  return structuralPath(element);
}

/** A short label for the pick overlay: the tag and its best name, e.g. "aside.sidebar" or "div#comments". */
export function blockLabel(element: Element): string {
  const tag = element.localName;
  if (element.id && isStableId(element.id)) return `${tag}#${element.id}`.slice(0, 40);
  const [best] = stableClasses(element);
  return (best ? `${tag}.${best}` : tag).slice(0, 40);
}
