/**
 * Boxes of other stories, found by their heading: "Recent Stories", "Related", "More from …",
 * "Most read", "Trending", "You may also like" and the same in Urdu, Arabic and Hindi.
 */
import { hideable, widen, wrapperOf } from '../blocks.ts';
import { headingTextOf, isProse, linkStats, normalizeText, wordCount } from '../text.ts';
import { isSameSiteLink, siteHostsOf } from '../promo.ts';
import type { DeclutterRule, Finding } from '../types.ts';

/** Whole-heading patterns (on normalized, lower-case text), so a sentence mentioning "related" never matches. */
export const STORY_HEADINGS: RegExp[] = [
  /^(recent|latest|top|more|other|related|similar|popular|trending|featured|editor s|editors|recommended|must read|don t miss|also read|read more|see also|suggested|next|previous|most read|most viewed|most popular|most shared|most commented)( \w+){0,3}$/,
  /^(more|latest|also) (from|in|on|about) .{1,60}$/,
  /^(you|we think you) (may|might|will|would) (also )?(like|enjoy|be interested)( in)?( this| these)?$/,
  /^(related|trending|latest|popular)( \w+)?$/,
  /^(tags|topics|filed under|categories|more on this story|more on this topic)$/,
  /^(what to read next|what s hot|in case you missed it|around the web|from the web|elsewhere on .{1,40}|top stories|top news|breaking news|news in brief|stories you may like|recommended for you|more to explore|keep reading|read next|up next|the latest|just in)$/,
  // German
  /^(ähnliche|verwandte|weitere|neueste|aktuelle|beliebte|beliebteste|meistgelesene|empfohlene|passende) (beiträge|artikel|nachrichten|news|themen|themenbereiche|meldungen|pressemitteilungen|geschichten|videos|links|informationen)( \S+){0,3}$/,
  /^(das|dies|dieses thema|das thema) könnte (sie|dich) (auch )?(noch )?interessieren$/,
  /^(lesen sie auch|lies auch|lesen sie mehr|lesen sie weiter)( .{1,40})?$/,
  /^(weiterlesen|schon gelesen|empfehlungen (aus|der) (der )?redaktion|schlagworte( zum thema)?|themen (im|in diesem) (artikel|beitrag)|explore further|further reading)$/,
  /^(mehr zum thema|mehr zu(m)? .{1,40}|mehr aus .{1,40}|mehr von .{1,40}|auch interessant|am meisten gelesen|meist gelesen|meistgelesen|meist diskutiert|meistkommentiert|top themen|top artikel|neu im shop|zurück zur übersicht|weiterführende (informationen|links)|weitere informationen|zum thema|empfehlungen|unsere empfehlungen|auch lesenswert|das interessiert andere leser)$/,
  // French
  /^(à lire aussi|a lire aussi|lire aussi|à lire également|sur le même sujet|dans la même rubrique|articles? (similaires|liés|connexes|recommandés)|les plus lus|les plus populaires|les plus partagés|à voir aussi|vous aimerez aussi|vous aimerez aussi lire|vous pourriez aussi aimer|nos derniers articles|derniers articles|dernières actualités|à la une|plus d articles|en continu|sélection de la rédaction|ailleurs sur le web)$/,
  // Spanish
  /^(lea también|lee también|te puede interesar|le puede interesar|también te puede interesar|contenido relacionado|noticias relacionadas|artículos relacionados|notas relacionadas|lo más leído|lo más visto|más leídas|las más leídas|las \+ leídas|más noticias|últimas noticias|otras noticias|recomendados|te recomendamos|quizás te interese|más de .{1,40}|también en .{1,40})$/,
  // A broadcaster's media box: "Audios and videos on the topic", "Audios et vidéos sur le sujet"
  /^(more )?(articles|audios|videos|vidéos|beiträge|contenus|artículos)( (and|und|et|y) (articles|audios|videos|vidéos|beiträge|artículos))? (on the topic|on this topic|zum thema|sur le sujet|sur ce sujet|sobre el tema|sobre este tema)$/,
  // Italian, Portuguese, Dutch
  /^(leggi anche|leggi pure|potrebbe interessarti|ti potrebbe interessare|potrebbe interessarti anche|articoli correlati|notizie correlate|i più letti|più letti|più lette|le più lette|ultime notizie|altre notizie|in evidenza|leia também|leia mais|veja também|veja mais|notícias relacionadas|artigos relacionados|mais lidas|as mais lidas|mais notícias|últimas notícias|lees ook|lees meer|gerelateerde artikelen|gerelateerd|meest gelezen|meer nieuws|laatste nieuws)$/,
  // Urdu
  /^(تازہ ترین|مزید خبریں|متعلقہ خبریں|متعلقہ|اہم خبریں|مقبول خبریں|سب سے زیادہ پڑھی جانے والی|مزید پڑھیں|دیگر خبریں)( .{1,30})?$/,
  // Arabic
  /^(آخر الأخبار|أخبار ذات صلة|ذات صلة|الأكثر قراءة|الأكثر مشاهدة|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|المزيد من|أخبار متعلقة|الأكثر تداولا)( .{1,30})?$/,
  // Hindi
  /^(ताज़ा ख़बरें|ताजा खबरें|ताज़ा खबरें|संबंधित खबरें|संबंधित ख़बरें|और पढ़ें|ये भी पढ़ें|यह भी पढ़ें|सबसे ज़्यादा पढ़ी गई|लोकप्रिय|ट्रेंडिंग)( .{1,30})?$/,
];

/** A sentence that introduces a further-reading list ("… you will find on these pages:"), not a teaser's line. */
const MIN_INTRO_WORDS = 8;

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"], header, legend, [class*="title" i], [class*="heading" i], [class*="header" i], strong, b';

export function isStoryHeading(text: string): boolean {
  const norm = normalizeText(text);
  return norm.length > 0 && wordCount(norm) <= 8 && STORY_HEADINGS.some((pattern) => pattern.test(norm));
}

export const storyHeadingRule: DeclutterRule = {
  id: 'story-heading',
  description: 'Hides boxes headed "Recent Stories", "Related", "More from …", "Most read", "Trending" (English, German, French, Spanish, Italian, Portuguese, Dutch, Urdu, Arabic, Hindi) with their links.',
  find(doc, context) {
    const found: Finding[] = [];
    let hosts: ReadonlySet<string> | null = null;
    for (const heading of doc.body?.querySelectorAll(HEADING_SELECTOR) ?? []) {
      // Icon fonts put a ligature word in the heading ("filter_none Weitere Beiträge"): read it without.
      if (!isStoryHeading(headingTextOf(heading))) continue;
      // The box is the heading plus what it heads: grow until it holds links ("Related Links" may have one).
      const box = widen(heading, context, (block) => block !== heading && linkStats(block).links >= 1 && (block.textContent ?? '').trim() !== (heading.textContent ?? '').trim());
      if (box && isFurtherReading(box, context.article.root, (hosts ??= siteHostsOf(doc)))) continue;
      if (box) found.push({ element: box, kind: 'story list' });
      // A heading over nothing (the list is filled in by a script that has not run) still
      // announces other stories: it goes on its own.
      else if (hideable(heading, context) && !heading.closest('a')) {
        const alone = wrapperOf(heading, context);
        if (headsNothing(alone)) found.push({ element: alone, kind: 'story list' });
      }
    }
    return found;
  },
};

/**
 * "More on this topic" at the end of the text, a sentence of its own and links to other sites
 * only (a help centre, the maker's pages): the article's further reading, not the site's other
 * stories. Outside the text's root, or with a link to this site, it is the site's box.
 * (`after-article` asks too: the section follows the last line extraction kept.)
 */
export function isFurtherReading(box: Element, root: Element | null, hosts: ReadonlySet<string>): boolean {
  if (!root?.contains(box) || !Array.from(box.querySelectorAll('h1, h2, h3, h4, h5, h6')).some((heading) => isStoryHeading(headingTextOf(heading)))) return false;
  const doc = box.ownerDocument;
  if (Array.from(box.querySelectorAll('a[href]')).some((link) => isSameSiteLink(link, hosts, doc))) return false;
  return Array.from(box.querySelectorAll('p')).some((paragraph) => isProse(paragraph, MIN_INTRO_WORDS));
}

/** Nothing with text or media follows the heading in its box: it heads an empty list, not a section of the text. */
function headsNothing(heading: Element): boolean {
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    if ((next.textContent ?? '').trim() || next.querySelector('img, video, iframe, picture')) return false;
  }
  return true;
}
