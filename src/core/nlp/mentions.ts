/**
 * Candidate name spans in one text: runs of capitalised words (with initials, joiners such as "of" and
 * places written in capitals), each trimmed and typed by `typeSpan` (`mention-type.ts`). Document-level
 * decisions (aliases, acronyms, a type shared by every mention of a name) are made in `entities.ts`.
 */
import { classOf, COMPROMISE_ORG_WORDS, COMPROMISE_PLACE_WORDS, NAME_CLASSES } from './lexicon.ts';
import { isAcronym, isCapitalised, lowerOf, type Token } from './tokens.ts';
import { isTownOrCity } from './places.ts';
import { clubsInSportsPages, isSportsReport } from './report-layout.ts';
import { typeSpan } from './mention-type.ts';
import { NAME_JOINERS, NEWS_AGENCIES, ORG_HEADS, PLACE_ABBREVIATIONS } from './word-lists.ts';

export type EntityType = 'person' | 'place' | 'organization';

export interface Mention {
  start: number;
  end: number;
  /** The words of the name, as written. */
  words: string[];
  /** null: a name of unknown kind, decided from the rest of the document. */
  type: EntityType | null;
  /** How sure the type is: 2 lexicon or head word, 1 context, 0 default. */
  strength: number;
  /** A title such as "Minister" or "Mr" stood before it. */
  titled: boolean;
  /** Not a name but a word that refers to it ("Chinese" → China). */
  implied?: boolean;
  /** A town or city named without "in", "at"… before it: in the sports pages, most likely its club. */
  bareCity?: boolean;
  /** A lone given name that is also a town ("Houston"): the town unless the text names such a person. */
  nameOrTown?: boolean;
  /** A dateline's place ("LONDON 1996-08-30"): a place whatever else the same name means in the text (a club). */
  dateline?: boolean;
}

export interface DocumentClues {
  /** Lower-case words seen written in lower case somewhere in the text: ordinary words. */
  lowerWords: ReadonlySet<string>;
  /** Lower-case forms of words seen capitalised in the middle of a normal sentence. */
  properWords: ReadonlySet<string>;
}

export function documentClues(tokens: Token[]): DocumentClues {
  const lowerWords = new Set<string>();
  const properWords = new Set<string>();
  for (const token of tokens) {
    if (!token.word) continue;
    if (/^\p{Ll}/u.test(token.text)) lowerWords.add(token.text);
    else if (!token.shouted && !token.clauseStart && isCapitalised(token.text)) properWords.add(token.text.toLowerCase());
  }
  return { lowerWords, properWords };
}

/** "London-based", "Iran-backed", "Matrix-like"; but "Moon Jae-in" and "Park Min-ho" are names. */
const HYPHEN_ADJECTIVE = /-(?:based|led|like|powered|born|owned|backed|linked|style|era|made|run|free|related|speaking|friendly|wide|bound|sponsored|funded|controlled|affiliated|allied|leaning|inspired|influenced|dominated|occupied|held|made)$/u;

/** Could this token be part of a name? */
function nameLike(token: Token, clues: DocumentClues): boolean {
  if (!token.word || !isCapitalised(token.text) || /\d/.test(token.text)) return false;
  // Contractions ("We're", "I'd") and hyphenated adjectives ("London-based", "Matrix-like") are not names.
  if (/['’](?:re|d|ve|m|ll|t)$/iu.test(token.text) || HYPHEN_ADJECTIVE.test(token.text)) return false;
  const lower = token.text.toLowerCase();
  if (token.text.length === 1) return false;
  if (token.shouted) return NAME_CLASSES.has(classOf(lower)) || (clues.properWords.has(lower) && !clues.lowerWords.has(lower)) || isTownOrCity(lower) || NEWS_AGENCIES.has(lower) || PLACE_ABBREVIATIONS.has(token.text.replace(/\./g, ''));
  return true;
}

/** Every candidate name in the token list, in text order. */
export function findMentions(tokens: Token[], clues: DocumentClues): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const initial = initialAt(tokens, i, clues);
    const shoutedPlace = initial ? 0 : shoutedPlaceAt(tokens, i);
    if (!initial && !shoutedPlace && !nameLike(token, clues)) {
      i++;
      continue;
    }
    let j = i + (initial ? 2 : shoutedPlace || 1);
    while (j < tokens.length) {
      const next = tokens[j] as Token;
      if (next.sentence !== token.sentence) break;
      const place = shoutedPlaceAt(tokens, j);
      if (initialAt(tokens, j, clues) && !next.clauseStart) j += 2;
      else if (place && !next.clauseStart) j += place;
      else if (nameLike(next, clues) && !next.clauseStart) j++;
      else if (NAME_JOINERS.has(next.text.toLowerCase()) && /^\p{Ll}|&/u.test(next.text) && tokens[j + 1] && nameLike(tokens[j + 1] as Token, clues) && joinerFits(tokens, i, j)) j += 2;
      else break;
    }
    for (const part of splitHyphenatedPlaces(tokens.slice(i, j))) {
      const mention = typeSpan(part, tokens, clues, i, j - 1);
      if (mention) mentions.push(mention);
    }
    i = j;
  }
  const named = givenNamesBack(mentions);
  return isSportsReport(tokens, named) ? clubsInSportsPages(named) : named;
}

/** "Lara" is a town, but not where the text also names "Brian Lara": then it is that person. */
function givenNamesBack(mentions: Mention[]): Mention[] {
  const parts = new Set(mentions.filter((m) => m.type === 'person' && m.words.length > 1).flatMap((m) => m.words.map((w) => w.toLowerCase())));
  return mentions.map((m) => (m.nameOrTown && parts.has((m.words[0] as string).toLowerCase()) ? { ...m, type: 'person', strength: 1, bareCity: false, nameOrTown: false } : m));
}

/**
 * In a line written in capitals, a place of several words whose first word alone is ordinary
 * ("NEW ORLEANS", "ST LOUIS", "RIO DE JANEIRO"): how many tokens it takes, or 0.
 */
function shoutedPlaceAt(tokens: Token[], i: number): number {
  const first = tokens[i];
  if (!first?.shouted || !first.word) return 0;
  for (const length of [4, 3, 2]) {
    const run = tokens.slice(i, i + length);
    if (run.length < length || run.some((t) => !t.word || t.sentence !== first.sentence)) continue;
    const phrase = lowerOf(run);
    if (classOf(phrase) === 'place' || isTownOrCity(phrase)) return length;
  }
  return 0;
}

/** An initial such as "M." in "M. Waugh": a capital letter, a full stop, then a name. */
function initialAt(tokens: Token[], i: number, clues: DocumentClues): boolean {
  const token = tokens[i];
  const dot = tokens[i + 1];
  const after = tokens[i + 2];
  return !!token && !!dot && !!after && /^\p{Lu}$/u.test(token.text) && dot.text === '.' && dot.start === token.end && nameLike(after, clues);
}

/** "of" joins only after a head word ("Bank of England", "University of Texas"); other joiners always. */
function joinerFits(tokens: Token[], from: number, joinerAt: number): boolean {
  const joiner = (tokens[joinerAt] as Token).text.toLowerCase();
  if (joiner !== 'of') return true;
  const before = (tokens[joinerAt - 1] as Token).text.toLowerCase();
  return joinerAt > from && (COMPROMISE_ORG_WORDS.has(before) || COMPROMISE_PLACE_WORDS.has(before) || ORG_HEADS.has(before) || ['republic', 'bank', 'university', 'isle', 'gulf', 'sea', 'bay', 'duke', 'state', 'states', 'ministry', 'house', 'court', 'league', 'people'].includes(before));
}

/** "DPRK-Russia friendship": a hyphenated pair of known names is two names. */
function splitHyphenatedPlaces(span: Token[]): Token[][] {
  if (span.length !== 1) return [span];
  const token = span[0] as Token;
  const parts = token.text.split('-');
  if (parts.length < 2 || !parts.every((part) => /^\p{Lu}/u.test(part))) return [span];
  const known = parts.some((part) => classOf(part.toLowerCase()) === 'place' || isAcronym(part));
  if (!known) return [span];
  const pieces: Token[][] = [];
  let offset = token.start;
  for (const part of parts) {
    pieces.push([{ ...token, text: part, start: offset, end: offset + part.length }]);
    offset += part.length + 1;
  }
  return pieces;
}
