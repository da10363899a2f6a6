/** Newsletter and subscription boxes: named newsletter/subscribe, or a short box with an e-mail field. */
import { hideable, nameTokens, widen } from '../blocks.ts';
import { wordCount } from '../text.ts';
import type { DeclutterRule, Finding } from '../types.ts';

const NEWSLETTER_TOKENS = new Set(['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'optin', 'nl']);
const MAX_WORDS = 80;

export const newsletterRule: DeclutterRule = {
  id: 'newsletter',
  description: 'Hides newsletter and subscription boxes: short blocks named newsletter/subscribe, or holding an e-mail sign-up field.',
  find(doc, context) {
    const found: Finding[] = [];
    const short = (element: Element): boolean => wordCount(element.textContent ?? '') <= MAX_WORDS;
    for (const element of doc.body?.querySelectorAll('[class], [id]') ?? []) {
      if (nameTokens(element).some((token) => NEWSLETTER_TOKENS.has(token)) && short(element) && hideable(element, context)) found.push({ element, kind: 'newsletter' });
    }
    for (const input of doc.body?.querySelectorAll('input[type="email"]') ?? []) {
      // The box is the form plus its pitch: grow until there is a sentence to go with the field.
      const box = widen(input.closest('form') ?? input, context, (block) => wordCount(block.textContent ?? '') >= 5, 3);
      if (box && short(box)) found.push({ element: box, kind: 'newsletter' });
    }
    return found;
  },
};
