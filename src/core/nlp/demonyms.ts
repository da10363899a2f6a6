/**
 * Nationality words as mentions of their country: "a Chinese delegation" is about China. The
 * country is found among compromise's countries by shared stem ("Russian" → "Russia",
 * "Pakistani" → "Pakistan"); the few irregular ones are listed here by hand (public domain).
 */
import nlp from 'compromise/two';
import { classOf } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { TITLE_WORDS } from './word-lists.ts';

const IRREGULAR: Record<string, string> = {
  french: 'France', dutch: 'Netherlands', swiss: 'Switzerland', welsh: 'Wales', irish: 'Ireland', danish: 'Denmark',
  finnish: 'Finland', british: 'Britain', english: 'England', scottish: 'Scotland', spanish: 'Spain', polish: 'Poland',
  turkish: 'Turkey', greek: 'Greece', filipino: 'Philippines', thai: 'Thailand', lao: 'Laos', malagasy: 'Madagascar',
  emirati: 'United Arab Emirates', saudi: 'Saudi Arabia', american: 'United States', kiwi: 'New Zealand',
  'north korean': 'North Korea', 'south korean': 'South Korea', 'south african': 'South Africa', israeli: 'Israel',
};

interface Lexicon {
  one: { lexicon: Record<string, string | string[]> };
}
const lexicon = (nlp.model() as unknown as Lexicon).one.lexicon;
const COUNTRIES = Object.entries(lexicon)
  .filter(([, tag]) => tag === 'Country' || (Array.isArray(tag) && tag.includes('Country')))
  .map(([name]) => name);
const cache = new Map<string, string | null>();

/** The country a nationality word (lower case) refers to, title-cased; null when unknown. */
export function countryOfDemonym(demonym: string): string | null {
  if (cache.has(demonym)) return cache.get(demonym) ?? null;
  let country: string | null = IRREGULAR[demonym] ?? null;
  if (!country && classOf(demonym) === 'demonym') {
    const stem = demonym.replace(/(?:ians?|ans?|ese|is?|ish|ns?)$/, '');
    const match = stem.length >= 4 ? COUNTRIES.filter((name) => !name.includes(' ') && name.startsWith(stem)).sort((a, b) => a.length - b.length)[0] : undefined;
    country = match ? match.replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : null;
  }
  cache.set(demonym, country);
  return country;
}

/** Mentions of countries made through nationality words ("North Korean", "Chinese"). */
export function impliedCountries(tokens: Token[]): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.word || !/^\p{Lu}/u.test(token.text)) continue;
    const next = tokens[i + 1];
    const pair = next && next.word ? `${token.text} ${next.text}`.toLowerCase() : '';
    const pairCountry = pair && IRREGULAR[pair];
    const country = pairCountry || countryOfDemonym(token.text.toLowerCase());
    if (!country) continue;
    // "Korean War", "Russian Federation": the nationality word is part of another name.
    const following = tokens[pairCountry ? i + 2 : i + 1];
    if (following && following.word && following.sentence === token.sentence && /^\p{Lu}/u.test(following.text) && !TITLE_WORDS.has(following.text.toLowerCase())) continue;
    const end = pairCountry && next ? next.end : token.end;
    found.push({ start: token.start, end, words: country.split(' '), type: 'place', strength: 2, titled: false, implied: true });
    if (pairCountry) i++;
  }
  return found;
}
