/**
 * The type of one candidate name span (see `findMentions` in `mentions.ts`): titles, nationality words and
 * sentence-initial ordinary words are trimmed off, then the type comes from compromise's lexicon, head words
 * ("Agency", "River"), report layout (datelines, results lines, scorers) and context ("in X", "X said").
 * Split from `mentions.ts`, which finds the spans, so each file holds one idea.
 */
import { classOf, COMPROMISE_ORG_WORDS, COMPROMISE_PLACE_WORDS, followsNames, isCountry, isCity, NAME_CLASSES, type WordClass } from './lexicon.ts';
import { isAcronym, isCapitalised, lowerOf, type Token } from './tokens.ts';
import { isTownOrCity } from './places.ts';
import { inFixture, inResultsLine, isDateline, isScorer } from './report-layout.ts';
import { COMPASS_WORDS, FAITH_WORDS, MISC_HEADS, NEVER_NAMES, NEWS_AGENCIES, ORG_HEADS, OTHER_PLACE_NAMES, PERSON_CUES, PLACE_ABBREVIATIONS, PLACE_HEADS, PLACE_CUES, TITLE_WORDS } from './word-lists.ts';
import type { DocumentClues, EntityType, Mention } from './mentions.ts';

/** Single capitalised words of unknown kind are most often companies, teams and agencies in news. */
const UNKNOWN_DEFAULT: EntityType = 'organization';

/** Trims titles and ordinary words off a span and gives it a type; null when nothing of a name is left. */
export function typeSpan(span: Token[], all: Token[], clues: DocumentClues, spanFrom: number, spanTo: number): Mention | null {
  if (isBracketedAcronym(span, all, spanFrom, spanTo)) {
    const token = span[0] as Token;
    return { start: token.start, end: token.end, words: [token.text], type: 'organization', strength: 1, titled: false };
  }
  const { words, titled } = trimToName(span, all, clues, spanFrom, spanTo);
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

/** The span without leading titles, nationality words and sentence-initial ordinary words, and without trailing dates. */
function trimToName(span: Token[], all: Token[], clues: DocumentClues, spanFrom: number, spanTo: number): { words: Token[]; titled: boolean } {
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
  return { words, titled };
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
