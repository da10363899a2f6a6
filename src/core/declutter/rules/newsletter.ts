/**
 * Newsletter, subscription and membership boxes: named newsletter/subscribe, a short box with an
 * e-mail field, or a short box headed by a sign-up pitch ("Subscribe to our newsletter",
 * "Verpasse keine News", "HAZTE MIEMBRO", "Pour lire la suite", "اشترك في النشرة").
 */
import { hideable, nameTokens, uniqueFindings, widen, wrapperOf } from '../blocks.ts';
import { normalizeText, wordCount } from '../text.ts';
import type { DeclutterRule, Finding } from '../types.ts';

const NEWSLETTER_TOKENS = new Set(['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'optin', 'nl', 'paywall', 'membership', 'donate', 'donation', 'donations', 'spende', 'spenden']);
const MAX_WORDS = 80;
/** Page builders name their promo boxes "call to action": "cta", "vc_cta3", "callToAction". */
const CALL_TO_ACTION = /^(cta\d*|calltoaction)$/;
/** Sign-up pitches, anywhere in a short heading (normalized text). */
const PITCH = new RegExp(
  [
    'newsletter', 'subscribe', 'sign up', 'email updates', 'become a member', 'support our journalism', 'support us',
    'abonnieren', 'abonniere', 'jetzt anmelden', 'kostenlos anmelden', 'verpasse keine', 'verpassen sie keine', 'werde mitglied', 'unterstützen sie', 'nichts mehr verpassen', 'nichts mehr versäumen', 'never miss', 'ne manquez rien', 'no te pierdas nada',
    'donate now', 'make a donation', 'jetzt spenden', 'spenden sie', 'jede spende', 'jede kleine spende', 'faire un don', 'haz una donación', 'dona ahora',
    'abonnez vous', 's abonner', 'inscrivez vous', 'pour lire la suite', 'devenez membre', 'soutenez',
    'suscríbete', 'suscribete', 'suscríbase', 'suscripción', 'hazte miembro', 'hazte socio', 'apóyanos',
    'اشترك', 'النشرة البريدية', 'سبسکرائب', 'نیوز لیٹر',
  ].join('|'),
  'u',
);
// Links and buttons too: a sign-up button ("HIER KOSTENLOS ANMELDEN") may be the box's only words.
// One inside a paragraph of the text is the article's (hideable says no).
const PITCH_HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, strong, b, p, label, a[href], button';
const MAX_PITCH_WORDS = 12;
const MAX_PITCH_CHARS = 160;

/** "Unterstütze <site>", "Soutenez <site>": the imperative and a name, nothing more (a headline says more). */
const SUPPORT_NAME = /^(unterstütze|unterstützt|soutenez|soutiens|apoya|apoye|sostieni|apoie) \S+( \S+)?$/u;

export function isSignUpPitch(text: string): boolean {
  const norm = normalizeText(text);
  return norm.length > 0 && wordCount(norm) <= MAX_PITCH_WORDS && (PITCH.test(norm) || SUPPORT_NAME.test(norm));
}

/**
 * A short box the site names a call to action (a seminar, an app, a membership): a pitch with a
 * link or button. Extraction may keep its sentence, so the article map does not protect it.
 */
export function isCallToActionBox(element: Element): boolean {
  if (!nameTokens(element).some((token) => CALL_TO_ACTION.test(token)) || element.matches('article, main') || element.querySelector('h1, article, main')) return false;
  return wordCount(element.textContent ?? '') <= MAX_WORDS && !!element.querySelector('a[href], button, form');
}

/** The outermost call-to-action boxes of the page (selector first: few elements carry such a name). */
export function callToActionBoxes(root: Element): Element[] {
  const boxes: Element[] = [];
  for (const element of root.querySelectorAll('[class*="cta" i], [id*="cta" i], [class*="calltoaction" i], [id*="calltoaction" i]')) {
    if (!boxes.some((outer) => outer.contains(element)) && isCallToActionBox(element)) boxes.push(element);
  }
  return boxes;
}

export const newsletterRule: DeclutterRule = {
  id: 'newsletter',
  description: 'Hides newsletter, subscription, membership and call-to-action boxes: blocks named so, short blocks with an e-mail sign-up field, or headed by a sign-up pitch.',
  find(doc, context) {
    const found: Finding[] = [];
    const short = (element: Element): boolean => wordCount(element.textContent ?? '') <= MAX_WORDS;
    for (const element of doc.body?.querySelectorAll('[class], [id]') ?? []) {
      if (nameTokens(element).some((token) => NEWSLETTER_TOKENS.has(token)) && short(element) && hideable(element, context)) found.push({ element, kind: 'newsletter' });
    }
    for (const box of doc.body ? callToActionBoxes(doc.body) : []) if (hideable(box, context)) found.push({ element: box, kind: 'ad' });
    for (const input of doc.body?.querySelectorAll('input[type="email"]') ?? []) {
      // The box is the form plus its pitch: grow until there is a sentence to go with the field.
      const box = widen(input.closest('form') ?? input, context, (block) => wordCount(block.textContent ?? '') >= 5, 3);
      if (box && short(box)) found.push({ element: box, kind: 'newsletter' });
    }
    for (const heading of doc.body?.querySelectorAll(PITCH_HEADINGS) ?? []) {
      const text = heading.textContent ?? '';
      if (text.length > MAX_PITCH_CHARS || !isSignUpPitch(text) || !hideable(heading, context)) continue;
      // A sign-up button goes with its wrappers only: a menu's "Subscribe" link is not the menu.
      const box = heading.matches('a, button') ? wrapperOf(heading, context) : signUpBox(heading, context) ?? heading;
      found.push({ element: box, kind: 'newsletter' });
    }
    return uniqueFindings(found);
  },
};

/** The pitch's box: its parent while that stays short and holds a form, a button or a link to sign up. */
function signUpBox(heading: Element, context: Parameters<typeof hideable>[1]): Element | null {
  let box: Element | null = null;
  for (let at = heading.parentElement, step = 0; at && step < 3 && hideable(at, context) && wordCount(at.textContent ?? '') <= MAX_WORDS; at = at.parentElement, step++) {
    if (at.querySelector('form, input, button, a[href], iframe')) box = at;
  }
  return box;
}
