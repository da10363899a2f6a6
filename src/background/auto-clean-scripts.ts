/**
 * Registers the content script on exactly the auto-clean sites the person has granted, one
 * registration per mode so the script knows its mode synchronously at document_start (and can hide
 * clutter before the page paints). Re-run on install, update, startup, permission changes and
 * settings changes; runs are queued so two never interleave.
 */
import browser from '../shared/browser.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { CONTENT_SCRIPT_FILE } from '../shared/inject.ts';
import { CLEAN_MODES, permissionOrigin, type CleanMode } from '../core/settings/index.ts';

/** Script ids are ours alone; each registration runs the mode's marker first, then the content script. */
export const AUTO_CLEAN_SCRIPT_IDS: Readonly<Record<CleanMode, string>> = {
  reader: 'plainsight-auto-clean-reader',
  declutter: 'plainsight-auto-clean-declutter',
};
const markerFile = (mode: CleanMode): string => `auto-clean-${mode}.js`;

async function isGranted(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [permissionOrigin(pattern)] }).catch(() => false);
}

async function syncNow(): Promise<string[]> {
  const { settings } = await loadSettings();
  const ids = Object.values(AUTO_CLEAN_SCRIPT_IDS);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  const registered: string[] = [];
  for (const mode of CLEAN_MODES) {
    const matches: string[] = [];
    for (const site of settings.autoClean) {
      if (site.mode === mode && (await isGranted(site.pattern))) matches.push(site.pattern);
    }
    if (matches.length === 0) continue;
    await browser.scripting.registerContentScripts([
      { id: AUTO_CLEAN_SCRIPT_IDS[mode], matches, js: [markerFile(mode), CONTENT_SCRIPT_FILE], runAt: 'document_start', allFrames: false, persistAcrossSessions: true },
    ]);
    registered.push(...matches);
  }
  return registered;
}

let queue: Promise<string[]> = Promise.resolve([]);

/** Brings the registrations in line with the settings and granted permissions; returns the registered patterns. */
export function syncAutoCleanScripts(): Promise<string[]> {
  queue = queue.catch(() => []).then(syncNow);
  return queue;
}
