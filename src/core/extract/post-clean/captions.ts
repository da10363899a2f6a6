/**
 * Captions and image credits. Readers want them under the picture, but they are not the article's
 * running text: the benchmark truth and the summaries leave them out. So every caption-like block
 * becomes a <figcaption> (reader view styles it as a caption) and `Article.text` skips figcaptions.
 */
import { elementsBelow, isNamed, namesOf, retag, textOf, wordsIn, type PostCleanRule } from './shared.ts';

/** Class/id words sites use for captions and credits (wp-caption-text, image-credit, cutline, …). */
const CAPTION_NAME = /(?:^|[\s_-])(?:caption|captions|credit|credits|copyright|cutline|photo-?byline|image-?source|img-?source|media-?source)(?:$|[\s_-])|figcaption/;
/** Text shapes of captions and credits ("Image copyright", "Photo: …", "Credit...", "(Image: GETTY)"). */
const CAPTION_TEXT = [
  /^(?:image|photo|picture|media|video) (?:copyright|caption|credit)\b/i,
  /^(?:photo|image|picture|credit|foto|source|photograph)s?(?: by)?\s*(?::|\.{2,}|…)\s*\S/i,
  /\((?:image|photo|picture|credit|foto|photograph)s?(?: by)?\s*:[^)]*\)\s*$/i,
  /^©\s*\S/,
  // A short line that ends with its credit ("… will für Furore sorgen. © AFP / MARCO BERTORELLO", "Foto © Jörg Gemsch").
  /(?:^|\s)(?:©|\(c\))\s*[^.!?©]{2,60}$/i,
  // Numbered figures ("Abbildung 4: …", "Fig. 2.", "Figura 3:") and a picture's own label ("Beitragsbild: …").
  /^(?:abbildung|abb\.|figure|fig\.|figura|grafik|illustration|bild|tabelle) ?\d+[a-z]?\s*[:.]\s*\S/i,
  // The same labels unnumbered but with a colon ("Abbildung: Vergleich …"); "Bild" and "Tabelle" alone are too common a start.
  /^(?:abbildung|abb\.|figure|fig\.|figura|grafik|illustration)\s*:\s*\S/i,
  /^(?:crédits?|credits?) (?:photos?|images?|fotos?)\s*:/i,
  /^(?:beitragsbild|titelbild|titelfoto|vorschaubild|headerbild|bildnachweis|fotonachweis)\s*:/i,
  // "Jana Novak, photo: Government archive": a name, then the credit.
  /^[^.!?]{2,80},\s*(?:photo|foto|image|bild)\s*:\s*[^.!?]{2,80}$/i,
];
/** A credit line made only of agency names ("Getty Images", "AP", "Reuters / Getty"). */
const AGENCY = '(?:getty(?: images)?|ap(?: photo)?|reuters|afp|epa|shutterstock|istock(?:photo)?|alamy|bloomberg|pa(?: wire)?|xinhua|anadolu|sipa|nasa)';
const AGENCY_ONLY = new RegExp(`^${AGENCY}(?:\\s*[/|,&-]\\s*${AGENCY})*\\.?$`, 'i');
const MAX_CAPTION_WORDS = 70;

/** A picture's file: what a lightbox's "Vergrößern" / "Enlarge" button links to. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;
const MAX_BUTTON_WORDS = 2;

/** "Vergrößern Eine kleine runde Aussparung …": a line opened by a button linking to the picture's file is its caption. */
export function opensWithEnlargeLink(el: Element, text: string): boolean {
  // The first link with an address, by tag: a selector query per line cost more than the rest of the rule.
  const link = Array.prototype.find.call(el.getElementsByTagName('a'), (a: Element) => a.hasAttribute('href')) as Element | undefined;
  if (!link || !IMAGE_FILE.test(link.getAttribute('href') ?? '')) return false;
  const label = textOf(link);
  return wordsIn(label) > 0 && wordsIn(label) <= MAX_BUTTON_WORDS && text.startsWith(label) && wordsIn(text) > wordsIn(label);
}

export function isCaptionText(text: string): boolean {
  return CAPTION_TEXT.some((pattern) => pattern.test(text)) || AGENCY_ONLY.test(text);
}

export const captions: PostCleanRule = {
  id: 'captions',
  apply(body, lines) {
    // Named captions: any element whose class or id says caption/credit, when it is short and holds no paragraphs.
    for (const el of elementsBelow(body, isNamed)) {
      // The name test first: `contains` and `closest` walk up the tree for each of the page's named elements.
      if (el.tagName === 'FIGCAPTION' || !CAPTION_NAME.test(namesOf(el))) continue;
      if (!body.contains(el) || el.closest('figcaption')) continue;
      if (el.querySelector('p p, h1, h2, h3, table, ul, ol') || el.querySelectorAll('p').length > 2) continue;
      if (el.querySelector('img, picture, video, iframe')) continue;
      const words = wordsIn(textOf(el));
      if (words === 0 || words > MAX_CAPTION_WORDS) continue;
      // Named captions may be lines of the shared index or inline elements inside one.
      if (lines.all().includes(el)) lines.retag(el, 'figcaption');
      else retag(el, 'figcaption');
    }
    // Caption-shaped lines, whatever their markup.
    for (const el of lines.all()) {
      if (el.tagName === 'FIGCAPTION') continue;
      const text = lines.text(el);
      if (text.length > 600) continue;
      const words = wordsIn(text);
      // The length test is cheap and rules out most lines before the enlarge-link test's query runs.
      if (words === 0 || words > MAX_CAPTION_WORDS || !(isCaptionText(text) || opensWithEnlargeLink(el, text))) continue;
      if (el.closest('figcaption')) continue;
      lines.retag(el, 'figcaption');
    }
  },
};
