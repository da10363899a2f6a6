/**
 * Link runs at the very start or end of the article: navigation menus and "more stories" lists
 * that Readability kept because they share a container with the story. Only lines that are almost
 * all link text go, and trimming stops at the first line of real prose, so links inside the
 * story are never touched.
 */
import { leafBlocks, linkShare, removeWithEmptyParents, textOf, wordsIn, type PostCleanRule } from './shared.ts';

/** A line is prose (and stops the trim) when it has this many words outside links. */
const PROSE_WORDS = 12;

function isLinkLine(el: Element): boolean {
  return textOf(el).length > 0 && linkShare(el) >= 0.85;
}

function isProse(el: Element): boolean {
  const text = textOf(el);
  return wordsIn(text) >= PROSE_WORDS && linkShare(el) < 0.5;
}

function trim(lines: Element[], body: Element): void {
  const run: Element[] = [];
  let links = 0;
  for (const line of lines) {
    if (isProse(line)) break;
    run.push(line);
    if (isLinkLine(line)) links++;
  }
  // Only a real run of links is furniture; one link (a source, a tag) before the story is not.
  if (links < 3) return;
  // Keep trailing non-link lines of the run (they may be a dateline right before the story).
  let last = run.length - 1;
  while (last >= 0 && !isLinkLine(run[last]!)) last--;
  for (const line of run.slice(0, last + 1)) if (body.contains(line)) removeWithEmptyParents(line, body);
}

export const edgeTrim: PostCleanRule = {
  id: 'edge-trim',
  apply(body) {
    const lines = leafBlocks(body).filter((el) => textOf(el).length > 0);
    trim(lines, body);
    trim(lines.filter((el) => body.contains(el)).reverse(), body);
  },
};
