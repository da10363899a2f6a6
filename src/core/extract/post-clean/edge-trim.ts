/**
 * Link runs at the very start or end of the article: navigation menus and "more stories" lists
 * that Readability kept because they share a container with the story. Only lines that are almost
 * all link text go, and trimming stops at the first line of real prose, so links inside the
 * story are never touched. A heading left closing the article, with only links after it, goes too.
 */
import { hostsOf, wordsIn, type Lines, type PostCleanRule } from './shared.ts';

/** A line is prose (and stops the trim) when it has this many words outside links. */
const PROSE_WORDS = 12;

function isLinkLine(el: Element, index: Lines): boolean {
  return index.text(el).length > 0 && index.linkShare(el) >= 0.85;
}

function isProse(el: Element, index: Lines): boolean {
  return wordsIn(index.text(el)) >= PROSE_WORDS && index.linkShare(el) < 0.5;
}

function trim(lines: Element[], index: Lines): void {
  const run: Element[] = [];
  let links = 0;
  for (const line of lines) {
    if (isProse(line, index)) break;
    run.push(line);
    if (isLinkLine(line, index)) links++;
  }
  // Only a real run of links is furniture; one link (a source, a tag) before the story is not.
  if (links < 3) return;
  // Keep trailing non-link lines of the run (they may be a dateline right before the story).
  let last = run.length - 1;
  while (last >= 0 && !isLinkLine(run[last]!, index)) last--;
  for (const line of run.slice(0, last + 1)) index.remove(line);
}

const HEADING = /^H[1-6]$/;
/** A heading that ends like a sentence is a pull quote from the story, not the title of a box. */
const SENTENCE_END = /[.!?…"»“”]$/;

function isSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

/**
 * A heading is the title of what follows it. At the end of the article, with nothing after it but
 * links to one site, what it titled was never the story ("Related posts", "Latest articles", a
 * map's caption): the heading goes with the links. Links to several sites are the story's sources.
 */
function dropClosingHeading(index: Lines): void {
  const lines = index.all().filter((el) => index.text(el).length > 0);
  let last = lines.length - 1;
  while (last > 0 && isLinkLine(lines[last]!, index)) last--;
  const heading = lines[last];
  if (last <= 0 || !heading || !HEADING.test(heading.tagName.toUpperCase()) || isSentence(index.text(heading))) return;
  const after = lines.slice(last + 1);
  if (linkHosts(after).size >= 2) return;
  for (const line of lines.slice(last)) index.remove(line);
}

/** The sites the lines link to (see `hostsOf`). */
function linkHosts(lines: Element[]): Set<string> {
  return hostsOf(lines.flatMap((line) => (line.matches('a[href]') ? [line] : Array.from(line.querySelectorAll('a[href]')))));
}

export const edgeTrim: PostCleanRule = {
  id: 'edge-trim',
  apply(_body, index) {
    trim(index.all().filter((el) => index.text(el).length > 0), index);
    trim([...index.all()].filter((el) => index.text(el).length > 0).reverse(), index);
    dropClosingHeading(index);
  },
};
