/**
 * The site's appeal for support closing the article: a title ("We need your help", "Unterstützen
 * Sie uns"), a line or two, and a button ("Donate", "Jetzt spenden", "Faire un don"). The button is
 * the cue: the article's last line, wholly a link or a button whose text is only a call to give or
 * join. The short lines above it that speak to the reader ("us", "you", "Sie"), up to a title
 * line, are its box. Promotions removes appeals that
 * name the donation in their own words; this one finds the box by its button when they do not
 * ("Help us continue to spread the magic of words to readers everywhere").
 */
import { isTitleLine } from './closing-boxes.ts';
import { READER_ADDRESS } from './promotions.ts';
import { wordsIn, type Lines, type PostCleanRule } from './shared.ts';

/** A button's whole text: give or join, in the languages we read most. */
const SUPPORT_BUTTON =
  /^(?:donate(?: now| today)?|give(?: now| today)?|support us(?: now)?|become a (?:member|supporter|patron)|spenden|jetzt spenden|spende jetzt|unterstützen|jetzt unterstützen|unterstütze uns|mitglied werden|faire un don|je fais un don|soutenez-nous|nous soutenir|donar|dona(?: ahora| ora)?|haz tu donación|apóyanos|sostienici)[.!]?$/iu;
/** The box above the button: a few short lines, never the story's own paragraphs. */
const MAX_BOX_LINES = 3;
const MAX_BOX_LINE_WORDS = 30;

function isSupportButton(el: Element, text: string): boolean {
  if (!SUPPORT_BUTTON.test(text)) return false;
  const action = el.querySelector('a[href], button');
  return !!action && (action.textContent ?? '').replace(/\s+/g, ' ').trim().length >= text.length;
}

/** The lines of a closing appeal box (the button and, when a title opens it, the lines up to it). */
export function closingAppeal(lines: Element[], index: Lines): Element[] {
  const last = lines.length - 1;
  const button = lines[last];
  if (!button || last === 0 || !isSupportButton(button, index.text(button))) return [];
  for (let i = last - 1; i >= Math.max(1, last - MAX_BOX_LINES); i--) {
    const text = index.text(lines[i]!);
    if (isTitleLine(lines[i]!, text)) return lines.slice(i);
    // The appeal speaks to the reader ("Help us …", "Unterstützen Sie …"); the story's lines do not.
    if (wordsIn(text) > MAX_BOX_LINE_WORDS || !READER_ADDRESS.test(text)) break;
  }
  return [button];
}

export const closingAppeals: PostCleanRule = {
  id: 'closing-appeals',
  apply(_body, index) {
    const lines = index.all().filter((el) => index.text(el).length > 0);
    for (const line of closingAppeal(lines, index)) index.remove(line);
  },
};
