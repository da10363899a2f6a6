/**
 * Extends Readability's answer to the rest of a story split over sibling blocks. Readability picks
 * one container and only looks at its direct siblings, so a story whose sections sit in separate
 * wrappers (a CMS's "paragraph" components, page-builder columns, a lead set apart from the body)
 * loses every section but one. Here the page's prose paragraphs (found before Readability ran, with
 * their positions) that Readability's text misses are looked for around the paragraphs it kept:
 * from their common ancestor up, through ancestors that are still mostly prose and few links,
 * never past the story's own `<article>`. Blocks beside that path holding the missed prose join
 * the answer in page order, lightly cleaned; post-clean then treats them as the rest of the body.
 */
import { isFurnitureName, type ProseParagraph } from './prose-cluster.ts';
import { copyOfPage, copyOfPart, CopyNeeded, isUnder, lightClean, liveViewOfPart, type CloneShape, type PageView } from './page-view.ts';
import { linkShare, textOf } from './post-clean/shared.ts';

/** Less missed prose than this is not a lost section (a caption, a teaser, a pull quote). */
const MIN_GAIN_CHARS = 200;
/** An ancestor whose text is less than this share prose paragraphs holds more than the story. */
const MIN_PROSE_SHARE = 0.6;
/** More link text than this: a teaser list or menu around the story, not more of it. */
const MAX_LINK_SHARE = 0.25;
/** A section beside the story: its paragraphs next to a heading, a picture's caption, a short list. */
const MIN_BLOCK_PROSE_SHARE = 0.5;
/** How far above the kept paragraphs' common ancestor the story may still reach. */
const MAX_LEVELS_UP = 6;
/** Characters of substring search allowed to tell kept paragraphs from missed ones (a few tens of ms). */
const MAX_SEARCHED_CHARS = 20_000_000;
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'HEADER']);
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Between two top-level sections of a story, a block this short with this little link text goes along. */
const MAX_BRIDGE_CHARS = 300;
const MAX_BRIDGE_LINK_SHARE = 0.1;
/** A top-level block with more of the page's text than this is the page's wrapper, not one section of a story. */
const MAX_SECTION_SHARE = 0.5;

export interface SiblingBlocks {
  before: Element[];
  after: Element[];
}

/**
 * Blocks (copies of `doc`'s, which is only read) that continue the story whose text Readability
 * returned, or null when nothing is missing. `paragraphs` come from a pre-cleaned clone, so their
 * paths hold in a fresh one; with that clone's `shape`, where pre-clean left the part of the page
 * around the story as it was, that part is read in place (or copied, page-view.ts) and only the
 * blocks that join are copied.
 */
export function findSiblingProse(
  doc: Document,
  paragraphs: ProseParagraph[],
  readabilityText: string,
  answer?: Element | null,
  shape?: CloneShape,
): SiblingBlocks | null {
  const isKept = keptIn(answer, readabilityText.replace(/\s+/g, ' '), paragraphs);
  if (!isKept) return null;
  const kept = paragraphs.filter((_, index) => isKept[index]);
  if (kept.length === 0) return null;
  const keptPath = commonPrefix(kept.map((paragraph) => paragraph.path));
  // Only prose near the kept paragraphs can be the rest of the story; the clone is paid only then.
  const nearby = keptPath.slice(0, Math.max(1, keptPath.length - MAX_LEVELS_UP));
  const missed = paragraphs.filter((paragraph, index) => !isKept[index] && isUnder(paragraph.path, nearby));
  if (charsOf(missed) < MIN_GAIN_CHARS) return null;
  // Read in place where the live page reads as a copy would; a copy only when it may not.
  const live = shape && liveViewOfPart(doc, nearby, paragraphs, shape);
  if (live) {
    try {
      return siblingBlocks(live, keptPath, paragraphs, missed);
    } catch (error) {
      if (!(error instanceof CopyNeeded)) throw error;
    }
  }
  const page = (shape && copyOfPart(doc, nearby, paragraphs, shape)) ?? copyOfPage(doc);
  return siblingBlocks(page, keptPath, paragraphs, missed);
}

function siblingBlocks(page: PageView, keptPath: number[], paragraphs: ProseParagraph[], missed: ProseParagraph[]): SiblingBlocks | null {
  const { widest: top, highest } = widestStory(page, keptPath, paragraphs, missed);
  if (!top) return highest?.length === 2 ? bodySections(page, highest[1]!, missed) : null;
  const before: Element[] = [];
  const afterByLevel: Element[][] = [];
  // Down the path from the widest ancestor to the kept paragraphs: the children beside the path.
  for (let depth = top.length; depth < keptPath.length; depth++) {
    const onPath = keptPath[depth]!;
    const after: Element[] = [];
    page.childrenAt(keptPath.slice(0, depth)).forEach((child, index) => {
      if (index === onPath) return;
      const path = [...keptPath.slice(0, depth), index];
      if (!isStoryBlock(child, path, missed)) return;
      (index < onPath ? before : after).push(child);
    });
    afterByLevel.push(after);
  }
  // In page order: outer levels wrap inner ones, so what follows an inner level comes before what follows an outer one.
  return joining(page, { before, after: afterByLevel.reverse().flat() });
}

/** The blocks as our own, lightly cleaned, or null when there are none. */
function joining(page: PageView, blocks: SiblingBlocks): SiblingBlocks | null {
  if (blocks.before.length + blocks.after.length === 0) return null;
  const own = (block: Element): Element => {
    const copy = page.own(block);
    lightClean(copy);
    return copy;
  };
  return { before: blocks.before.map(own), after: blocks.after.map(own) };
}

/**
 * Path of the highest ancestor of the kept paragraphs that still looks like one story and holds
 * missed prose (`widest`), and of the highest that looks like one story at all (`highest`).
 */
function widestStory(page: PageView, keptPath: number[], paragraphs: ProseParagraph[], missed: ProseParagraph[]): { widest: number[] | null; highest: number[] | null } {
  let widest: number[] | null = null;
  // The kept paragraphs' common ancestor is the story by definition; the climb starts above it.
  let highest: number[] | null = keptPath;
  const lowest = Math.max(1, keptPath.length - MAX_LEVELS_UP);
  for (let depth = keptPath.length - 1; depth >= lowest; depth--) {
    const path = keptPath.slice(0, depth);
    const el = page.at(path);
    if (!el || el === page.body || FURNITURE_TAGS.has(el.tagName) || isFurnitureName(el)) break;
    const text = textOf(el);
    if (charsOf(paragraphs.filter((paragraph) => isUnder(paragraph.path, path))) < MIN_PROSE_SHARE * text.length) break;
    if (linkShare(el, text) > MAX_LINK_SHARE) break;
    highest = path;
    if (missed.some((paragraph) => isUnder(paragraph.path, path))) widest = path;
    // The story's own <article> is as far as it goes: beyond it sit other stories.
    if (el.tagName === 'ARTICLE') return { widest, highest: null };
  }
  return { widest, highest };
}

/**
 * A story whose sections are the page's top-level blocks (page builders put each right under
 * `<body>`): the body fails the prose test above, as it holds the menus and the footer too, so the
 * blocks beside the story's own are taken one by one, outward, while each continues the story. A
 * short block without links between two sections (a table of figures, a picture) goes along; the
 * first other block ends the story on that side. Before the story, a block may carry its headline.
 */
function bodySections(page: PageView, own: number, missed: ProseParagraph[]): SiblingBlocks | null {
  const children = page.childrenAt([1]);
  const shown = children.reduce((sum, child) => sum + (NOT_SHOWN.has(child.tagName) ? 0 : textOf(child).length), 0);
  // A story block holding most of the page is the page's own wrapper: beside it sit notices, not more sections.
  if (!children[own] || textOf(children[own]!).length > MAX_SECTION_SHARE * shown) return null;
  const blocks: SiblingBlocks = { before: [], after: [] };
  for (const step of [-1, 1]) {
    const side = step < 0 ? blocks.before : blocks.after;
    const between: Element[] = [];
    for (let index = own + step; index >= 0 && index < children.length; index += step) {
      const child = children[index]!;
      const text = NOT_SHOWN.has(child.tagName) ? '' : textOf(child);
      if (!text) continue;
      if (isStoryBlock(child, [1, index], missed, step < 0)) {
        side.push(...between.splice(0), child);
        continue;
      }
      const bridges = text.length <= MAX_BRIDGE_CHARS && linkShare(child, text) <= MAX_BRIDGE_LINK_SHARE;
      if (!bridges || FURNITURE_TAGS.has(child.tagName) || isFurnitureName(child)) break;
      between.push(child);
    }
  }
  blocks.before.reverse();
  return joining(page, blocks);
}

/**
 * A block beside the story's path that carries missed prose and is neither another story nor
 * furniture; `headed` lets a block before the story carry an `<h1>`, the story's own headline.
 */
function isStoryBlock(el: Element, path: number[], missed: ProseParagraph[], headed = false): boolean {
  if (FURNITURE_TAGS.has(el.tagName) || isFurnitureName(el)) return false;
  const inside = missed.filter((paragraph) => isUnder(paragraph.path, path));
  if (inside.length === 0) return false;
  // Another story's headline or its own <article>: the next story of an endless page, not this one.
  if (el.tagName === 'ARTICLE' || el.querySelector(headed ? 'article' : 'article, h1')) return false;
  // Headlines that are links lead to other pages: a list of teasers ("related stories"), not a section.
  for (const heading of Array.from(el.querySelectorAll('h2, h3, h4, h5, h6'))) if (linkShare(heading) > 0.5) return false;
  const text = textOf(el);
  return charsOf(inside) >= MIN_BLOCK_PROSE_SHARE * text.length && linkShare(el, text) <= MAX_LINK_SHARE;
}

/**
 * For each paragraph, whether Readability's text holds it; null when finding out would cost too much.
 * Searching the whole answer for every paragraph is quadratic: on a page of 20,000 paragraphs it took
 * seconds. Readability's own paragraphs answer most of them by a set look-up (an element's text is a
 * piece of its ancestor's, whitespace collapsed alike); only the rest are searched, within a budget.
 */
export function keptIn(answer: Element | null | undefined, flat: string, paragraphs: ProseParagraph[]): boolean[] | null {
  const own = new Set<string>();
  for (const el of Array.from(answer?.querySelectorAll('p, pre') ?? [])) own.add(textOf(el));
  let budget = MAX_SEARCHED_CHARS;
  const kept: boolean[] = [];
  for (const paragraph of paragraphs) {
    if (own.has(paragraph.text)) {
      kept.push(true);
      continue;
    }
    budget -= flat.length;
    // Past the budget a paragraph's fate is unknown, and guessing "missed" would repeat kept text.
    if (budget < 0) return null;
    kept.push(flat.includes(paragraph.text));
  }
  return kept;
}

function charsOf(paragraphs: ProseParagraph[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
}

function commonPrefix(paths: number[][]): number[] {
  const first = paths[0] ?? [];
  let length = first.length;
  for (const path of paths) {
    let i = 0;
    while (i < length && path[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length);
}
