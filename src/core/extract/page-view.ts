/**
 * Fresh copies of the pre-cleaned page for the steps that add to Readability's answer (sibling
 * sections, a recipe's parts): Readability moved its answer out of the first clone and stripped the
 * rest, so blocks beside the answer are read again from a copy, by the paths found before it ran.
 */
import { descend, elementAt, isFurnitureName, type ProseParagraph } from './prose-cluster.ts';
import { preClean, promoteLazyImagesIn } from './pre-clean.ts';
import { cloneWithoutClobbering, importWithoutClobbering } from './safe-clone.ts';
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
  body: Element | null;
}

export function copyOfPage(doc: Document): PageView {
  const page = cloneWithoutClobbering(doc);
  preClean(page);
  return { at: (path) => elementAt(page, path), body: page.body };
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
  // The page may have changed since it was cloned (extraction pauses between steps).
  for (const paragraph of paragraphs) {
    if (!isUnder(paragraph.path, region)) continue;
    const el = at(paragraph.path);
    if (!el || textOf(el) !== paragraph.text) return null;
  }
  // A shallow story reaches up to the body itself (the document element's children are head and body).
  return { at, body: region.length === 1 && root.localName === 'body' ? root : null };
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
