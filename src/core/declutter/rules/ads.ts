/** Ads, empty ad slots and sponsored blocks: class/id markers, ad attributes and ad-network frames. */
import { hideable, nameTokens, wrapperOf } from '../blocks.ts';
import { wordCount } from '../text.ts';
import type { DeclutterRule, Finding } from '../types.ts';

/** Whole class/id tokens that name an ad (so "head", "read" or "badge" never match). */
const AD_TOKENS = new Set(['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'adbox', 'adsense', 'adsbygoogle', 'dfp', 'gpt', 'sponsor', 'sponsored', 'sponsors', 'promoted', 'taboola', 'outbrain', 'teads', 'banneradvert', 'googleads']);
const AD_ATTRIBUTES = '[data-ad], [data-ad-slot], [data-ad-unit], [data-adunit], [data-google-query-id], ins.adsbygoogle, [id^="div-gpt-ad"], [id^="google_ads_iframe"], [aria-label="Advertisement" i]';
const AD_FRAME_HOSTS = /doubleclick\.net|googlesyndication\.com|googleadservices\.com|adservice\.google|amazon-adsystem\.com|taboola\.com|outbrain\.com|adnxs\.com|criteo\.|pubmatic\.com|rubiconproject\.com|teads\.tv/i;
/** An ad block is short: a label and a frame, not an essay that happens to carry an "ad" class. */
const MAX_AD_WORDS = 60;

export const adsRule: DeclutterRule = {
  id: 'ads',
  description: 'Hides ads, empty ad slots and sponsored blocks named by class/id, ad attributes or ad-network frames.',
  find(doc, context) {
    const found: Finding[] = [];
    const add = (element: Element): void => {
      if (hideable(element, context) && wordCount(element.textContent ?? '') <= MAX_AD_WORDS) found.push({ element, kind: 'ad' });
    };
    for (const element of doc.body?.querySelectorAll('[class], [id]') ?? []) {
      if (nameTokens(element).some((token) => AD_TOKENS.has(token))) add(element);
    }
    for (const element of doc.body?.querySelectorAll(AD_ATTRIBUTES) ?? []) add(element);
    for (const frame of doc.body?.querySelectorAll('iframe[src]') ?? []) {
      if (AD_FRAME_HOSTS.test(frame.getAttribute('src') ?? '')) add(wrapperOf(frame, context));
    }
    return found;
  },
};
