/** Share and follow bars: blocks named share/social, or a few links to social networks (share endpoints, profiles, or links named for a network in any script). */
import { hideable, nameTokens, uniqueFindings, wrapperOf } from '../blocks.ts';
import { linkStats, wordCount } from '../text.ts';
import { ruleClock, steppedRule } from '../rule-steps.ts';
import type { Finding } from '../types.ts';

const SHARE_TOKENS = new Set(['share', 'shares', 'sharing', 'sharebar', 'social', 'socials', 'sharethis', 'addthis', 'addtoany', 'a2a', 'follow']);
const SHARE_LINK = /facebook\.com\/sharer|twitter\.com\/(intent|share)|x\.com\/intent|linkedin\.com\/(share|sharing)|wa\.me\/|whatsapp:\/\/|api\.whatsapp\.com|pinterest\.com\/pin\/create|reddit\.com\/submit|t\.me\/share|mailto:\?/i;
/** Links named for a network (in several scripts) or pointing at one: a row of them is a share or follow bar. */
const NETWORK_NAME = /^(facebook|twitter|x|whatsapp|linkedin|pinterest|telegram|reddit|xing|tumblr|instagram|youtube|tiktok|e ?mail|email|mail|print|drucken|imprimer|imprimir|teilen|share|partager|compartir|فیس بک|فیسبک|ٹویٹر|ٹوئٹر|واٹس ایپ|واٹس اپ|انسٹاگرام|یوٹیوب|فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|انستغرام|يوتيوب)$/iu;
const NETWORK_HOST = /(^|\.)(facebook\.com|twitter\.com|x\.com|linkedin\.com|pinterest\.com|instagram\.com|youtube\.com|tiktok\.com|t\.me|xing\.com|wa\.me|whatsapp\.com|telegram\.me)$/i;
/** Quick test before parsing the address. */
const NETWORK_IN_HREF = /facebook|twitter|x\.com|linkedin|pinterest|instagram|youtube|tiktok|t\.me|xing|wa\.me|whatsapp|telegram/i;
/** A share bar is a row of buttons; more words than this is content that mentions sharing. */
const MAX_WORDS = 40;
/** Text outside the links of a bar: a label ("Share this:", "Teilen mit:") and counts. */
const LINK_SHARE = 0.5;
const SHORT_BAR_CHARS = 40;

export const shareBarsRule = steppedRule({
  id: 'share-bars',
  description: 'Hides share/follow bars: short blocks named "share"/"social", or holding links to share endpoints.',
  // In steps: every named element and every link of a page of 50,000 links takes about 100 ms.
  *findSteps(doc, context) {
    const found: Finding[] = [];
    const clock = ruleClock(256);
    const short = (element: Element): boolean => wordCount(element.textContent ?? '') <= MAX_WORDS;
    for (const element of doc.body?.querySelectorAll('[class], [id]') ?? []) {
      if (clock.due()) yield;
      if (nameTokens(element).some((token) => SHARE_TOKENS.has(token)) && short(element) && hideable(element, context)) found.push({ element, kind: 'share bar' });
    }
    // Unnamed bars: the smallest block holding two or more share links.
    const parents = new Set<Element>();
    for (const link of doc.body?.querySelectorAll('a[href]') ?? []) {
      if (clock.due()) yield;
      if (isShareLink(link) && link.parentElement) parents.add(link.parentElement);
    }
    for (const parent of parents) {
      let block: Element | null = parent;
      while (block && countShareLinks(block) < 2) block = block.parentElement;
      // A bar is mostly its buttons: a sentence that names Twitter and Facebook is not one.
      if (block && short(block) && mostlyLinks(block) && hideable(block, context)) found.push({ element: block, kind: 'share bar' });
      // A lone "Share this on WhatsApp" link is a share bar of one; a lone profile link or a network's name in a sentence is not.
      else if (short(parent) && mostlyLinks(parent) && hideable(parent, context) && Array.from(parent.querySelectorAll('a[href]')).some((link) => SHARE_LINK.test(link.getAttribute('href') ?? ''))) found.push({ element: wrapperOf(parent, context), kind: 'share bar' });
    }
    return uniqueFindings(found);
  },
});

function mostlyLinks(block: Element): boolean {
  const stats = linkStats(block);
  return stats.chars <= SHORT_BAR_CHARS || stats.linkChars >= LINK_SHARE * stats.chars;
}

function countShareLinks(element: Element): number {
  let count = 0;
  for (const link of element.querySelectorAll('a[href]')) if (isShareLink(link)) count++;
  return count;
}

/** A share endpoint, a link to a social network's page, or a link (or button) named for a network, in any script. */
export function isShareLink(link: Element, profiles = true): boolean {
  const href = link.getAttribute('href') ?? '';
  if (SHARE_LINK.test(href)) return true;
  if (!profiles) return NETWORK_NAME.test((link.textContent ?? '').replace(/\s+/g, ' ').trim());
  const name = (link.textContent ?? '').trim() || link.getAttribute('aria-label') || link.getAttribute('title') || '';
  if (NETWORK_NAME.test(name.replace(/\s+/g, ' ').trim())) return true;
  if (!NETWORK_IN_HREF.test(href)) return false;
  try {
    return NETWORK_HOST.test(new URL(href, link.ownerDocument.URL).hostname) && (link.textContent ?? '').trim().split(/\s+/).length <= 3;
  } catch {
    return false;
  }
}
