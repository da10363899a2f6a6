/**
 * Byline and dateline lines left in the body ("By Paul Takahashi", "Published 4:00 am CST,
 * Wednesday, November 20, 2019", "Updated: Sat 8:31 PM, Feb 17, 2018"). Reader view prints the
 * byline and date in its header from the metadata, so in the body they are repeats. A line goes
 * only when, without its date, time and label words, almost nothing is left. Category and tag lines
 * ("Kategorie: News", after a date or alone, or any line of rel="tag" links) and breadcrumb trails
 * go too: reader view is the story, not its filing.
 */
import { namesOf, wordsIn, type PostCleanRule } from './shared.ts';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|ago|enero|febrero|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember';
const DAYS = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo';
const LABELS = 'published|updated|posted|modified|last updated|original|originally published|publicado|pubblicato|veröffentlicht|aktualisiert|publié|mis à jour|publiziert|erstellt|geändert|zuletzt|stand|datum|on|at|as of|by|de|às|à|um|the|and|et|und';
const ZONES = 'am|pm|a\\.m|p\\.m|gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|amt|jst|aest|et|pt|ct|mt|h';

const DATE_PART = new RegExp(`\\b(?:${MONTHS}|${DAYS})\\b\\.?|\\b\\d{1,4}(?:st|nd|rd|th)?\\b|\\b(?:${ZONES})\\b\\.?`, 'gi');
const LABEL_PART = new RegExp(`\\b(?:${LABELS})\\b`, 'gi');
const HAS_DATE = new RegExp(`\\b(?:${MONTHS})\\b\\.?\\s*\\d|\\d\\s*(?:${MONTHS})\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b`, 'i');
const BYLINE_NAME = /(?:^|[\s_-])(?:byline|by-?line|author|authors|dateline|timestamp|publish(?:ed)?-?(?:date|time|on)?|post-?date|entry-?date|article-?date|date|time|meta)(?:$|[\s_-])/;

/** True for a short line that is only a date/time with "Published/Updated/By …" words around it. */
export function isDateline(text: string): boolean {
  if (wordsIn(text) > 16 || !HAS_DATE.test(text)) return false;
  const rest = text.replace(DATE_PART, ' ').replace(LABEL_PART, ' ');
  return wordsIn(rest) <= 1;
}

/** "By Stefan Becket, Kathryn Watson and Grace Segers": "By" and names only. */
export function isBylineLine(text: string): boolean {
  const match = /^(?:by|por|di|von|par)\s+(.+)$/i.exec(text);
  if (!match || wordsIn(text) > 10) return false;
  const words = match[1]!.split(/[\s,&]+/).filter(Boolean);
  return words.every((word) => /^(?:and|y|e|und|et)$/i.test(word) || /^[\p{Lu}'’.-]/u.test(word) || /^@/.test(word));
}

/** "Category: News", "03.02.2021 09:15 Kategorie: News", "Tags: a, b": a label, a colon, a few names. */
const CATEGORY_LABEL = /(?:^|[\s\d|•·])(?:categor(?:y|ies|ía|ías|ia|ie)|catégories?|kategorien?|rubri[kc]\p{L}*|filed under|tags?|tagged|schlagw(?:orte|örter)|stichw(?:orte|örter)|etiquetas|mots[- ]cl[ée]s|الوسوم|التصنيف|زمرہ)\s*[:：]/iu;
const MAX_CATEGORY_WORDS = 12;

/** The label opens the line, or follows only its date ("News date: 05/12/2021 Category: …"). */
export function isCategoryLine(text: string): boolean {
  const match = CATEGORY_LABEL.exec(text);
  if (!match || wordsIn(text) > MAX_CATEGORY_WORDS) return false;
  const before = text.slice(0, match.index);
  return wordsIn(before) === 0 || (HAS_DATE.test(before) && wordsIn(before) <= 6);
}

/** The post's meta line may run on ("… und abgelegt unter <tags>. Kommentare zu diesem Eintrag im RSS-Feed."). */
const MAX_TAGGED_WORDS = 60;

/**
 * A line holding links the site marks as category or tag links (rel="tag", rel="category tag",
 * which blog engines write into the post's meta line): the filing, not the story, whatever language.
 */
export function holdsTagLinks(el: Element, text: string): boolean {
  if (wordsIn(text) > MAX_TAGGED_WORDS) return false;
  // The links' rel tokens read directly: a selector query on every line cost most of this rule's time.
  for (const link of Array.from(el.getElementsByTagName('a'))) {
    const rel = link.getAttribute('rel');
    if (rel && rel.toLowerCase().split(/\s+/).some((token) => token === 'tag' || token === 'category')) return true;
  }
  return false;
}

/** "Home > Blog > Politics > This story": the path to the page, each step but the last a link. */
const CRUMB_SEPARATOR = /\s*[>›»]\s*/;
const MAX_CRUMB_WORDS = 30;

export function isBreadcrumb(el: Element, text: string): boolean {
  if (wordsIn(text) > MAX_CRUMB_WORDS) return false;
  const steps = text.split(CRUMB_SEPARATOR).filter((step) => wordsIn(step) > 0);
  if (steps.length < 3) return false;
  const linked = Array.from(el.getElementsByTagName('a')).filter((link) => wordsIn(link.textContent ?? '') > 0).length;
  return linked >= steps.length - 1;
}

export const metaLines: PostCleanRule = {
  id: 'meta-lines',
  apply(_body, lines) {
    for (const el of lines.all()) {
      const text = lines.text(el);
      if (!text) continue;
      if (text.length <= 600 && holdsTagLinks(el, text)) {
        lines.remove(el);
        continue;
      }
      if (text.length > 200) continue;
      // A dated line, or a short line the site itself names byline/author/date.
      const named = wordsIn(text) <= 8 && BYLINE_NAME.test(namesOf(el)) && !el.closest('blockquote');
      if (isDateline(text) || isBylineLine(text) || (isCategoryLine(text) && el.tagName !== 'LI') || named || isBreadcrumb(el, text)) lines.remove(el);
    }
  },
};
