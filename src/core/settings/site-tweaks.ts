/**
 * The per-site tweaks that apply to one page, and the auto-clean mode for one address. Pure: the
 * storage wrapper (shared/settings-store.ts) and the content script call these with the settings.
 */
import { emptyTweaks, type CleanMode, type Settings, type SiteTweaks } from './schema.ts';
import { patternMatchesUrl } from './site-pattern.ts';

/**
 * Tweaks for `hostname`, merged from its own entry and its parent domains' entries, so tweaks
 * saved for "dawn.com" also apply on "www.dawn.com".
 */
export function tweaksForHost(settings: Settings, hostname: string): SiteTweaks {
  const merged = emptyTweaks();
  const host = hostname.toLowerCase();
  for (const [key, tweaks] of Object.entries(settings.siteTweaks)) {
    if (host !== key && !host.endsWith(`.${key}`)) continue;
    for (const field of ['hide', 'keep', 'keptRules'] as const) {
      for (const value of tweaks[field]) if (!merged[field].includes(value)) merged[field].push(value);
    }
  }
  return merged;
}

/** The auto-clean mode for `url`: the first listed site that covers it, or null. */
export function autoCleanModeFor(settings: Settings, url: string): CleanMode | null {
  return settings.autoClean.find((site) => patternMatchesUrl(site.pattern, url))?.mode ?? null;
}
