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
  const cjkCharacters = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return words + cjkCharacters;
}

export function readingMinutes(text: string): number {
  const cjkCharacters = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  if (words + cjkCharacters === 0) return 0;
  const wordsPerMinute = ARABIC_SCRIPT.test(text) ? WORDS_PER_MINUTE.arabic : WORDS_PER_MINUTE.latin;
  const minutes = words / wordsPerMinute + cjkCharacters / WORDS_PER_MINUTE.cjkCharacters;
  return Math.max(1, Math.round(minutes));
}

/** Direction implied by the text itself: right-to-left when most letters are Arabic or Hebrew script. */
export function directionOfText(text: string): 'ltr' | 'rtl' {
  let rtl = 0;
  let letters = 0;
  for (const ch of text.slice(0, 4000)) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (ARABIC_SCRIPT.test(ch) || HEBREW_SCRIPT.test(ch)) rtl++;
  }
  return letters > 0 && rtl / letters > 0.5 ? 'rtl' : 'ltr';
}
