/** Which way a language is written, from its tag alone (pure: the interface and tests use it). */

/** Languages written right to left, for browsers whose `Intl.Locale` cannot say (no `getTextInfo`). */
const RTL_LANGUAGES = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku-arab|pa-arab|ps|sd|ug|ur|yi)\b/i;

/** The direction `language`'s script is written in. */
export function directionOf(language: string): 'rtl' | 'ltr' {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    if (direction) return direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    // Not a language tag the browser knows: fall through to the list.
  }
  return RTL_LANGUAGES.test(language) ? 'rtl' : 'ltr';
}
