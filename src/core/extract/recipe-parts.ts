/**
 * Adds to Readability's answer the parts of a declared recipe or how-to (recipe-schema.ts) that it
 * left out. An ingredient table or a list of step boxes holds no paragraph of prose, so Readability
 * drops it from the story it keeps, or picks a contact box beside the recipe. The page's own
 * metadata says what these parts are; recipe-blocks.ts found where they sit, and here the ones whose
 * texts the answer lacks join it in page order, lightly cleaned like the sibling sections.
 */
import type { ProseParagraph } from './prose-cluster.ts';
import { comparePaths, keyOf, type RecipeBlock, type RecipeBlocks } from './recipe-blocks.ts';
import { copyOfPage, lightClean, startsWith } from './page-view.ts';
import { keptIn, type SiblingBlocks } from './sibling-prose.ts';

/**
 * Copies (from a fresh copy of `doc`, which is only read) of the recipe's blocks the answer misses,
 * before or after it as they stand on the page; null when it misses none.
 */
export function missingRecipeParts(doc: Document, blocks: RecipeBlocks, answer: Element, paragraphs: ProseParagraph[]): SiblingBlocks | null {
  const answerText = answer.textContent ?? '';
  const answerKey = keyOf(answerText);
  const found = [blocks.ingredients, blocks.steps].filter((block): block is RecipeBlock => block !== null);
  const missing = found.filter((block) => !isHeld(block, answerKey));
  if (missing.length === 0) return null;
  // Past keptIn's search budget nothing counts as kept: the recipe's own held blocks still place the parts.
  const isKept = keptIn(answer, answerText.replace(/\s+/g, ' '), paragraphs) ?? [];
  const kept = paragraphs.filter((_, index) => isKept[index]).map((paragraph) => paragraph.path);
  // Where the answer stands on the page: its prose, or the list it holds (steps written with line breaks are no paragraphs).
  const anchor = [...kept, ...found.filter((block) => !missing.includes(block)).map((block) => block.path)].sort(comparePaths)[0];
  // A block around prose the answer already has would repeat it (the story of a blog post around its recipe card).
  const holdsKept = (path: number[]): boolean => kept.some((paragraph) => startsWith(paragraph, path));
  let paths = missing.length === 2 && blocks.joined && !holdsKept(blocks.joined) ? [blocks.joined] : missing.map((block) => block.path);
  paths = paths.filter((path) => !holdsKept(path)).sort(comparePaths);
  if (paths.length === 0) return null;
  const page = copyOfPage(doc);
  const parts: SiblingBlocks = { before: [], after: [] };
  for (const path of paths) {
    const el = page.at(path);
    // The page may have changed since it was cloned (extraction pauses between steps).
    if (!el || !keysOf(missing).some((key) => keyOf(el.textContent ?? '').includes(key))) continue;
    lightClean(el);
    (anchor && comparePaths(path, anchor) < 0 ? parts.before : parts.after).push(asPart(el));
  }
  return parts.before.length + parts.after.length > 0 ? parts : null;
}

/**
 * A block that is an `<article>` of its own (sites box each part of a recipe) holds this page's
 * recipe, not another story: it joins as a plain `<div>`, so post-clean's teaser-card rule does not take it for one.
 */
function asPart(el: Element): Element {
  if (el.localName !== 'article') return el;
  const part = el.ownerDocument.createElement('div');
  part.append(...Array.from(el.childNodes));
  return part;
}

/** Whether the answer holds at least half of the block's texts. */
function isHeld(block: RecipeBlock, answerKey: string): boolean {
  return block.keys.filter((key) => answerKey.includes(key)).length * 2 >= block.keys.length;
}

function keysOf(blocks: RecipeBlock[]): string[] {
  return blocks.flatMap((block) => block.keys);
}
