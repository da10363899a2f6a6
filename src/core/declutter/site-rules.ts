/**
 * Per-site rules as data: selectors of blocks that the general rules miss or that a site is
 * known for. Keyed by host (without `www.`); a host also matches its subdomains. Tested for valid,
 * unique selectors (test/unit/declutter/site-rules.test.ts).
 */
import type { BlockKind } from './types.ts';

export interface SiteSelector {
  selector: string;
  kind: BlockKind;
}

export const SITE_RULES: Record<string, SiteSelector[]> = {
  'urdupoint.com': [
    { selector: '.main-menu', kind: 'navigation' },
    { selector: '.breadcrumbs', kind: 'navigation' },
    { selector: '.ad-slot', kind: 'ad' },
    { selector: '.share-bar', kind: 'share bar' },
    { selector: '.related-topics', kind: 'story list' },
    { selector: '.more-stories', kind: 'story list' },
    { selector: '.recent-stories', kind: 'story list' },
    { selector: '.prayer-timings', kind: 'sidebar' },
    { selector: '.most-viewed', kind: 'story list' },
    { selector: '.cookie-bar', kind: 'consent banner' },
    { selector: '.site-footer', kind: 'footer' },
  ],
};

/** The selectors for `host` and its parent domains. */
export function siteSelectorsFor(host: string, rules: Record<string, SiteSelector[]> = SITE_RULES): SiteSelector[] {
  const bare = host.toLowerCase().replace(/^www\./, '');
  return Object.entries(rules).flatMap(([site, selectors]) => (bare === site || bare.endsWith(`.${site}`) ? selectors : []));
}
