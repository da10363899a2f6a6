/**
 * Short lines that are the site's, not the article's, recognised by their words: an ad label
 * ("Anzeige", "إعلان", "اشتہار"), a category line ("Filed under …", "Schlagworte: …"), a copyright
 * or rights line, a photo-agency credit ("Foto: dpa", "(Quelle: Unsplash)"). Extraction may keep them
 * with the text, so the article map leaves them unprotected and a rule hides them.
 */
import { normalizeText, visibleTextOf, wordCount } from './text.ts';

/** The whole line is an ad label. */
const AD_LABEL = /^(advertisement|advertising|advert|ad|ads|anzeige|werbung|publicidad|publicité|annonce|pub|publicidade|pubblicità|sponsored|gesponsert|patrocinado|sponsorisé|إعلان|اعلان|الإعلانات|اشتہار|اشتہارات|विज्ञापन)$/u;

/** A category or tag line: the label, then a few names. */
const CATEGORY_LINE = /^(filed under|posted in|categories|category|tags|tagged|topics|schlagworte|schlagwörter|stichworte|themen|kategorie|kategorien|veröffentlicht in|dieser eintrag wurde veröffentlicht in|catégories?|mots clés|mots clefs|étiquettes|rubrique|etiquetas|categorías?|temas|archivado en|الوسوم|وسوم|التصنيفات|الكلمات المفتاحية|ٹیگز|زمرہ)( |$)/u;

/** Copyright and rights lines. */
const RIGHTS = /(^(©|\(c\) |copyright )|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|جميع الحقوق محفوظة|جملہ حقوق محفوظ)/iu;

/** Photo and source credits at the start of a short line ("Foto: dpa", "Bild: Getty Images / X"). */
const CREDIT = /^[(\[]?\s*(foto|fotos|photo|photos|bild|bilder|titelbild|titelfoto|beitragsbild|image|images|picture|crédit photo|crédits?|credit|credits|crédito|créditos|fotografía|imagen|quelle|bildquelle|fotoquelle|source|tasvir|تصویر|صورة|الصورة|फोटो)\s*[:©]/iu;

const MAX_LINE_WORDS = 12;
const MAX_RIGHTS_WORDS = 30;

export type BoilerplateLine = 'ad label' | 'category' | 'rights' | 'credit';

/** What kind of boilerplate line `element` is, judged on its whole visible text; null for anything else. */
export function boilerplateLineOf(element: Element): BoilerplateLine | null {
  const raw = visibleTextOf(element).replace(/\s+/g, ' ').trim();
  if (!raw) return null;
  const words = wordCount(raw);
  if (words > MAX_RIGHTS_WORDS) return null;
  if (RIGHTS.test(raw)) return 'rights';
  if (words > MAX_LINE_WORDS) return null;
  const norm = normalizeText(raw);
  if (AD_LABEL.test(norm)) return 'ad label';
  if (CATEGORY_LINE.test(norm) && (words <= 2 || /[:：]/.test(raw.slice(0, 40)) || element.querySelector('a[href]'))) return 'category';
  if (CREDIT.test(raw)) return 'credit';
  return null;
}
