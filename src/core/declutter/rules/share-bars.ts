/** Share and follow bars: blocks named share/social, or a few links to social networks' share endpoints. */
import { hideable, nameTokens, wrapperOf } from '../blocks.ts';
import { wordCount } from '../text.ts';
import type { DeclutterRule, Finding } from '../types.ts';

const SHARE_TOKENS = new Set(['share', 'shares', 'sharing', 'sharebar', 'social', 'socials', 'sharethis', 'addthis', 'addtoany', 'a2a', 'follow']);
const SHARE_LINK = /facebook\.com\/sharer|twitter\.com\/(intent|share)|x\.com\/intent|linkedin\.com\/(share|sharing)|wa\.me\/|whatsapp:\/\/|api\.whatsapp\.com|pinterest\.com\/pin\/create|reddit\.com\/submit|t\.me\/share|mailto:\?/i;
/** A share bar is a row of buttons; more words than this is content that mentions sharing. */
const MAX_WORDS = 40;

export const shareBarsRule: DeclutterRule = {
  id: 'share-bars',
  description: 'Hides share/follow bars: short blocks named "share"/"social", or holding links to share endpoints.',
  find(doc, context) {
    const found: Finding[] = [];
    const short = (element: Element): boolean => wordCount(element.textContent ?? '') <= MAX_WORDS;
    for (const element of doc.body?.querySelectorAll('[class], [id]') ?? []) {
      if (nameTokens(element).some((token) => SHARE_TOKENS.has(token)) && short(element) && hideable(element, context)) found.push({ element, kind: 'share bar' });
    }
    // Unnamed bars: the smallest block holding two or more share links.
    const parents = new Set<Element>();
    for (const link of doc.body?.querySelectorAll('a[href]') ?? []) {
      if (SHARE_LINK.test(link.getAttribute('href') ?? '') && link.parentElement) parents.add(link.parentElement);
    }
    for (const parent of parents) {
      let block: Element | null = parent;
      while (block && countShareLinks(block) < 2) block = block.parentElement;
      if (block && short(block) && hideable(block, context)) found.push({ element: block, kind: 'share bar' });
      // A lone "Share this on WhatsApp" link is a share bar of one.
      else if (short(parent) && hideable(parent, context)) found.push({ element: wrapperOf(parent, context), kind: 'share bar' });
    }
    return found;
  },
};

function countShareLinks(element: Element): number {
  let count = 0;
  for (const link of element.querySelectorAll('a[href]')) if (SHARE_LINK.test(link.getAttribute('href') ?? '')) count++;
  return count;
}
