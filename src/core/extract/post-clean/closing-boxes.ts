/**
 * Boxes the site puts after the story, inside the story's container, each opened by a title line:
 * a contact card ("Kontakt:", "Press contact", then names, phone numbers and e-mail addresses), and
 * a title left closing the article with nothing after it ("Autoren:", "Heute empfehlen wir"): what
 * it titled was never in the copy or went with another rule. The title and everything after it go.
 * Only the article's last part is looked at, never more than a third of it. ("About …" boxes were
 * tried too: a story's last section is titled that way as often as a company's self-description.)
 */
import { isHeading, SENTENCE_END, wordsIn, type Lines, type PostCleanRule } from './shared.ts';

/** A box after the story is short; a longer tail is more likely the story's own last section. */
const MAX_BOX_WORDS = 300;
const MAX_BOX_SHARE = 1 / 3;
/** A title line is a few words: "Autoren:", "Press contact", "Ansprechpartnerin zum Thema:". */
const MAX_TITLE_WORDS = 8;
/** Contact cards hold names and numbers, not sentences of this length. */
const MAX_CONTACT_LINE_WORDS = 20;

const CONTACT = /^(?:press(?:e)?[- ]?)?(?:kontakt|contact|ansprechpartner(?:in)?|media contacts?|media enquiries|pressekontakt|contacto|contatti|contatto)(?!\p{L})/iu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
/** A phone number: digits in groups, with an optional country code and brackets. */
const PHONE = /(?:\+|\(0\)|\b0)[\d\s()/-]{6,}\d/;

/** The whole line is bold: a title the site set as a paragraph. */
function isBoldLine(el: Element, text: string): boolean {
  const bold = Array.from(el.querySelectorAll('strong, b')).reduce((sum, b) => sum + (b.textContent ?? '').replace(/\s+/g, ' ').trim().length, 0);
  return bold >= text.length;
}

/** A heading, a bold line or a label ending in a colon, a few words long and not a sentence. */
export function isTitleLine(el: Element, text: string): boolean {
  if (wordsIn(text) === 0 || wordsIn(text) > MAX_TITLE_WORDS || SENTENCE_END.test(text)) return false;
  return isHeading(el) || text.endsWith(':') || isBoldLine(el, text);
}

/** What follows a contact title is a card: short lines with an address or a number to call. */
function isContactCard(tail: Element[], index: Lines): boolean {
  const texts = tail.map((el) => index.text(el));
  return texts.every((text) => wordsIn(text) <= MAX_CONTACT_LINE_WORDS) && texts.some((text) => EMAIL.test(text) || PHONE.test(text));
}

/** How many lines from `at` on (to the end) form a box that is not the story (0: none). */
export function closingBoxLength(lines: Element[], at: number, index: Lines): number {
  const title = lines[at]!;
  const text = index.text(title);
  if (!isTitleLine(title, text)) return 0;
  const after = lines.slice(at + 1);
  // Closing the article: a heading or a bold title. A paragraph ending in a colon may introduce a
  // list of the story's own that was lost before this rule ("Recommendations from our editor:").
  if (after.length === 0) return isHeading(title) || (isBoldLine(title, text) && !text.endsWith(':')) ? 1 : 0;
  return CONTACT.test(text) && isContactCard(after, index) ? after.length + 1 : 0;
}

export const closingBoxes: PostCleanRule = {
  id: 'closing-boxes',
  apply(_body, index) {
    const lines = index.all().filter((el) => index.text(el).length > 0);
    const total = lines.reduce((sum, el) => sum + wordsIn(index.text(el)), 0);
    const limit = Math.min(MAX_BOX_WORDS, total * MAX_BOX_SHARE);
    let tailWords = 0;
    const boxes: Element[] = [];
    for (let i = lines.length - 1; i > 0; i--) {
      tailWords += wordsIn(index.text(lines[i]!));
      if (tailWords > limit) break;
      boxes.push(...lines.slice(i, i + closingBoxLength(lines, i, index)));
    }
    for (const line of new Set(boxes)) index.remove(line);
  },
};
