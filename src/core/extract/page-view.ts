/**
 * The pre-cleaned page again, for the steps that add to Readability's answer (sibling sections, a
 * recipe's parts): Readability moved its answer out of the first clone and stripped the rest, so
 * blocks beside the answer are read again, by the paths found before it ran, from a fresh copy or,
 * where the live page reads the same, from the live page itself, copying only the blocks that join.
 */
import { descend, elementAt, isFurnitureName, type ProseParagraph } from './prose-cluster.ts';
import { preClean, promoteLazyImagesIn } from './pre-clean.ts';
import { cloneWithoutClobbering, copyMayDiffer, copyWithoutClobbering, importWithoutClobbering, liveElementAt } from './safe-clone.ts';
import { linkShare, textOf } from './post-clean/shared.ts';

/** Never part of the story, in a block that joins it (Readability drops these from its own part). */
const DROPPED = 'script, style, noscript, template, iframe, form, button, input, select, textarea, nav, aside, footer, svg, [hidden], [aria-hidden="true"]';
/** Inside a joining block, a box with more link text than this is a link list. */
const MAX_LINK_LIST_SHARE = 0.5;

/** What extraction knows of its own clone: a document to copy into, and where pre-clean changed children. */
export interface CloneShape {
  owner: Document;
  /** Paths (as `ProseParagraph.path`) of the elements whose children pre-clean changed. */
  reshaped: number[][];
}

/** The pre-cleaned page around the story, read by paths; `body` is null when the part copied lies below it. */
export interface PageView {
  at(path: number[]): Element | null;
  /** The children of the element at `path` (none when there is no such element). */
  childrenAt(path: number[]): Element[];
  body: Element | null;
  /** `el` (read from this view) as a block of our own that may join the answer. */
  own(el: Element): Element;
}

/** A view over a copy: its elements are ours already. */
function viewOfCopy(at: (path: number[]) => Element | null, body: Element | null): PageView {
  return { at, childrenAt: (path) => Array.from(at(path)?.children ?? []), body, own: (el) => el };
}

export function copyOfPage(doc: Document): PageView {
  const page = cloneWithoutClobbering(doc);
  preClean(page);
  return viewOfCopy((path) => elementAt(page, path), page.body);
}

/** Thrown by a live view when the element asked for could read differently in a copy. */
export class CopyNeeded extends Error {}

/**
 * The live page's part at `region`, read in place, when it reads as `copyOfPart`'s copy would: no
 * child list pre-clean changed there, no <base> inside (a copy may drop one, moving the indices),
 * every prose paragraph found at its path with its text. The rules read elements only as found
 * by `at` and `childrenAt`, and below those only text, tags and links, which a copy keeps; so
 * finding an element a copy would change (`copyMayDiffer`: a form, a control's id) throws
 * `CopyNeeded`. Most pages the sibling rule looks at get nothing from it: most copies went unused.
 */
export function liveViewOfPart(doc: Document, region: number[], paragraphs: ProseParagraph[], shape: CloneShape): PageView | null {
  if (shape.reshaped.some((path) => startsWith(path, region) || startsWith(region, path))) return null;
  const root = liveElementAt(doc, region);
  if (!root || copyMayDiffer(root) || root.getElementsByTagName('base').length > 0) return null;
  const checked = (el: Element | null): Element | null => {
    if (el && copyMayDiffer(el)) throw new CopyNeeded();
    return el;
  };
  const at = (path: number[]): Element | null => {
    let el: Element | null = root;
    for (let step = region.length; el && step < path.length; step++) el = checked(el.children[path[step]!] ?? null);
    return el;
  };
  try {
    if (!holdsParagraphs(at, region, paragraphs)) return null;
  } catch (error) {
    if (error instanceof CopyNeeded) return null;
    throw error;
  }
  return {
    at,
    childrenAt: (path) => Array.from(at(path)?.children ?? [], (child) => checked(child)!),
    body: region.length === 1 && root.localName === 'body' ? root : null,
    own: (el) => {
      const copy = copyWithoutClobbering(el, shape.owner);
      promoteLazyImagesIn(copy);
      return copy;
    },
  };
}

/**
 * A copy of the part of the page at `region` only, when it is sure to match the pre-cleaned clone:
 * no child list pre-clean changed on the way there or inside (the lazy-image
 * addresses it set are set again), and every prose paragraph there found at its path with its text.
 * The whole page costs a third of extraction to copy again; the story's surroundings, a fraction.
 */
export function copyOfPart(doc: Document, region: number[], paragraphs: ProseParagraph[], shape: CloneShape): PageView | null {
  if (shape.reshaped.some((path) => startsWith(path, region) || startsWith(region, path))) return null;
  const root = importWithoutClobbering(doc, region, shape.owner);
  if (!root) return null;
  promoteLazyImagesIn(root);
  const at = (path: number[]): Element | null => descend(root, path, region.length);
  if (!holdsParagraphs(at, region, paragraphs)) return null;
  // A shallow story reaches up to the body itself (the document element's children are head and body).
  return viewOfCopy(at, region.length === 1 && root.localName === 'body' ? root : null);
}

/** Whether each prose paragraph in `region` is still at its path with its text (extraction pauses between steps: the page may have changed). */
function holdsParagraphs(at: (path: number[]) => Element | null, region: number[], paragraphs: ProseParagraph[]): boolean {
  for (const paragraph of paragraphs) {
    if (!isUnder(paragraph.path, region)) continue;
    const el = at(paragraph.path);
    if (!el || textOf(el) !== paragraph.text) return false;
  }
  return true;
}

/** Drops from a block joining the answer what Readability would have dropped from its own part. */
export function lightClean(block: Element): void {
  for (const el of Array.from(block.querySelectorAll(DROPPED))) el.remove();
  // `contains`, not `isConnected`: a block copied from part of the page is in no document.
  for (const el of Array.from(block.querySelectorAll('[class], [id]'))) if (block.contains(el) && isFurnitureName(el)) el.remove();
  // A list or box made mostly of links inside a section ("most read", a tag cloud) is navigation.
  for (const el of Array.from(block.querySelectorAll('ul, ol, div, section'))) if (block.contains(el) && linkShare(el) > MAX_LINK_LIST_SHARE) el.remove();
}

export function isUnder(path: number[], ancestor: number[]): boolean {
  return ancestor.length < path.length && startsWith(path, ancestor);
}

export function startsWith(path: number[], prefix: number[]): boolean {
  return prefix.length <= path.length && prefix.every((index, i) => path[i] === index);
}
