/**
 * Lines that are page furniture, not article: "Advertisement" labels, "Skip to content", lone
 * "Read more", "Comments", "Share", "Print", "Loading…", player fallbacks, and the site's prompts to
 * share or rate the article. Only a block whose WHOLE text is such a label goes; the same words
 * inside a sentence stay. Short licence and "all rights reserved" lines go too.
 */
import { wordsIn, type PostCleanRule } from './shared.ts';

/** Ad labels in the languages of the sites we see most (a label alone on its line). */
const AD_LABELS = [
  'advertisement', 'advertisements', 'advert', 'adverts', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'promoted',
  'anzeige', 'werbung', 'publicidad', 'publicité', 'pubblicità', 'publicidade', 'reklama', 'reclame', 'advertentie', 'iklan', 'annons', 'mainos', 'реклама',
];
const UI_LABELS = [
  'skip to content', 'skip to main content', 'skip navigation', 'read more', 'read more »', 'continue reading', 'more', 'see more', 'show more',
  'comments', 'comment', 'leave a comment', 'add a comment', 'view comments', 'show comments', 'share', 'share this', 'share this article', 'share this story',
  'share on facebook', 'share on twitter', 'tweet', 'email', 'print', 'print article', 'text size', 'order reprints', 'reprints', 'enlarge image',
  'enlarge this image', 'toggle caption', 'hide caption', 'image', 'caption', 'close', 'open', 'sign in', 'log in', 'login', 'subscribe', 'subscribe now',
  'loading', 'loading content', 'loading…', 'loading...', 'loading content ...', 'back to top', 'top', 'menu', 'search', 'home', 'next', 'previous',
  'this slideshow requires javascript', 'media playback is unsupported on your device', 'your browser does not support the video tag',
  'please enable javascript to view the comments', 'tags', 'topics', 'related', 'highlights', 'latest', 'popular', 'trending', 'most read', 'most popular',
  'recent articles', 'popular this week', 'recommended', 'recommended for you', 'you may also like', 'you might also like', 'more stories',
  'related articles', 'related stories', 'related posts', "don't miss", 'dont miss', 'also read', 'read also', 'more from', 'advertise with us',
  'view author archive', 'email the author', 'follow on twitter', 'about the author', 'listen to this article', 'play', 'watch', 'video',
  'permalink', 'permalien', 'weiterlesen', 'mehr lesen', 'lire la suite', 'leer más', 'seguir leyendo', 'bild anzeigen', 'bild vergrößern',
  'rate this article', 'rate this story', 'artikel bewerten', 'diesen artikel bewerten', 'hier können sie den artikel bewerten', 'valora esta noticia',
  'valora este artículo', 'évaluez cet article', 'noter cet article', 'keine kommentare', 'no comments', 'aucun commentaire', 'sin comentarios',
  'quellen anzeigen', 'quellen ausblenden', 'show sources', 'hide sources', 'mehr anzeigen', 'afficher plus', 'mostrar más',
  // Print and close buttons in the other languages we read most.
  'drucken', 'seite drucken', 'artikel drucken', 'imprimer', 'imprimer cette page', 'imprimer l\'article', 'imprimir', 'imprimir página',
  'stampa', 'print this page', 'print this article', 'schließen', 'bild schließen', 'fermer', 'cerrar', 'chiudi',
  'kommentare', 'kommentare insgesamt', 'commentaires', 'comentarios', 'commenti',
  'noch keine bewertungen', 'keine bewertungen', 'no ratings yet', 'no reviews yet', 'aucun avis', 'aucune évaluation', 'sin valoraciones', 'sin reseñas',
];
const LABELS = new Set([...AD_LABELS, ...UI_LABELS]);

/**
 * Normalises a line for lookup: lower case, no trailing punctuation, arrows or counts, and no
 * address after the label ("Permalink https://…" is the button with its link written out).
 */
export function labelOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*(?:\(\d+\)|:\s*\d+)\s*$/, '')
    .replace(/(?<=\p{L})[\s:]+(?:https?:\/\/|www\.)\S+$/u, '')
    .replace(/^[\s|•·›»>:\-–—[(]+|[\s|•·›»>:\-–—\])]+$/g, '')
    .trim();
}

/** Words for "this article" and for what the site asks the reader to do with it (share, rate, like). */
const ARTICLE_NOUN = /(?<!\p{L})(?:article|story|post|page|artikel|beitrag|beitrags|text|seite|billet|noticia|artículo|nota|entrada|مقال|المقال|الخبر|خبر|مضمون|تحریر)(?!\p{L})/iu;
const READER_ACTION = /(?<!\p{L})(?:share|rate|helpful|useful|enjoy(?:ed)?|like[ds]?|teilen|diskutieren|bewerten|nützlich|hilfreich|gefallen|gefällt|partag\p{L}*|utile|plu|compart\p{L}*|compárt\p{L}*|útil|gustó|valora\p{L}*|califica\p{L}*|شارك|أعجبك|شیئر|پسند)(?!\p{L})/iu;
/** A prompt is a short question, exclamation or label, not a sentence of the story. */
const MAX_PROMPT_WORDS = 10;

/**
 * "Möchten Sie den Artikel teilen?", "Artikel gefallen? Vergiss nicht zu teilen!", "War der Artikel
 * nützlich?", "Did you enjoy this article? Share it", "¿Te gustó esta nota? Compártela": the site
 * asking the reader to share or rate what they read. Short, ends in ?, ! or :, names the article
 * and an action on it; a story's sentence about sharing an article ends with a full stop.
 */
export function isReaderPrompt(text: string): boolean {
  const trimmed = text.trim();
  if (wordsIn(trimmed) > MAX_PROMPT_WORDS || !/[?!:؟]$/u.test(trimmed)) return false;
  // "How do I share a post?" is a how-to's heading, not the site's prompt.
  if (/^(?:how|why|wie|warum|comment|pourquoi|cómo|por qué|كيف)\b/iu.test(trimmed)) return false;
  return ARTICLE_NOUN.test(trimmed) && READER_ACTION.test(trimmed);
}

/** "Diesen Beitrag als PDF herunterladen", "Download this article as PDF": the page offered as a file, not a document the story links to. */
const SAVE_AS_PDF = /(?:download|herunterladen|runterladen|télécharger|descargar|scaricare|save|speichern|print|drucken|imprimer|imprimir)/i;
const THIS_AS_PDF = /(?:this|these|diese[nsrm]?|ce|cet|cette|este|esta|als|as|en|come)\s+(?:\p{L}+\s+)?(?:as\s+|als\s+|en\s+)?pdf\b/iu;
const MAX_SAVE_WORDS = 8;

export function isSaveAsLine(text: string): boolean {
  return wordsIn(text) <= MAX_SAVE_WORDS && SAVE_AS_PDF.test(text) && THIS_AS_PDF.test(text);
}

/** "All rights reserved" and Creative Commons notes: the page's licence, not the story. */
const RIGHTS_RESERVED = /all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|جميع الحقوق محفوظة|جملہ حقوق محفوظ/i;
const OPEN_LICENCE = /\bcc[- ]by(?:[- ](?:sa|nd|nc))*\b|creative commons/i;
const LICENCE_WORD = /licen[cs]|lizen[zs]|licencia|licenza|veröffentlicht|published|publié|publicado|stehen|steht|available|disponible/i;
/** The note is about this page's own content ("Dieser Text …", "contents of this website", "This work is …"). */
const OWN_CONTENT = /(?<!\p{L})(?:this|these|all|our|dies\p{L}*|alle|unsere?|ce|cet|cette|ces|tous|nos|este|esta|estos|todos|nuestros?)(?!\p{L}).{0,40}(?:work|text|article|artikel|beitr\p{L}*|inhalt\p{L}*|content\p{L}*|contenido|site|website|seite|page|página|material)/iu;
const MAX_RIGHTS_WORDS = 30;

export function isRightsLine(text: string): boolean {
  if (wordsIn(text) > MAX_RIGHTS_WORDS) return false;
  return RIGHTS_RESERVED.test(text) || (OPEN_LICENCE.test(text) && LICENCE_WORD.test(text) && OWN_CONTENT.test(text));
}

/**
 * The site's note on how to cite the page ("SUGGESTED CITATION Sauer, Heiko: …, VerfBlog, 2020/4/09",
 * "Pour citer cet article :", "Diese Folge zitieren: …"): a label that opens the line. A sentence
 * about citing ("How to cite a source is taught in school") does not open with the label, and a
 * one-word label needs its colon: "Zitierweise im Fließtext" titles a style guide's section.
 */
const CITATION_NOTE =
  /^(?:suggested citation|cite this (?:article|page|post|paper|episode)|how to cite this (?:article|page|post)|(?:citation|zitierweise|zitierhinweis)(?=\s*[:：])|zitiervorschlag|(?:diese[ns]?|den) (?:artikel|beitrag|text|folge|episode) zitieren|pour citer (?:cet article|ce document|cette page)|citer cet article|cómo citar(?: este artículo)?|citar este artículo|come citare(?: questo articolo)?|per citare questo articolo)\s*[:：]?(?:\s|$)/iu;
const MAX_CITATION_WORDS = 60;

export function isCitationNote(text: string): boolean {
  return wordsIn(text) <= MAX_CITATION_WORDS && CITATION_NOTE.test(text);
}

/** The pages every site links from its footer: imprint, privacy, terms, cookies, contact. */
const LEGAL_PAGE =
  /^(?:impressum|imprint|datenschutz(?:erklärung)?|privacy(?: policy)?|terms(?: of (?:use|service))?|terms and conditions|cookies?(?: policy| settings)?|agb|nutzungsbedingungen|kontakt|contact(?: us)?|disclaimer|sitemap|mentions légales|politique de confidentialité|aviso legal|política de privacidad|privacy policy|note legali)$/iu;
/** A footer's short items: "IMPRESSUM | DATENSCHUTZ | COPYRIGHT …", "Impressum | Datenschutz". */
const MAX_ROW_ITEM_WORDS = 5;

/** A row of short items split by bars or dots, at least one of them a legal page: the site's footer links. */
export function isFooterLinksRow(text: string): boolean {
  const items = text.split(/\s*[|·•]\s*/).filter((item) => item.length > 0);
  return items.length >= 2 && items.every((item) => wordsIn(item) <= MAX_ROW_ITEM_WORDS) && items.some((item) => LEGAL_PAGE.test(item));
}

export function isBoilerplateLine(text: string): boolean {
  const label = labelOf(text);
  return (label.length > 0 && label.length <= 60 && LABELS.has(label)) || isReaderPrompt(text) || isSaveAsLine(text) || isFooterLinksRow(text);
}

/** The texts of a line's parts: its child elements and the runs of text between them and its line breaks. */
function partsOf(el: Element): string[] {
  const parts: string[] = [];
  let run = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType !== 1) {
      run += node.textContent ?? '';
      continue;
    }
    parts.push(run);
    run = '';
    if ((node as Element).tagName !== 'BR') parts.push(node.textContent ?? '');
  }
  parts.push(run);
  return parts.map((part) => part.replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean);
}

/**
 * A row of buttons set as one line, each label in its own element ("Bild anzeigen | Bild schließen",
 * "Imprimer | Imprimer cette page"): every part is a furniture label. A sentence has parts that are not.
 */
export function isLabelRow(el: Element): boolean {
  const parts = partsOf(el);
  return parts.length >= 2 && parts.every(isBoilerplateLine);
}

export const boilerplateLines: PostCleanRule = {
  id: 'boilerplate-lines',
  apply(_body, lines) {
    for (const el of lines.all()) {
      const text = lines.text(el);
      if ((text.length <= 120 && (isBoilerplateLine(text) || isLabelRow(el))) || (text.length <= 400 && (isRightsLine(text) || isCitationNote(text)))) lines.remove(el);
    }
  },
};
