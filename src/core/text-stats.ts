/**
 * Word counts and reading time that hold across scripts. Latin-style counting undercounts
 * Chinese and Japanese (no spaces) and reading speed differs by script (readability#381).
 */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const HEBREW_SCRIPT = /[\u0590-\u05ff]/u;

/** Words per minute for silent reading, by script (Trauzettel-Klosinski & Dietz 2012 averages, rounded). */
const WORDS_PER_MINUTE = { latin: 230, arabic: 180, cjkCharacters: 260 } as const;

export function countWords(text: string): number {
  const { words, cjkCharacters } = wordCounts(text);
  return words + cjkCharacters;
}

/**
 * Latin-style words and CJK characters. Counted with `test`, which makes no array of the words;
 * the replace only runs on text with CJK characters in it.
 */
function wordCounts(text: string): { words: number; cjkCharacters: number } {
  const cjkCharacters = matchCount(CJK, text);
  const words = matchCount(WORD, cjkCharacters > 0 ? text.replace(CJK, ' ') : text);
  return { words, cjkCharacters };
}

/** How many matches a global pattern (that never matches the empty string) finds in `text`. */
function matchCount(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.test(text)) count++;
  return count;
}

export function readingMinutes(text: string): number {
  const { words, cjkCharacters } = wordCounts(text);
  if (words + cjkCharacters === 0) return 0;
  const wordsPerMinute = ARABIC_SCRIPT.test(text) ? WORDS_PER_MINUTE.arabic : WORDS_PER_MINUTE.latin;
  const minutes = words / wordsPerMinute + cjkCharacters / WORDS_PER_MINUTE.cjkCharacters;
  return Math.max(1, Math.round(minutes));
}

/** A letter of Arabic or Hebrew script. */
const RTL_LETTER = new RegExp(`(?=\\p{L})(?:${ARABIC_SCRIPT.source}|${HEBREW_SCRIPT.source})`, 'gu');
const LETTER = /\p{L}/gu;

/** Direction implied by the text itself: right-to-left when most letters are Arabic or Hebrew script. */
export function directionOfText(text: string): 'ltr' | 'rtl' {
  const sample = text.slice(0, 4000);
  // Most text holds no right-to-left letter at all: one scan settles it, without counting letters.
  const rtl = matchCount(RTL_LETTER, sample);
  if (rtl === 0) return 'ltr';
  const letters = matchCount(LETTER, sample);
  return letters > 0 && rtl / letters > 0.5 ? 'rtl' : 'ltr';
}
