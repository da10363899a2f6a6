/**
 * In-article promos: a line between the article's paragraphs that sends the reader to another
 * article of the same site ("Lea también: …", "À lire aussi …", "MIRA: …", "Mehr zum Thema: …").
 * Extraction keeps them because they sit in the body, so the article map must not protect them.
 * Structure first: a short block that is mostly one or two links to other pages of this site,
 * introduced by a short label ending in a colon or by a known "read also" phrase.
 */
import { linkStats, normalizeText, visibleTextOf, wordCount } from './text.ts';
import { isPageLink } from '../page-link.ts';

/** Lead-in labels of promos, whole words at the start of the block (normalized, lower-case). */
export const PROMO_LABELS = new RegExp(
  '^(' +
    [
      // English
      'read (also|more|next)', 'also read', 'see also', 'related', 'more on this', 'watch', 'listen', 'recommended',
      // Spanish
      'lea (también|tambien|más|mas)', 'lee (también|tambien|más|mas)', 'lea', 'mira', 'mire', 'ver también', 'ver tambien', 'te puede interesar', 'le puede interesar', 'puede interesarte', 'también te puede interesar', 'relacionado', 'relacionada', 'noticia relacionada', 'más información',
      // French
      'à lire aussi', 'a lire aussi', 'lire aussi', 'voir aussi', 'à voir aussi', 'à lire', 'à voir', 'sur le même sujet', 'regarder', 'écouter',
      // German
      'lesen sie auch', 'lies auch', 'auch interessant', 'mehr zum thema', 'mehr themen', 'artikel zum thema', 'siehe auch', 'das könnte sie auch interessieren', 'weiterlesen', 'passend zum thema', 'zum thema', 'mehr dazu', 'video',
      // Portuguese, Italian
      'leia (também|mais)', 'veja (também|mais)', 'saiba mais', 'leggi anche', 'vedi anche',
      // Urdu, Arabic
      'یہ بھی پڑھیں', 'مزید پڑھیں', 'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ ايضا', 'اقرأ المزيد', 'شاهد أيضا', 'شاهد', 'طالع أيضا',
    ].join('|') +
    ')( |$)',
  'u',
);

/** Blocks that may be a promo line; longer blocks are prose that happens to hold links. */
export const MAX_PROMO_WORDS = 40;
const MAX_LABEL_WORDS = 5;
/** Where a label's colon (or arrow) must be: within its first characters. */
const LABEL_CHARS = 60;
const EARLY_COLON = /[:：»›►→|]/;

/** Hosts of this site: the address the page is at, and the one it says is canonical (a saved page). */
export function siteHostsOf(doc: Document): Set<string> {
  const hosts = new Set<string>();
  const add = (address: string | null | undefined): void => {
    try {
      if (address) hosts.add(new URL(address, doc.URL).hostname.replace(/^www\./, ''));
    } catch {
      // An unparsable canonical link names no host.
    }
  };
  add(doc.URL);
  add(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  add(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  return hosts;
}

/** A link to another page of this site (not an anchor on this page, not another site, not the home page). */
export function isSameSiteLink(link: Element, hosts: ReadonlySet<string>, doc: Document): boolean {
  const target = siteTargetOf(link, hosts, doc);
  return !!target && target.pathname.replace(/\/$/, '') !== '';
}

/** Where a link to a page of this site (its home page included) leads; null for other sites and non-pages. */
export function siteTargetOf(link: Element, hosts: ReadonlySet<string>, doc: Document): URL | null {
  const href = link.getAttribute('href');
  if (!isPageLink(href)) return null;
  try {
    const target = new URL(href, doc.URL);
    return /^https?:$/.test(target.protocol) && hosts.has(target.hostname.replace(/^www\./, '')) ? target : null;
  } catch {
    return null;
  }
}

/** True for a short block that points the reader to another article of this site. */
export function isInlinePromo(block: Element, hosts: ReadonlySet<string>): boolean {
  const text = visibleTextOf(block);
  const norm = normalizeText(text);
  const labelled = PROMO_LABELS.test(norm);
  // Cheap tests first: most short blocks with a link are menu items, with no label at all.
  if (!labelled && !EARLY_COLON.test(text.slice(0, LABEL_CHARS))) return false;
  const words = wordCount(text);
  if (words === 0 || words > MAX_PROMO_WORDS) return false;
  if (block.querySelector('img, picture, video, iframe, table, ul, ol, p')) return false;
  const links = Array.from(block.querySelectorAll('a[href]')).filter((link) => isSameSiteLink(link, hosts, block.ownerDocument));
  if (links.length === 0 || links.length > 5) return false;
  const stats = linkStats(block);
  // The text before the first link: "Lea también:" or "MIRA:" (a label), not a sentence.
  const first = links[0] as Element;
  const lead = textBefore(block, first);
  const colonLabel = /[:：»›►→|]\s*$/.test(lead) && wordCount(lead) <= MAX_LABEL_WORDS;
  if (!labelled && !colonLabel) return false;
  return stats.linkChars >= 0.5 * stats.chars || (labelled && wordCount(lead) <= MAX_LABEL_WORDS && stats.linkChars >= 0.3 * stats.chars);
}

function textBefore(block: Element, link: Element): string {
  const range = block.ownerDocument.createRange();
  range.setStart(block, 0);
  range.setEndBefore(link);
  return range.toString().replace(/\s+/g, ' ').trim();
}
