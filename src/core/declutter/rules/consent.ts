/** Cookie and consent banners: named cookie/consent/gdpr, or a short dialog about cookies. */
import { hideable, nameTokens } from '../blocks.ts';
import { wordCount } from '../text.ts';
import type { DeclutterRule, Finding } from '../types.ts';

const CONSENT_TOKENS = new Set(['cookie', 'cookies', 'consent', 'gdpr', 'ccpa', 'cmp', 'onetrust', 'didomi', 'cookiebar', 'cookiebanner', 'cookieconsent', 'qc']);
const COOKIE_TEXT = /\bcookies?\b|consent|کوکیز|ملفات تعريف الارتباط|कुकी/i;
const MAX_WORDS = 150;

/** Names only a cookie banner carries: not "cmp", which Adobe's page builder gives every component ("cmp-text"). */
const COOKIE_TOKENS = new Set(['cookie', 'cookies', 'consent', 'gdpr', 'cookiebar', 'cookiebanner', 'cookieconsent']);

/** True when `element` or a short block around it (a banner's length) is named a cookie or consent banner. */
export function inConsentBox(element: Element): boolean {
  for (let at: Element | null = element; at && at.tagName !== 'BODY' && wordCount(at.textContent ?? '') <= MAX_WORDS; at = at.parentElement) {
    if (nameTokens(at).some((token) => COOKIE_TOKENS.has(token))) return true;
  }
  return false;
}

export const consentRule: DeclutterRule = {
  id: 'consent',
  description: 'Hides cookie and consent banners: short blocks named cookie/consent/gdpr, or dialogs that talk about cookies.',
  find(doc, context) {
    const found: Finding[] = [];
    const short = (element: Element): boolean => wordCount(element.textContent ?? '') <= MAX_WORDS;
    for (const element of doc.body?.querySelectorAll('[class], [id]') ?? []) {
      if (nameTokens(element).some((token) => CONSENT_TOKENS.has(token)) && short(element) && hideable(element, context)) found.push({ element, kind: 'consent banner' });
    }
    for (const element of doc.body?.querySelectorAll('[role="dialog"], [role="alertdialog"], [aria-modal="true"]') ?? []) {
      if (COOKIE_TEXT.test(element.textContent ?? '') && short(element) && hideable(element, context)) found.push({ element, kind: 'consent banner' });
    }
    return found;
  },
};
