/**
 * Where a name stands in the layout of a news report: results lines and tables, fixtures, scorers,
 * datelines, and whether the text is a sports report at all (where a city named on its own is its
 * club). `mentions.ts` asks these while it types each span.
 */
import { classOf, isCity } from './lexicon.ts';
import type { Token } from './tokens.ts';
import { isTownOrCity } from './places.ts';
import { NEWS_AGENCIES, SPORTS_WORDS } from './word-lists.ts';
import type { Mention } from './mentions.ts';

/** Results lines or distinct sports words that make a text a sports report. */
const SPORTS_PAGE_TEAMS = 2;
const SPORTS_PAGE_WORDS = 4;

export function isSportsReport(tokens: Token[], mentions: Mention[]): boolean {
  if (mentions.filter((m) => m.type === 'organization' && m.strength === 3).length >= SPORTS_PAGE_TEAMS) return true;
  const seen = new Set<string>();
  for (const token of tokens) {
    const lower = token.text.toLowerCase();
    if (SPORTS_WORDS.has(lower)) seen.add(lower);
    if (seen.size >= SPORTS_PAGE_WORDS) return true;
  }
  return false;
}

/**
 * In a sports report ("Liverpool 2 Chelsea 1" lines), a city named on its own is its club
 * ("Milan beat Parma"); "in Milan" stays a place, and national sides stay their country.
 */
export function clubsInSportsPages(mentions: Mention[]): Mention[] {
  return mentions.map((m) => (m.bareCity || isClubOfCity(m) ? { ...m, type: 'organization', strength: Math.max(m.strength, 2) } : m));
}

/** "Dynamo Moscow", "Alba Berlin": an unknown word before a city, guessed a person, is a club. */
function isClubOfCity(mention: Mention): boolean {
  if (mention.type !== 'person' || mention.strength > 0 || mention.words.length < 2) return false;
  const last = (mention.words[mention.words.length - 1] as string).toLowerCase();
  return (isCity(last) || isTownOrCity(last)) && classOf((mention.words[0] as string).toLowerCase()) !== 'first-name';
}

/**
 * Sports results and tables ("Liverpool 2 Chelsea 1", "Barcelona 10 7 2 1 24 8 23"): a name
 * followed by a small whole number, at the start of a line or after another number, is a team.
 */
export function inResultsLine(words: Token[], all: Token[], index: number, lastIndex: number): boolean {
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const before = index > 0 ? all[index - 1] : undefined;
  const after = lastIndex >= 0 ? all[lastIndex + 1] : undefined;
  if (!after || after.sentence !== last.sentence || !/^\d{1,3}$/.test(after.text)) return false;
  const afterAfter = all[lastIndex + 2];
  if (afterAfter && afterAfter.sentence === last.sentence && /^(?:%|percent|per|million|billion|years?|pct|points?|km|m)$/i.test(afterAfter.text)) return false;
  // At the start of a line, after the other side's score, or after the scorers' bracket; not inside it.
  return !before || before.sentence !== first.sentence || /^\d{1,3}$/.test(before.text) || before.text === ')';
}

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/**
 * A dateline opens a report with the place it was filed from: "LONDON 1996-08-30",
 * "WASHINGTON (Reuters) -", "PARIS, Aug 24 -". The name starts its line and a date, an agency in
 * brackets or a dash follows.
 */
export function isDateline(all: Token[], index: number, lastIndex: number, last: Token): boolean {
  const before = index > 0 ? all[index - 1] : undefined;
  if (before && before.sentence === last.sentence) return false;
  const next = all[lastIndex + 1];
  const then = all[lastIndex + 2];
  if (!next || next.sentence !== last.sentence) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(next.text)) return true;
  if (next.text === '(' && then && NEWS_AGENCIES.has(then.text.toLowerCase())) return true;
  if (next.text === ',' && then && MONTH.test(then.text) && all[lastIndex + 3]?.text.match(/^\d{1,2}$/)) return true;
  return last.shouted && ['-', '–', '—'].includes(next.text);
}

/** "Fiorentina ( 10 ) v Perugia ( 8 )", "Leeds v Chelsea": a side named in a fixture. */
export function inFixture(all: Token[], from: number, to: number): boolean {
  const isV = (token: Token | undefined): boolean => !!token && /^(?:v|vs)$/i.test(token.text);
  const line = (all[from] as Token).sentence;
  const after = all.slice(to + 1, to + 5).filter((t) => t.sentence === line);
  const nextWord = after.find((t) => t.word && !/^\d+$/.test(t.text));
  return isV(nextWord) || (isV(all[from - 1]) && all[from - 1]?.sentence === line);
}

/** Scorers in a results line: "( Adams 45 , Vieira 90 )" — a name after "(" or "," and before the minute. */
export function isScorer(all: Token[], index: number, lastIndex: number): boolean {
  const before = all[index - 1];
  const after = all[lastIndex + 1];
  const afterAfter = all[lastIndex + 2];
  if (!before || !after || before.sentence !== after.sentence) return false;
  return (before.text === '(' || before.text === ',') && /^\d{1,3}$/.test(after.text) && !!afterAfter && [',', ')', 'pen', 'og'].includes(afterAfter.text);
}
