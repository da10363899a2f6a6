/**
 * A box of the site's other content that closes the article: a title such as "Mehr zum Thema",
 * "Weitere Tourentipps in Schweden", "Articles liés", "Audios et vidéos sur le sujet", "See also",
 * then teasers, a pitch or nothing at all (the teasers' links were dropped upstream and their
 * blurbs stayed). The title is the cue: a short line (a heading, a bold line or a plain paragraph,
 * never a sentence) that names *more* of the site's articles, topics or tips; the box sits in the
 * article's last part. The title and what follows it go, up to a heading that titles something else.
 *
 * Why not the related-links rule: that one needs link lines after the label; here the links are
 * often gone (or were cards), and what is left looks like prose. Why only at the end: the same title
 * in the middle may be a section of a how-to ("More tips"), and the story goes on after it.
 * "Empfehlungen" / "Recommendations" are left out (a report's last section is titled that way),
 * unless the title names the site's shop.
 */
import { isTitleLine } from './closing-boxes.ts';
import { isHeading, SENTENCE_END, wordsIn, type Lines, type PostCleanRule } from './shared.ts';

/** "More/other/further/related … articles/topics/tips/news/videos", in the languages we read most. */
const MORE_OF_THE_SITE =
  /^(?:(?:noch )?mehr|weitere|more|other|related|similar|ähnliche|verwandte|autres|plus d[e']|más|otr[oa]s|altri|altre|aktuelle|neueste|latest)(?!\p{L}).{0,40}?(?:thema|themen|artikel\p{L}*|beitr[äa]g\p{L}*|tipps?|news|nachrichten|stor(?:y|ies)|articles?|posts?|coverage|sujets?|vid[ée]os?|noticias|art[íi]culos|notizie|infos?|rezepte|recipes)(?!\p{L})/iu;
/**
 * Titles of such boxes that name no kind of content ("Sur le même sujet", "Articles liés"). "See
 * also" and "Further reading" are left out: in a reference work they title the article's own lists.
 */
const SEE_ALSO =
  /^(?:articles? liés|sur le (?:même )?sujet|(?:audios?|vid[ée]os?)(?: et (?:audios?|vid[ée]os?))? sur le (?:même )?sujet|you (?:may|might) (?:also )?like|das könnte (?:dich|sie) auch interessieren|à lire aussi|lesen sie auch|auch interessant)/iu;
/** A title that names the site's shop ("Empfehlungen aus dem GARTEN-Shop", "Aus unserem Shop"). */
const SHOP = /(?<!\p{L})(?:shop|onlineshop|online-shop|boutique|tienda|negozio)(?!\p{L})/iu;

/** The box is at the end: never more than this many words, nor more than a third of the article. */
const MAX_BOX_WORDS = 300;
const MAX_BOX_SHARE = 1 / 3;

/**
 * Sites set these titles as headings, bold lines or plain paragraphs alike. A plain line needs a few
 * words: one or two ("mehr Infos") are a button to another page, not the title of a box.
 */
const MIN_PLAIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 8;

/** True for the title of a box of the site's other content ("Mehr zum Thema:", "Articles liés"). */
export function isRelatedBoxTitle(el: Element, text: string): boolean {
  const words = wordsIn(text);
  if (words === 0 || words > MAX_TITLE_WORDS || SENTENCE_END.test(text)) return false;
  if (words < MIN_PLAIN_TITLE_WORDS && !isTitleLine(el, text)) return false;
  const title = text.replace(/\s*:$/, '');
  return MORE_OF_THE_SITE.test(title) || SEE_ALSO.test(title) || SHOP.test(title);
}

/** Index of the first line of a closing related box, or -1. */
export function relatedTailStart(lines: Element[], index: Lines): number {
  const total = lines.reduce((sum, el) => sum + wordsIn(index.text(el)), 0);
  const limit = Math.min(MAX_BOX_WORDS, total * MAX_BOX_SHARE);
  let tailWords = 0;
  let start = -1;
  // The earliest such title within the tail opens the box (a second one may title a sub-list).
  for (let i = lines.length - 1; i > 0; i--) {
    tailWords += wordsIn(index.text(lines[i]!));
    if (tailWords > limit) break;
    if (isRelatedBoxTitle(lines[i]!, index.text(lines[i]!))) start = i;
  }
  return start;
}

/**
 * The box runs from its title to the next heading that titles something else ("References",
 * "External links"): a section of the article's own may still follow the site's box.
 */
export function relatedBox(lines: Element[], start: number, index: Lines): Element[] {
  let end = start + 1;
  while (end < lines.length && !(isHeading(lines[end]!) && !isRelatedBoxTitle(lines[end]!, index.text(lines[end]!)))) end++;
  return lines.slice(start, end);
}

export const relatedTail: PostCleanRule = {
  id: 'related-tail',
  apply(_body, index) {
    const lines = index.all().filter((el) => index.text(el).length > 0);
    const start = relatedTailStart(lines, index);
    if (start > 0) for (const line of relatedBox(lines, start, index)) index.remove(line);
  },
};
