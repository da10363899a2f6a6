/**
 * Per-site host permissions for auto-clean: asked for one site at a time when a person adds it,
 * given back when the last site using that origin is removed. Nothing broad is ever asked for.
 */
import browser from './browser.ts';
import { sendToBackground } from './messages.ts';
import { permissionOrigin, type Settings } from '../core/settings/index.ts';

/**
 * Asks the browser for these sites. Call it first thing in a click or submit handler, before any
 * `await`: browsers only show the prompt while the person's action is still "current".
 */
export function requestSitePermissions(patterns: readonly string[]): Promise<boolean> {
  const origins = [...new Set(patterns.map(permissionOrigin))];
  return browser.permissions.request({ origins });
}

export function hasSitePermission(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [permissionOrigin(pattern)] }).catch(() => false);
}

/** Gives back the origins of `removed` sites that no site left in `settings` still needs. */
export async function releaseSitePermissions(removed: readonly string[], settings: Settings): Promise<void> {
  const stillNeeded = new Set(settings.autoClean.map((site) => permissionOrigin(site.pattern)));
  const origins = [...new Set(removed.map(permissionOrigin))].filter((origin) => !stillNeeded.has(origin));
  if (origins.length > 0) await browser.permissions.remove({ origins });
}

/** Asks the background to register the auto-clean scripts now, and waits until it has. */
export async function syncAutoClean(): Promise<string[]> {
  return (await sendToBackground('auto-clean:sync', {})).registered;
}
