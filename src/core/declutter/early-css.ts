/**
 * Auto-clean in declutter mode runs at document_start, but the article can only be found once the
 * page has loaded. Until then a stylesheet hides what is certainly clutter without knowing where
 * the article is: the per-site selectors for this host, the person's own "hide these" selectors
 * and ad slots every ad network marks the same way. Full declutter replaces it moments later.
 */
import type { SiteTweaks } from '../settings/schema.ts';
import { siteSelectorsFor } from './site-rules.ts';

/** Ad slots marked by the ad networks themselves: never article text. */
export const EARLY_AD_SELECTORS = ['ins.adsbygoogle', '[id^="div-gpt-ad"]', 'iframe[id^="google_ads_iframe"]', 'iframe[src*="doubleclick.net"]'];

/** A CSS selector as one stylesheet rule can carry it: no braces, no comments, no at-rules. */
function usable(selector: string): boolean {
  return selector.trim() !== '' && !/[{}@;]|\/\*/.test(selector);
}

/**
 * The early stylesheet for `host`. One rule per selector, so a selector the browser rejects drops
 * only its own rule; the person's keep selectors are exempt.
 */
export function earlyClutterCss(host: string, tweaks?: SiteTweaks): string {
  const keep = (tweaks?.keep ?? []).filter(usable);
  const exempt = keep.map((selector) => `:not(${selector})`).join('');
  const selectors = [...EARLY_AD_SELECTORS, ...siteSelectorsFor(host).map((entry) => entry.selector), ...(tweaks?.hide ?? [])].filter(usable);
  return [...new Set(selectors)].map((selector) => `:is(${selector})${exempt} { display: none !important; }`).join('\n');
}
