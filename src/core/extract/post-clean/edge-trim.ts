/**
 * Link runs at the very start or end of the article: navigation menus and "more stories" lists
 * that Readability kept because they share a container with the story. Only lines that are almost
 * all link text go, and trimming stops at the first line of real prose, so links inside the
 * story are never touched. A heading left closing the article, with only links after it, goes too.
 */
import { hostsOf, isHeading, SENTENCE_END, wordsIn, type Lines, type PostCleanRule } from './shared.ts';
import { isDocumentLink } from '../../page-link.ts';

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
  if (last <= 0 || !heading || !isHeading(heading) || isSentence(index.text(heading))) return;
  const after = lines.slice(last + 1);
  if (linkHosts(after).size >= 2) return;
  for (const line of lines.slice(last)) index.remove(line);
}

/** A link's text that is its own address ("www.example.org/report") or a file is a reference, not a teaser. */
const ADDRESS_TEXT = /^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i;
/** A teaser's title has a few words; one or two are a name or a button. */
const MIN_TEASER_WORDS = 3;

/**
 * After the story's last line of prose, a line that is one link titled like a headline ("Richtig
 * frühstücken: Die besten Tipps …", "Hier geht es zur neuen Vorstandsstruktur") points the reader
 * to another page: a teaser or a button, even alone (the run rule above needs three).
 */
function isTrailingTeaser(el: Element, index: Lines): boolean {
  const links = Array.from(el.getElementsByTagName('a'));
  if (links.length !== 1 || !isLinkLine(el, index) || wordsIn(index.text(el)) < MIN_TEASER_WORDS) return false;
  const href = links[0]!.getAttribute('href')?.trim() ?? '';
  if (!href || href.startsWith('#') || isDocumentLink(href)) return false;
  return !ADDRESS_TEXT.test(index.text(links[0]!));
}

function dropTrailingTeasers(index: Lines): void {
  const lines = index.all().filter((el) => index.text(el).length > 0);
  for (let i = lines.length - 1; i > 0 && !isProse(lines[i]!, index); i--) {
    if (isTrailingTeaser(lines[i]!, index)) index.remove(lines[i]!);
  }
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
    dropTrailingTeasers(index);
    dropClosingHeading(index);
  },
};
