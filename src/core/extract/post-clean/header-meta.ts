/**
 * The story's filing data that sits beside its lines rather than in one: a reading time ("Lesezeit:
 * 2 Minuten", "weiterlesen 10 Minuten", "5 min read", "Tempo di lettura: 3 minuti") and a
 * timestamp standing on its own between blocks (`<time>Publiziert: 03.04.2020, 12:35</time>` right
 * in the article's container, which the line index does not see as a line: `<time>` is inline).
 * Reader view shows the date and its own reading time from metadata.
 *
 * Kept: a time without a reading label ("25 Min." is a recipe's baking time), and a `<time>` inside
 * a sentence or a line ("On <time>March 3</time>, the council …"), which meta-lines judges as a whole.
 */
import { isDateline } from './meta-lines.ts';
import { textOf, type PostCleanRule } from './shared.ts';

/** A reading label and a number of minutes, nothing else. */
const READING_TIME =
  /^(?:(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|tempo di lettura|leestijd|weiterlesen)\s*:?\s*(?:ca\.?\s*|~\s*)?\d+\s*(?:min(?:\.|s|ute[ns]?|utos|uti)?|minuten)|(?:ca\.?\s*|~\s*)?\d+\s*(?:min(?:\.|s|ute[ns]?|utos|uti)?|minuten)\s+(?:read|reading|lesezeit|lesedauer|lesen|de lecture|de lectura|di lettura|leestijd))$/iu;
const MAX_READING_CHARS = 40;

export function isReadingTime(text: string): boolean {
  return text.length <= MAX_READING_CHARS && READING_TIME.test(text);
}

/** Elements a `<time>` may sit in while still being part of a line of text. */
const INLINE_OR_LINE = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'SPAN', 'A', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'LABEL', 'BLOCKQUOTE']);

/** A `<time>` set directly among blocks (its parent is a container, not a line or inline text). */
function isStandaloneTime(time: Element): boolean {
  const parent = time.parentElement;
  if (!parent || INLINE_OR_LINE.has(parent.tagName)) return false;
  // A <div> holding text beside the time is a line that reads on ("Updated <time>…</time> by …").
  for (const node of Array.from(parent.childNodes)) if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return false;
  return isDateline(textOf(time));
}

export const headerMeta: PostCleanRule = {
  id: 'header-meta',
  apply(body, lines) {
    for (const el of lines.all()) if (isReadingTime(lines.text(el))) lines.remove(el);
    for (const time of Array.from(body.getElementsByTagName('time'))) if (isStandaloneTime(time)) time.remove();
  },
};
