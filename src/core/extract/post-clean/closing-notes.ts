/**
 * The site's own note closing the article: a line wholly in bold or italics that speaks to the
 * reader and gives them something to do on the site ("Über 20.000 Traumjobs warten nur auf dich in
 * der <a>Jobbörse</a>. Gleich reinschauen!", "Advertise with us … Contact us at ads@…"). Promotions
 * knows the pitches it can name (newsletters, donations, apps); at the very end of the article the
 * shape is enough whatever the offer: the story's last paragraph is set in plain type, does not
 * speak to "you", or has nothing to click. A title line left over it then closes the article, and
 * closing-boxes drops it.
 */
import { isPageLink } from '../../page-link.ts';
import { isWhollyEmphasised, READER_ADDRESS } from './promotions.ts';
import { wordsIn, type Lines, type PostCleanRule } from './shared.ts';

/** A note is a few sentences; a longer emphasised closing paragraph is more likely the story's. */
const MAX_NOTE_WORDS = 60;
/** How many notes may close the article in a row (an offer, then how to reach the site). */
const MAX_NOTES = 2;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

/** Something for the reader to act on: a link to a page, or an address to write to. */
function offersAction(el: Element, text: string): boolean {
  for (const link of el.getElementsByTagName('a')) if (isPageLink(link.getAttribute('href'))) return true;
  return EMAIL.test(text);
}

export function isClosingNote(el: Element, text: string): boolean {
  const words = wordsIn(text);
  return words > 0 && words <= MAX_NOTE_WORDS && READER_ADDRESS.test(text) && isWhollyEmphasised(el, text) && offersAction(el, text);
}

export const closingNotes: PostCleanRule = {
  id: 'closing-notes',
  apply(_body, index: Lines) {
    // Captions are no part of the text a reader reads on; a credit under the last picture may follow the note.
    const lines = index.all().filter((el) => el.tagName !== 'FIGCAPTION' && index.text(el).length > 0);
    const notes: Element[] = [];
    for (let i = lines.length - 1; i > 0 && notes.length < MAX_NOTES; i--) {
      if (!isClosingNote(lines[i]!, index.text(lines[i]!))) break;
      notes.push(lines[i]!);
    }
    // The article is more than its closing notes: one line of story must stay before them.
    for (const note of notes) index.remove(note);
  },
};
