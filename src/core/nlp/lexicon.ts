/**
 * What a word or phrase is, from compromise's English lexicon (MIT licence): people's first and
 * last names, countries, cities, regions, organisations, demonyms, titles, weekdays and months,
 * plus its lists of organisation and place head words. Only the lexicon is used, not the tagger,
 * which keeps the finder fast and its decisions explainable.
 */
import nlp from 'compromise/two';

export type WordClass =
  | 'first-name'
  | 'last-name'
  | 'person'
  | 'place'
  | 'organization'
  | 'demonym'
  | 'title'
  | 'date'
  | 'common'
  | 'unknown';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = nlp.model() as unknown as CompromiseModel;
const lexicon = model.one.lexicon;

/** Organisation head words ("agency", "bank", "ministry") from compromise. */
export const COMPROMISE_ORG_WORDS: ReadonlySet<string> = new Set(Object.keys(model.two.orgWords));
/** Place head words ("river", "province", "street") from compromise. */
export const COMPROMISE_PLACE_WORDS: ReadonlySet<string> = new Set(Object.keys(model.two.placeWords));

const CLASS_OF_TAG: Record<string, WordClass> = {
  FemaleName: 'first-name',
  MaleName: 'first-name',
  FirstName: 'first-name',
  LastName: 'last-name',
  Person: 'person',
  Country: 'place',
  City: 'place',
  Region: 'place',
  Place: 'place',
  Organization: 'organization',
  SportsTeam: 'organization',
  Demonym: 'demonym',
  Honorific: 'title',
  Actor: 'title',
  WeekDay: 'date',
  Month: 'date',
  Date: 'date',
  Holiday: 'date',
};

/** Tags that mean an ordinary word; a name tag on the same entry wins. */
const PRIORITY: WordClass[] = ['place', 'organization', 'person', 'first-name', 'last-name', 'demonym', 'date', 'title'];

/** The class of a lower-case word or space-joined phrase; 'unknown' when compromise does not know it. */
export function classOf(phrase: string): WordClass {
  const entry = lexicon[phrase];
  if (entry === undefined) return 'unknown';
  const tags = Array.isArray(entry) ? entry : [entry];
  const classes = new Set(tags.map((tag) => CLASS_OF_TAG[tag] ?? 'common'));
  for (const wanted of PRIORITY) if (classes.has(wanted)) return wanted;
  return 'common';
}

/** True when compromise lists `phrase` (lower case) at all. */
export function isKnown(phrase: string): boolean {
  return lexicon[phrase] !== undefined;
}

function hasTag(phrase: string, tag: string): boolean {
  const entry = lexicon[phrase];
  return entry === tag || (Array.isArray(entry) && entry.includes(tag));
}

const NOT_AFTER_ADJECTIVE = ['Verb', 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Conjunction', 'QuestionWord', 'Adverb', 'Preposition'];

/** True when `word` (lower case) is a verb or a function word: what follows a name, not an adjective ("Campese has"). */
export function followsNames(word: string): boolean {
  return NOT_AFTER_ADJECTIVE.some((tag) => hasTag(word, tag));
}

/** True when compromise lists `phrase` (lower case) as a country. */
export function isCountry(phrase: string): boolean {
  return hasTag(phrase, 'Country');
}

/** True when compromise lists `phrase` (lower case) as a city. */
export function isCity(phrase: string): boolean {
  return hasTag(phrase, 'City');
}

/** The classes of words that can be (part of) a name on their own. */
export const NAME_CLASSES: ReadonlySet<WordClass> = new Set(['first-name', 'last-name', 'person', 'place', 'organization']);
