/**
 * Candidate name spans in one text: runs of capitalised words, with titles, nationality words and
 * sentence-initial ordinary words trimmed off, each given a type from compromise's lexicon, head
 * words ("Agency", "River") and context ("in X", "X said"). Document-level decisions (aliases,
 * acronyms, a type shared by every mention of a name) are made in `entities.ts`.
 */
import { classOf, COMPROMISE_ORG_WORDS, COMPROMISE_PLACE_WORDS, followsNames, isCity, isCountry, type WordClass } from './lexicon.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { isTownOrCity } from './places.ts';
import { clubsInSportsPages, inFixture, inResultsLine, isDateline, isScorer, isSportsReport } from './report-layout.ts';
import { COMPASS_WORDS, FAITH_WORDS, MISC_HEADS, NAME_JOINERS, NEVER_NAMES, NEWS_AGENCIES, ORG_HEADS, OTHER_PLACE_NAMES, PERSON_CUES, PLACE_ABBREVIATIONS, PLACE_HEADS, PLACE_CUES, TITLE_WORDS } from './word-lists.ts';

export type EntityType = 'person' | 'place' | 'organization';
/** Single capitalised words of unknown kind are most often companies, teams and agencies in news. */
const UNKNOWN_DEFAULT: EntityType = 'organization';

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

const NAME_CLASSES: ReadonlySet<WordClass> = new Set(['first-name', 'last-name', 'person', 'place', 'organization']);

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

export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,5}$/u.test(word);
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

/** A word the lexicon does not know, shaped like a nationality or a role ("-an", "-er", "Third-stringer"), before a first name. */
function describesPerson(word: Token, next: Token | undefined): boolean {
  if (!next || classOf(next.text.toLowerCase()) !== 'first-name') return false;
  const lower = word.text.toLowerCase();
  if (classOf(lower) !== 'unknown' || word.shouted) return false;
  return /-\p{Ll}+$/u.test(word.text) || /(?:an|ian|ese|ish|er|i)$/.test(lower);
}

/** "the National Alliance ( AN )": capitals in brackets after a name are its acronym, even when they spell a word. */
function isBracketedAcronym(span: Token[], all: Token[], from: number, to: number): boolean {
  const token = span[0] as Token;
  if (span.length !== 1 || token.shouted || !isAcronym(token.text) || token.text.length < 2) return false;
  // Only where the capitals spell an ordinary word ("AN", "IT"); other acronyms are typed as usual.
  const lower = token.text.toLowerCase();
  if (!NEVER_NAMES.has(lower) && classOf(lower) !== 'common') return false;
  return all[from - 1]?.text === '(' && all[to + 1]?.text === ')' && isCapitalised(all[from - 2]?.text ?? '');
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

function lowerOf(tokens: Token[]): string {
  return tokens.map((token) => token.text.toLowerCase()).join(' ');
}

/** Trims titles and ordinary words off a span and gives it a type; null when nothing of a name is left. */
function typeSpan(span: Token[], all: Token[], clues: DocumentClues, spanFrom: number, spanTo: number): Mention | null {
  if (isBracketedAcronym(span, all, spanFrom, spanTo)) {
    const token = span[0] as Token;
    return { start: token.start, end: token.end, words: [token.text], type: 'organization', strength: 1, titled: false };
  }
  let words = [...span];
  let titled = false;
  const lastLower = (words[words.length - 1] as Token).text.toLowerCase();
  const orgHead = words.length > 1 && (ORG_HEADS.has(lastLower) || COMPROMISE_ORG_WORDS.has(lastLower));
  // Leading titles, nationality words and sentence-initial ordinary words are not part of the name.
  while (words.length > 0) {
    const first = words[0] as Token;
    // "C. Hooper" at the start of a scorecard line: the initial is part of the name, not the word "c".
    if (/^\p{Lu}$/u.test(first.text) && words[1]?.text === '.') break;
    const lower = first.text.toLowerCase();
    const whole = classOf(lowerOf(words));
    if (whole === 'place' || whole === 'organization' || whole === 'person') break;
    const kind = classOf(lower);
    // "New Zealand Department of Conservation": the first words may be a known name on their own.
    const pair = words.length > 1 ? classOf(lowerOf(words.slice(0, 2))) : 'unknown';
    if (pair === 'place' || pair === 'organization' || pair === 'person') break;
    if (isTitle(lower) || kind === 'title') {
      if (orgHead) break;
      titled = true;
    } else if (kind === 'demonym') {
      if (orgHead) break;
    } else if (describesPerson(first, words[1])) {
      // "Queenslander Daniel Herbert", "Third-stringer Kerwin Bell": a description before a first name.
    } else if (NEVER_NAMES.has(lower) || kind === 'date') {
      // always dropped
    } else if (first.clauseStart && !isAcronym(first.text) && !inResultsLine(words, all, spanFrom + span.indexOf(first), spanTo) && ordinaryAtStart(lower, kind, clues)) {
      // "Recollecting", "Ahead": capitalised only because the sentence starts there
    } else break;
    words = words.slice(1);
  }
  // "Federal Police Commissioner Andrew Colvin": everything up to the last office word before a name is its title.
  if (!orgHead) {
    let lastTitle = -1;
    words.forEach((word, k) => {
      const lower = word.text.toLowerCase();
      if (k < words.length - 1 && (isTitle(lower) || classOf(lower) === 'title')) lastTitle = k;
    });
    if (lastTitle >= 0) {
      words = words.slice(lastTitle + 1);
      titled = true;
    }
  }
  // Trailing dates and nationality words ("Moscow Thursday", "Korean War" is handled as misc below).
  while (words.length > 1 && ['date', 'demonym'].includes(classOf((words[words.length - 1] as Token).text.toLowerCase()))) {
    words = words.slice(0, -1);
    // "North Korean": a compass word before a nationality word belongs to it.
    if (words.length > 0 && COMPASS_WORDS.has((words[words.length - 1] as Token).text.toLowerCase())) words = words.slice(0, -1);
  }
  if (words.length === 0) return null;
  const firstToken = words[0] as Token;
  const lastToken = words[words.length - 1] as Token;
  const lower = lowerOf(words);
  const base = { start: firstToken.start, end: lastToken.end, words: words.map((w) => w.text), titled };
  const typed = (type: EntityType | null, strength: number): Mention => ({ ...base, type, strength });

  const whole = classOf(lower);
  if (isDateline(all, spanFrom + span.indexOf(firstToken), spanTo, lastToken)) return { ...typed('place', 3), dateline: true };
  // National sides are their country; clubs named after a city are organisations.
  if (inResultsLine(words, all, spanFrom + span.indexOf(firstToken), spanTo) && whole !== 'person' && !isCountry(lower) && classOf(firstToken.text.toLowerCase()) !== 'first-name' && !/^\p{Lu}$/u.test(firstToken.text)) return typed('organization', 3);
  if (isScorer(all, spanFrom + span.indexOf(firstToken), spanTo) && whole !== 'place' && whole !== 'organization') return typed('person', 1);
  if (words.length === 1 && PLACE_ABBREVIATIONS.has(firstToken.text.replace(/\./g, ''))) return typed('place', 2);
  if (OTHER_PLACE_NAMES.has(lower)) return typed('place', 2);
  if (words.length === 1 && NEWS_AGENCIES.has(lower)) return typed('organization', 2);
  const index = spanFrom + span.indexOf(firstToken);
  const before = index > 0 ? all[index - 1] : undefined;
  const cued = !!before && PLACE_CUES.has(before.text.toLowerCase()) && before.sentence === firstToken.sentence;
  if (whole === 'place') return { ...typed('place', 2), bareCity: !cued && isCity(lower) };
  if (whole === 'organization') return typed('organization', 2);
  // "Houston", "Victoria": a lone given name that is also a city is the city unless a title says otherwise.
  if (words.length === 1 && !titled && (whole === 'person' || whole === 'first-name') && isTownOrCity(lower)) return { ...typed('place', 1), bareCity: !cued, nameOrTown: true };
  if (whole === 'person') return typed('person', 2);
  if (whole === 'demonym' || whole === 'date' || whole === 'title') return null;
  const head = lastToken.text.toLowerCase();
  if (MISC_HEADS.has(head)) return null;
  if (words.length === 1 && (NEVER_NAMES.has(lower) || isTitle(lower))) return null;
  // "African-American", "Franco-German": nationality words joined are not a name.
  if (words.length === 1 && lower.includes('-') && lower.split('-').every((part) => classOf(part) === 'demonym' || /^(?:franco|anglo|sino|afro|indo|russo|greco|italo|austro)$/.test(part))) return null;
  if (words.length > 1 && (ORG_HEADS.has(head) || COMPROMISE_ORG_WORDS.has(head))) return typed('organization', 2);
  // "Geoff Marsh", "Dean Ward": a given name before a word that also ends place names is a person.
  if (words.length === 2 && classOf(firstToken.text.toLowerCase()) === 'first-name' && !titled) return typed('person', 2);
  if (words.length > 1 && (COMPROMISE_PLACE_WORDS.has(head) || PLACE_HEADS.has(head))) return typed('place', 2);
  // "Department of Conservation", "University of Texas", "Gulf of Mexico": the head comes before "of".
  const ofAt = words.findIndex((word, k) => k > 0 && word.text === 'of');
  if (ofAt > 0) {
    const beforeOf = (words[ofAt - 1] as Token).text.toLowerCase();
    if (ORG_HEADS.has(beforeOf) || COMPROMISE_ORG_WORDS.has(beforeOf)) return typed('organization', 2);
    if (COMPROMISE_PLACE_WORDS.has(beforeOf) || ['republic', 'isle', 'sea', 'gulf', 'bay'].includes(beforeOf)) return typed('place', 2);
  }
  if (words.length === 1 && (COMPROMISE_ORG_WORDS.has(head) || COMPROMISE_PLACE_WORDS.has(head))) return null;
  if (isAcronym(firstToken.text) && words.length === 1 && !firstToken.shouted) return typed('organization', 1);
  if (titled) return typed('person', 2);
  // "M. Taylor", "S. Warne": an initial before a name is how scorecards and wires write people.
  if (words.length > 2 && /^\p{Lu}$/u.test(firstToken.text) && (words[1] as Token).text === '.') return typed('person', 3);
  if (words.length === 2 && COMPASS_WORDS.has(firstToken.text.toLowerCase())) return typed('place', 1);
  const firstClass = classOf(firstToken.text.toLowerCase());
  const lastClass = classOf(head);
  if (words.length > 1 && (firstClass === 'first-name' || lastClass === 'last-name')) return typed('person', 2);
  if (words.length > 1 && whole === 'unknown' && isTownOrCity(lower)) return { ...typed('place', 1), bareCity: !cued };
  // Two unknown words in capitals ("PF PA", "CUP WINNERS") are table headings more often than people.
  if (words.length > 1 && firstToken.shouted) return null;
  if (words.length > 1) return typed('person', 0);
  if (whole === 'first-name' || whole === 'last-name') return typed('person', 1);
  const after = all.slice(spanTo + 1, spanTo + 3).find((token) => token.word);
  // Nationality and language words ("Kurdish", "Zairean troops") and the months that are also ordinary
  // words; a name that merely ends so ("Campese", "Udinese") stands alone, not before a lower-case word.
  const adjectival = !!after && after.sentence === lastToken.sentence && /^\p{Ll}/u.test(after.text) && !PERSON_CUES.has(after.text) && !followsNames(after.text);
  if ((/(?:ese|ian|ean)$/.test(lower) && adjectival) || /ish$/.test(lower) || lower === 'may' || lower === 'march' || FAITH_WORDS.has(lower)) return null;
  if (cued) return typed('place', 1);
  if (after && PERSON_CUES.has(after.text.toLowerCase()) && after.sentence === lastToken.sentence) return typed('person', 1);
  if (whole === 'unknown' && isTownOrCity(lower)) return { ...typed('place', 1), bareCity: true };
  // A word capitalised only where a sentence or line starts ("Attendance", "Standings") is not a name,
  // unless it stands alone in brackets ("Ally McCoist ( Rangers )") or in a fixture ("Fiorentina v Perugia").
  if (firstToken.clauseStart && !clues.properWords.has(lower) && !isAcronym(firstToken.text)) {
    return whole === 'unknown' && (inFixture(all, spanFrom, spanTo) || (before?.text === '(' && all[spanTo + 1]?.text === ')')) ? typed('organization', 1) : null;
  }
  return typed(UNKNOWN_DEFAULT, 0);
}

/** An office or rank, including hyphenated ones ("President-elect", "Vice-president", "ex-Minister"). */
function isTitle(lower: string): boolean {
  if (TITLE_WORDS.has(lower)) return true;
  const parts = lower.split('-');
  return parts.length > 1 && parts.some((part) => TITLE_WORDS.has(part) || classOf(part) === 'title') && parts.every((part) => TITLE_WORDS.has(part) || classOf(part) === 'title' || ['elect', 'ex', 'designate', 'in'].includes(part));
}

/** A capitalised first word that is an ordinary word: compromise knows it as one, or the text uses it in lower case. */
function ordinaryAtStart(lower: string, kind: WordClass, clues: DocumentClues): boolean {
  if (NAME_CLASSES.has(kind)) return false;
  if (clues.properWords.has(lower)) return false;
  if (kind === 'common' || clues.lowerWords.has(lower)) return true;
  return /(?:ing|ed|ly|ness|ment|tion|ful|less)$/.test(lower);
}
