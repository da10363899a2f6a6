/**
 * The people, places and organisations of one text: candidate names from `mentions.ts`, merged
 * into entities across the document ("Kim" → "Kim Jong Un", "KCNA" ↔ "Korean Central News
 * Agency"), typed by the strongest evidence any mention has, and ranked by frequency, early
 * mention and presence in the headline.
 */
import { documentClues, findMentions, type EntityType, type Mention } from './mentions.ts';
import { impliedCountries } from './demonyms.ts';
import { isAcronym, tokenize, type Token } from './tokens.ts';
import { detectLanguage } from './language.ts';
import { rankEntities } from './rank.ts';

export type { EntityType } from './mentions.ts';

export interface Entity {
  /** The fullest form of the name ("Kim Jong Un", "KCNA"). */
  name: string;
  type: EntityType;
  count: number;
  /** Other forms found in the text ("Kim", "Korean Central News Agency"). */
  aliases: string[];
  /** `[start, end)` offsets of every mention in the analysed text, in order. */
  mentions: [number, number][];
}

export type EntityResult =
  | { supported: true; language: string; entities: Entity[] }
  | { supported: false; reason: 'language'; language: string; entities: [] };

export interface EntityOptions {
  /** The headline: names in it rank higher. */
  title?: string;
  /** The page's declared language, if any. */
  lang?: string | null;
}

interface Group {
  key: string;
  mentions: Mention[];
  type: EntityType | null;
}

const JOINERS_IN_ACRONYMS = new Set(['of', 'the', 'and', 'for', '&', 'de', 'on']);

/** Finds and ranks the entities of `text`; refuses (supported: false) for languages it cannot read. */
export function findEntities(text: string, options: EntityOptions = {}): EntityResult {
  const { language } = detectLanguage(text, options.lang);
  if (language !== 'en') return { supported: false, reason: 'language', language, entities: [] };
  const tokens = tokenize(text);
  const found = findMentions(tokens, documentClues(tokens));
  const entities = groupMentions(text, tokens, [...found, ...impliedCountries(tokens)]);
  return { supported: true, language, entities: rankEntities(entities, text, options.title ?? '') };
}

/**
 * The unranked entities of a text, names only (the benchmark scores these mention by mention;
 * nationality words, which the popup counts as mentions of their country, are not names).
 */
export function entityMentions(text: string, options: { lang?: string | null; checkLanguage?: boolean } = {}): Entity[] {
  if (options.checkLanguage && detectLanguage(text, options.lang).language !== 'en') return [];
  const tokens = tokenize(text);
  return groupMentions(text, tokens, findMentions(tokens, documentClues(tokens)));
}

function groupMentions(text: string, tokens: Token[], found: Mention[]): Entity[] {
  const mentions = [...found, ...acronymExpansions(tokens, found)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = dropOverlaps(mentions);
  const groups = new Map<string, Group>();
  const keyOf = new Map<Mention, string>();

  // Longer names first, so that "Kim" can find "Kim Jong Un".
  const bySize = [...kept].sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const mention of bySize) {
    const surface = mention.words.join(' ');
    // A dateline's place stays apart from a club of the same name in the sports pages.
    let key = mention.dateline ? `${surface.toLowerCase()} (dateline)` : surface.toLowerCase();
    if (!groups.has(key) && !mention.dateline) key = aliasTarget(mention, groups) ?? key;
    let group = groups.get(key);
    if (!group) {
      group = { key, mentions: [], type: null };
      groups.set(key, group);
    }
    group.mentions.push(mention);
    keyOf.set(mention, key);
  }
  const entities: Entity[] = [];
  for (const group of groups.values()) {
    const type = decideType(group.mentions);
    if (!type || isLoneGuess(group.mentions)) continue;
    const ordered = [...group.mentions].sort((a, b) => a.start - b.start);
    const named = countForms(ordered.filter((m) => !m.implied), text);
    const name = named.size > 0 ? chooseName(named, type) : (ordered[0] as Mention).words.join(' ');
    const forms = countForms(ordered, text);
    entities.push({
      name,
      type,
      count: ordered.length,
      aliases: [...forms.keys()].filter((form) => form !== name),
      mentions: ordered.map((m) => [m.start, m.end]),
    });
  }
  return entities;
}

/** The group a short or acronym mention belongs to: a person's first or last name, an organisation's acronym. */
function aliasTarget(mention: Mention, groups: Map<string, Group>): string | null {
  if (mention.words.length === 1) {
    const word = (mention.words[0] as string).toLowerCase();
    if (mention.type === 'place' && mention.strength >= 2) return null;
    const candidates = [...groups.values()].filter((group) => {
      const first = group.mentions[0] as Mention;
      if (first.words.length < 2) return false;
      if (first.type !== 'person' && !(first.type === null)) return false;
      const parts = first.words.map((w) => w.toLowerCase());
      return parts[0] === word || parts[parts.length - 1] === word;
    });
    if (candidates.length > 0) {
      candidates.sort((a, b) => b.mentions.length - a.mentions.length);
      return (candidates[0] as Group).key;
    }
  }
  // An acronym joins the group of its spelled-out form ("KCNA" → "Korean Central News Agency").
  if (mention.words.length === 1 && isAcronym(mention.words[0] as string)) {
    const acronym = (mention.words[0] as string).replace(/\./g, '');
    for (const group of groups.values()) {
      const first = group.mentions[0] as Mention;
      if (first.words.length > 1 && first.type === 'organization' && initialsOf(first.words) === acronym) return group.key;
    }
  }
  return null;
}

function initialsOf(words: string[]): string {
  return words
    .filter((word) => !JOINERS_IN_ACRONYMS.has(word.toLowerCase()))
    .map((word) => (word[0] ?? '').toUpperCase())
    .join('');
}

/**
 * Where the text spells out an acronym it also uses ("KCNA" and "Korean Central news Agency"),
 * the spelled-out form is an organisation mention of its own, even with a lower-case word inside.
 */
function acronymExpansions(tokens: Token[], mentions: Mention[]): Mention[] {
  const acronyms = new Set(mentions.filter((m) => m.words.length === 1 && isAcronym(m.words[0] as string) && m.type !== 'place').map((m) => (m.words[0] as string).replace(/\./g, '')));
  const found: Mention[] = [];
  for (const acronym of acronyms) {
    if (acronym.length < 3) continue;
    for (let i = 0; i < tokens.length; i++) {
      const span = matchInitials(tokens, i, acronym);
      if (span) found.push({ start: (span[0] as Token).start, end: (span[span.length - 1] as Token).end, words: span.map((t) => t.text), type: 'organization', strength: 2, titled: false });
    }
  }
  return found;
}

function matchInitials(tokens: Token[], from: number, acronym: string): Token[] | null {
  const span: Token[] = [];
  let letter = 0;
  for (let i = from; i < tokens.length && letter < acronym.length; i++) {
    const token = tokens[i] as Token;
    if (!token.word) return null;
    const lower = token.text.toLowerCase();
    if (span.length > 0 && JOINERS_IN_ACRONYMS.has(lower)) {
      span.push(token);
      continue;
    }
    if ((token.text[0] ?? '').toUpperCase() !== acronym[letter]) return null;
    if (span.length === 0 && !/^\p{Lu}/u.test(token.text)) return null;
    span.push(token);
    letter++;
  }
  const last = span[span.length - 1];
  return letter === acronym.length && span.length > 1 && last && /^\p{Lu}/u.test(last.text) ? span : null;
}

/** Keeps the longer of overlapping mentions (an acronym's spelled-out form over its pieces). */
function dropOverlaps(sorted: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const mention of sorted) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) {
      if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

/**
 * One capitalised word of unknown kind, named once, with nothing in the text to type it: as often
 * a heading, a column or a product as a name, so it is not listed (named twice, it is).
 */
function isLoneGuess(mentions: Mention[]): boolean {
  const only = mentions[0] as Mention;
  return mentions.length === 1 && only.strength === 0 && only.words.length === 1;
}

/** The type the strongest mentions agree on; unknown-only names count as organisations when repeated. */
function decideType(mentions: Mention[]): EntityType | null {
  const votes: Record<EntityType, number> = { person: 0, place: 0, organization: 0 };
  let any = false;
  for (const mention of mentions) {
    if (!mention.type) continue;
    votes[mention.type] += 1 + mention.strength * 2 + (mention.words.length > 1 ? 1 : 0);
    any = true;
  }
  if (!any) return null;
  return (Object.entries(votes) as [EntityType, number][]).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function countForms(mentions: Mention[], text: string): Map<string, number> {
  const forms = new Map<string, number>();
  for (const mention of mentions) {
    const form = text.slice(mention.start, mention.end).replace(/\s+/g, ' ');
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  return forms;
}

/** People by their fullest name; organisations and places by their most used form, longer on ties. */
function chooseName(forms: Map<string, number>, type: EntityType): string {
  const entries = [...forms.entries()];
  if (type === 'person') entries.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1]);
  else entries.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  return entries[0]?.[0] ?? '';
}
