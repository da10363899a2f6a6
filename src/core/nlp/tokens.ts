/**
 * Word tokens with offsets, for the entity finder. Possessive "'s" is split off ("Moscow's" →
 * "Moscow"), hyphenated words stay whole ("Jean-Claude", "Covid-19"), dotted initials stay whole
 * ("U.S."). Each token knows whether it starts a sentence or clause, where capitals say nothing.
 */
import { splitSentences } from './sentences.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence, quotation, bracket or headline clause. */
  clauseStart: boolean;
  /** Index of the sentence the token is in. */
  sentence: number;
  /** The sentence is written in capitals (a headline or dateline), so case says nothing. */
  shouted: boolean;
  /** A word (letters/digits) rather than punctuation. */
  word: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|['’][sS](?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const POSSESSIVE = /['’]s$/iu;
const CLAUSE_OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', ';', '-', '–', '—', '«']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  splitSentences(text).forEach((sentence, index) => {
    const inSentence: Token[] = [];
    for (const match of sentence.text.matchAll(TOKEN)) {
      const start = sentence.start + (match.index ?? 0);
      let word = match[0];
      const isWord = /[\p{L}\p{N}]/u.test(word) && !/^['’]/u.test(word);
      if (isWord && POSSESSIVE.test(word) && word.length > 2) {
        word = word.slice(0, -2);
        inSentence.push(makeToken(word, start, index, true));
        inSentence.push(makeToken(match[0].slice(-2), start + word.length, index, false));
        continue;
      }
      inSentence.push(makeToken(word, start, index, isWord));
    }
    markClauses(inSentence);
    tokens.push(...inSentence);
  });
  return tokens;
}

function makeToken(text: string, start: number, sentence: number, word: boolean): Token {
  return { text, start, end: start + text.length, clauseStart: false, sentence, shouted: false, word };
}

function markClauses(tokens: Token[]): void {
  let letters = 0;
  let upper = 0;
  let expectStart = true;
  for (const token of tokens) {
    if (token.word) {
      if (expectStart) token.clauseStart = true;
      expectStart = false;
      if (/\p{L}/u.test(token.text) && token.text.length > 1) {
        letters++;
        if (token.text === token.text.toUpperCase()) upper++;
      }
    } else if (CLAUSE_OPENERS.has(token.text)) expectStart = true;
  }
  // Headlines and datelines in capitals: "SOCCER - JAPAN GET LUCKY WIN".
  const shouted = letters >= 3 && upper / letters > 0.6;
  if (shouted) for (const token of tokens) token.shouted = true;
}

/** True for a word that starts with a capital letter (or is all capitals). */
export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** "UN", "NATO", "U.S.", "AT&T": capitals only (or capitals with full stops), two to six letters. */
export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,5}$/u.test(word);
}

/** The tokens' words in lower case, joined by spaces: the form the lexicon looks phrases up in. */
export function lowerOf(tokens: Token[]): string {
  return tokens.map((token) => token.text.toLowerCase()).join(' ');
}
