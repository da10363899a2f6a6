/** Ad labels, category lines, copyright lines and photo credits: see boilerplate-lines.ts in core/declutter. */
import { hideable } from '../blocks.ts';
import { boilerplateLineOf, LINE_TRIGGER, MAX_LINE_CHARS, MAX_PITCH_WORDS, type BoilerplateLine } from '../boilerplate-lines.ts';
import { wordCount } from '../text.ts';
import { ruleClock, steppedRule } from '../rule-steps.ts';
import type { BlockKind, DeclutterContext, Finding } from '../types.ts';

const KINDS: Record<BoilerplateLine, BlockKind> = { 'ad label': 'ad', category: 'footer', rights: 'footer', credit: 'footer', furniture: 'share bar', pitch: 'newsletter', contact: 'footer' };
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'OPTION', 'TITLE']);
/** A line's text may sit a level or two below the element that holds all of it ("Foto: <a>dpa</a>"). */
const LEVELS = 3;
const MAX_LINE_CHILDREN = 6;

export const boilerplateLinesRule = steppedRule({
  id: 'boilerplate-lines',
  withinArticle: true,
  description: 'Hides short lines that are the site\'s: ad labels ("Advertisement", "Anzeige", "إعلان", "اشتہار"), "Filed under"/tag lines, copyright lines, photo credits, "Share this"/rating/"back" lines.',
  // In steps: testing every text node of a 5 MB article for the lines' words takes about 100 ms.
  *findSteps(doc, context) {
    const body = doc.body;
    if (!body) return [];
    const found: Finding[] = [];
    const seen = new Set<Element>();
    const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
    const clock = ruleClock(256);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (clock.due()) yield;
      const value = node.nodeValue ?? '';
      // A text run longer than any line cannot be part of one: skip it before reading what holds it.
      if (!value.trim() || value.length > MAX_LINE_CHARS || !LINE_TRIGGER.test(value) || wordCount(value) > MAX_PITCH_WORDS) continue;
      let element = node.parentElement;
      for (let level = 0; element && element !== body && level < LEVELS; level++, element = element.parentElement) {
        if (seen.has(element)) break;
        seen.add(element);
        // A line is a small element; a container's text is costly to read and never one line.
        if (SKIPPED.has(element.tagName) || element.childElementCount > MAX_LINE_CHILDREN) break;
        // A link is judged with what holds it: "Foto: <a>dpa</a>", "<p><a>Zurück</a></p>".
        if (element.tagName === 'A') continue;
        const line = boilerplateLineOf(element);
        if (line && (hideable(element, context) || endsArticleBlock(element, line, context))) {
          found.push({ element, kind: KINDS[line] });
          break;
        }
      }
    }
    return found;
  },
});

/**
 * Inside an article block (a caption, a closing paragraph) only a credit or rights line that ends
 * the block, holding none of the article itself: "The minister. <span>Foto: dpa</span>". An ad
 * label there could be a word in a sentence ("Die <b>Werbung</b> kostet…"), so it must be a block of its own.
 */
function endsArticleBlock(element: Element, line: BoilerplateLine, context: DeclutterContext): boolean {
  if ((line !== 'credit' && line !== 'rights') || context.article.holdsArticle(element)) return false;
  for (let next = element.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 1 && (next as Element).tagName !== 'BR') return false;
    if (next.nodeType === 3 && (next.nodeValue ?? '').trim()) return false;
  }
  return element.previousSibling !== null || element.parentElement?.firstChild !== element;
}
