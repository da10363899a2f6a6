/**
 * Short lines that are the site's, not the article's, recognised by their words: an ad label
 * ("Anzeige", "إعلان", "اشتہار"), a category line ("Filed under …", "Schlagworte: …"), a copyright
 * or rights line, a photo-agency credit ("Foto: dpa", "(Quelle: Unsplash)"), a prompt to share or
 * rate the article, a newsletter or support note (the tests extraction's post-clean uses). Extraction may keep them
 * with the text, so the article map leaves them unprotected and a rule hides them.
 */
import { isReaderPrompt, isSaveAsLine } from '../extract/post-clean/boilerplate-lines.ts';
import { isCategoryLine } from '../extract/post-clean/meta-lines.ts';
import { isNotePitch, isPitch } from '../extract/post-clean/promotions.ts';
import { normalizeText, visibleTextOf, wordCount } from './text.ts';

/** The whole line is an ad label. */
const AD_LABEL = /^(advertisement|advertising|advert|ad|ads|anzeige|werbung|publicidad|publicité|annonce|pub|publicidade|pubblicità|sponsored|gesponsert|patrocinado|sponsorisé|إعلان|اعلان|الإعلانات|اشتہار|اشتہارات|विज्ञापन)$/u;

/** A category or tag line: the label, then a few names. */
const CATEGORY_LINE = /^(filed under|posted in|categories|category|tags|tagged|topics|schlagworte|schlagwörter|stichworte|themen|kategorie|kategorien|veröffentlicht in|erschienen in|published in|paru dans|publicado en|dieser eintrag wurde veröffentlicht in|catégories?|mots clés|mots clefs|étiquettes|rubrique|etiquetas|categorías?|temas|archivado en|الوسوم|وسوم|التصنيفات|الكلمات المفتاحية|ٹیگز|زمرہ)( |$)/u;

/** Copyright and rights lines. */
const RIGHTS = /(^(©|\(c\) |copyright )|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|جميع الحقوق محفوظة|جملہ حقوق محفوظ)/iu;

/** Photo and source credits at the start of a short line ("Foto: dpa", "Bild: Getty Images / X"). */
const CREDIT = /^[(\[]?\s*(foto|fotos|photo|photos|bild|bilder|titelbild|titelfoto|beitragsbild|image|images|picture|crédit photo|crédits?|credit|credits|crédito|créditos|fotografía|imagen|quelle|bildquelle|fotoquelle|source|tasvir|تصویر|صورة|الصورة|फोटो)\s*[:©]/iu;

/** Share-bar labels, rating widgets and "back" links: whole lines of the page's furniture. */
const FURNITURE = new RegExp(
  '^(' +
    [
      'share( this( article| story| post| page)?)?', 'share on', 'teilen( mit)?', '(beitrag|artikel|news|seite|meldung|video|diesen artikel|diese seite|jetzt) teilen', 'partager( cet article| sur)?', 'compartir( en| esta noticia)?', 'comparte( esta noticia)?', 'شارك', 'شیئر کریں', 'شیئر',
      'rate this (article|story|post)', 'was this (article|story|page) helpful', 'wie (bewerten|gefällt) (sie|ihnen|dir) (diesen|dieser|der) (artikel|beitrag)', 'hat ihnen (dieser|der) (artikel|beitrag) gefallen', 'war (dieser|der) (artikel|beitrag) hilfreich', 'hier können sie den artikel bewerten', 'valora esta noticia', 'califica esta noticia', 'notez cet article', 'cet article vous a t il été utile',
      'print( this( article| page| story))?', 'drucken', 'artikel drucken', 'seite drucken', 'imprimer( cet article| la page)?', 'imprimir( noticia| artículo)?', 'stampa', 'طباعة', 'پرنٹ',
      '\\d+ (comments?|kommentare?|commentaires?|comentarios?|commenti|تعليقات?|تبصرے)', 'loading|wird geladen|chargement|cargando',
      'zurück( zur übersicht| zur startseite)?', 'back to (top|overview|the list|all news)', 'nach oben', 'retour( en haut| à la liste)?', 'volver( arriba)?',
      '(permalink|permalien|permanentlink|enlace permanente|link permanente)( .{1,80})?', 'diese seite', 'this page', 'cette page', 'esta página',
    ].join('|') +
    ')$',
  'u',
);

/**
 * A credit naming a picture agency or stock library alone, without "Foto:" before it ("Getty
 * Images", "AFP / Jane Roe", "Name/Shutterstock.com"): agencies are the web's, like ad networks.
 */
const AGENCY = '(getty ?images|shutterstock(\\.com)?|istock(photo)?(\\.com)?|adobe ?stock|alamy|imago( images)?|picture[ -]alliance|keystone|unsplash|pexels|pixabay|afp|reuters|dpa|epa|efe|ap photo|anadolu|xinhua)';
const AGENCY_FIRST = new RegExp(`^[(\\[]?\\s*(©\\s*)?${AGENCY}([\\s/|,:)\\]]|$)`, 'iu');
const AGENCY_LAST = new RegExp(`[\\s/|,(©]${AGENCY}[)\\]]?$`, 'iu');
/** Unsplash's and Pexels' own attribution line: "Photo by Jane Roe on Unsplash". */
const STOCK_ATTRIBUTION = /^(photo|foto|image|bild|imagen) (by|von|de|par|por) .{1,60} (on|auf|sur|en) (unsplash|pexels|pixabay)$/iu;
const MAX_AGENCY_WORDS = 8;

/** "5 min read", "Lesezeit: 3 Minuten", "Temps de lecture : 4 min", "٣ دقائق للقراءة": a reading-time label. */
const READING_TIME = /^((reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|leestijd|وقت القراءة|مدة القراءة|پڑھنے کا وقت)( ca| etwa| approx)? )?[\d٠-٩۰-۹]+ ?(min|mins|minute|minutes|minuten|minutos|minuti|minuut|دقائق|دقيقة|منٹ)( read| reading time| lesezeit| lesedauer| de lecture| de lectura| di lettura| leestijd| للقراءة| قراءة| کا مطالعہ| میں پڑھیں)?$/u;

/** A pager's link to the next or previous page or post ("Weiter", "Next article »", "الصفحة التالية"). */
const PAGER = /^(weiter|next|next page|next post|next article|next story|previous|previous page|previous post|previous article|older posts|newer posts|older entries|newer entries|nächste seite|nächster artikel|nächster beitrag|vorherige seite|vorheriger artikel|vorheriger beitrag|vorschau auf den nächsten artikel|suivant|page suivante|article suivant|précédent|page précédente|article précédent|siguiente|página siguiente|artículo siguiente|anterior|página anterior|التالي|السابق|الصفحة التالية|الصفحة السابقة|اگلا|پچھلا|اگلا صفحہ|پچھلا صفحہ)$/u;

/** A shop's button ("Ausgabe kaufen", "Buy now", "Zum Angebot"): a product box's, never a sentence. */
const PURCHASE = /^((jetzt |hier |direkt )?(kaufen|bestellen)|(ausgabe|heft|ticket|tickets) (kaufen|bestellen)|jetzt (bei \S+( \S+)? )?(kaufen|bestellen|ansehen)|bei \S+( \S+)? (kaufen|bestellen|ansehen)|zum (angebot|shop|produkt)|buy( it)? now|buy (on|at|from) \S+( \S+)?|shop now|order now|get it (on|at) \S+|acheter( sur \S+)?|commander|comprar( en \S+)?|comprar ahora|compra ora|acquista( ora| su \S+)?|اشتر الآن|ابھی خریدیں|خریدیں)$/u;

/** "Scroll to read more …", "Verraten Sie es uns in den Kommentaren": the page's prompts, not the story's lines. */
const PAGE_PROMPT = /^(scroll (down )?(to|for) (read|see|more)( .{1,60})?|(verraten|schreiben) sie (es )?(uns )?(gerne )?in den kommentaren.{0,40}|let us know in the comments.{0,30}|tell us in the comments.{0,30}|dites le nous en commentaires?|cuéntanos en los comentarios|déjanos tu opinión en los comentarios|fateci sapere nei commenti)$/u;

/** A blog's "Suggested citation: Roe, Jane: Title, Blog, 2020/4/9, <address>" box: the page's reference, not the text. */
const CITATION = /^(suggested citation|cite (this|as)|how to cite( this (article|post|page))?|zitiervorschlag|zitierhinweis|zitierweise|empfohlene zitierweise|pour citer cet article|citer cet article|cómo citar( este artículo)?|citación sugerida|per citare questo articolo)( |$)/u;
/** The label alone is not the box: its name, title and address (or DOI) come with it. */
const MIN_CITATION_WORDS = 5;
const CITED_ADDRESS = /https?:\/\/|\bdoi\b/i;

/**
 * A press release's contact block ("Pressekontakt: Jane Roe, Telefon: …, E-Mail: …") and its lines
 * one by one ("Tel.: +49 …", "E-Mail: presse@…"): how to reach the sender, not the news.
 */
const CONTACT_LABEL = /^(pressekontakt|medienkontakt|kontakt|ansprechpartner|ansprechpartnerin|press contacts?|media contacts?|media enquiries|media inquiries|for more information contact|contact presse|contacts? presse|contacto de prensa|contacto|contactos de prensa|contatti stampa|contatti|للتواصل|للاتصال|رابطہ)( |$)/u;
const CONTACT_LINE = /^(tel|telefon|telephone|phone|fon|fax|mobil|mobile|handy|e ?mail|mail|téléphone|tél|teléfono|tfno|correo|هاتف|فون|ای میل) /u;
const CONTACT_DETAIL = /\+?\d[\d ()./-]{5,}\d|[\w.+-]+@[\w-]+\.[\w.]+/u;
/** A press portal's lines after the release: its press kit, all releases of the sender. */
const PRESS_PORTAL = /^((online )?pressemappe( .{1,60})?|(alle|weitere) (pressemitteilungen|meldungen|news) (der|des|von|vom) .{1,60}|original content von .{1,80}|press kit|dossier de presse|sala de prensa|(all|more) press releases( .{1,60})?)$/u;
const MAX_CONTACT_LINE_WORDS = 8;

const MAX_LINE_WORDS = 12;
/** Longer texts cannot be 45 words: no need to read them further. */
export const MAX_LINE_CHARS = 900;
const MAX_RIGHTS_WORDS = 30;

/**
 * A word one of the lines above starts with or holds: a text node without any of them cannot be
 * what makes its line boilerplate, so the rule need not read the blocks around it (a cheap filter).
 */
export const LINE_TRIGGER = /advert|\bads?\b|anzeige|werbung|publi|pubbl|annonce|\bpub\b|sponsor|gesponsert|patrocin|إعلان|اعلان|الإعلانات|اشتہار|विज्ञापन|filed|posted|categor|catégor|\btag|topics|schlag|stichw|themen|kategor|veröffentlicht|mots cl|étiquette|rubrique|etiquet|temas|archivado|وسوم|التصنيفات|الكلمات|ٹیگز|زمرہ|©|\(c\)|copyright|rights|rechte|droits|derechos|diritti|حقوق|foto|photo|bild|tasvir|image|picture|crédit|credit|imagen|quelle|source|تصویر|صورة|फोटो|share|teilen|partager|compart|شارك|شیئر|rate this|helpful|bewerten|gefällt|gefallen|hilfreich|valora|califica|notez|utile|zurück|back to|nach oben|retour|volver|print|druck|imprim|stampa|طباعة|پرنٹ|comment|kommentar|تعليق|تبصر|loading|geladen|chargement|cargando|nützlich|hilfreich|useful|diskutieren|gustó|valora|califica|أعجبك|newsletter|subscri|sign up|abonn|anmeld|suscri|inscri|donat|support|unterstütz|soutenez|apóyanos|telegram|whatsapp|download|pdf|follow|folg|síguenos|siga|suivez|تابعونا|فالو|affiliat|afiliad|getty|shutterstock|istock|adobe ?stock|alamy|imago|alliance|keystone|unsplash|pexels|pixabay|\bafp\b|reuters|\bdpa\b|\bepa\b|\befe\b|\bap\b|anadolu|xinhua|[\d٠-٩۰-۹] ?(min|دقائق|دقيقة|منٹ)|lesezeit|lesedauer|lecture|lectura|lettura|leestijd|reading time|read time|القراءة|پڑھنے|weiter|next|previous|perma|diese seite|this page|cette page|esta página|erschienen|published|paru|publicado|cite|citation|zitier|kontakt|contact|contatti|ansprech|\btel\b|telefon|telephone|phone|\bfon\b|\bfax\b|mobil|handy|e-?mail|@|correo|هاتف|فون|للتواصل|للاتصال|رابطہ|pressemappe|pressemitteilungen|meldungen|original-content|original content|press kit|press releases|de presse|de prensa|citer|citar|citación|citare|older|newer|nächste|vorherige|suivant|précédent|siguiente|anterior|التالي|السابق|اگلا|پچھلا|kaufen|bestell|angebot|buy now|buy on|buy at|buy from|buy it|shop now|order now|get it|achet|commander|compra|acquista|اشتر|خرید|scroll|verraten|let us know|tell us|dites|cuéntanos|déjanos|fateci/iu;

export type BoilerplateLine = 'ad label' | 'category' | 'rights' | 'credit' | 'furniture' | 'pitch' | 'contact';
/** A sign-up or support note may run to a sentence or two (extraction's post-clean reads it the same way). */
export const MAX_PITCH_WORDS = 45;

/** What kind of boilerplate line `element` is, judged on its whole visible text; null for anything else. */
export function boilerplateLineOf(element: Element, text = visibleTextOf(element)): BoilerplateLine | null {
  if (text.length > MAX_LINE_CHARS || !LINE_TRIGGER.test(text)) return null;
  const raw = text.replace(/\s+/g, ' ').trim();
  if (!raw) return null;
  const words = wordCount(raw);
  if (words > MAX_PITCH_WORDS) return null;
  if (words <= MAX_RIGHTS_WORDS && RIGHTS.test(raw)) return 'rights';
  // The same pitches extraction's post-clean drops ("Follow X on Twitter", "download our apps for
  // iOS and Android"): they leave the text, so the article map no longer protects them here.
  if (isNotePitch(element, raw) || isPitch(raw)) return 'pitch';
  if (isContact(raw, normalizeText(raw), words)) return 'contact';
  if (words >= MIN_CITATION_WORDS && CITED_ADDRESS.test(raw) && CITATION.test(normalizeText(raw))) return 'furniture';
  if (words > MAX_LINE_WORDS) return null;
  const norm = normalizeText(raw);
  if (AD_LABEL.test(norm)) return 'ad label';
  if (CATEGORY_LINE.test(norm) && (words <= 2 || /[:：]/.test(raw.slice(0, 40)) || element.querySelector('a[href]'))) return 'category';
  if (isCategoryLine(raw) && element.tagName !== 'LI') return 'category';
  if (CREDIT.test(raw) || isAgencyCredit(element, raw, words)) return 'credit';
  if (READING_TIME.test(norm) || PAGE_PROMPT.test(norm) || ((PAGER.test(norm) || PURCHASE.test(norm)) && isLinkOrButton(element))) return 'furniture';
  if (FURNITURE.test(norm) || isReaderPrompt(raw) || isSaveAsLine(raw)) return 'furniture';
  return null;
}

/** An agency or stock library named alone, first or last on a short line that is no sentence. */
function isAgencyCredit(element: Element, raw: string, words: number): boolean {
  if (words > MAX_AGENCY_WORDS || /^H[1-6]$/.test(element.tagName) || /[.!?]$/.test(raw.replace(/\.com$/i, ''))) return false;
  return AGENCY_FIRST.test(raw) || AGENCY_LAST.test(raw) || STOCK_ATTRIBUTION.test(normalizeText(raw));
}

/** A pager's or shop's words count only as a link or button: "Weiter" alone in a paragraph may be the text's. */
function isLinkOrButton(element: Element): boolean {
  return !!(element.closest('a[href], button') ?? element.querySelector('a[href], button'));
}

/** A contact block or line: a contact label with a number or address, or a press portal's line. */
function isContact(raw: string, norm: string, words: number): boolean {
  if (PRESS_PORTAL.test(norm) && words <= MAX_LINE_WORDS) return true;
  if (!CONTACT_DETAIL.test(raw)) return false;
  return CONTACT_LABEL.test(norm) || (CONTACT_LINE.test(norm) && words <= MAX_CONTACT_LINE_WORDS);
}
