/**
 * Where settings live: `storage.sync` (follows the person across their browsers), or
 * `storage.local` when sync refuses them (quota exceeded, sync disabled). A marker in local
 * storage says which area holds the current copy. Reading never fails: whatever is stored goes
 * through `validateSettings`, which falls back to defaults field by field.
 */
import browser from './browser.ts';
import {
  defaultSettings, emptyTweaks, tweaksForHost, validateSettings,
  type EntityType, type ReaderAppearance, type Settings, type SettingsProblem, type SiteTweaks,
} from '../core/settings/index.ts';

export const SETTINGS_KEY = 'settings';
/** In local storage: true while the settings live in local storage because sync refused them. */
export const LOCAL_FALLBACK_KEY = 'settingsInLocal';

export type SettingsArea = 'sync' | 'local';

export interface LoadedSettings {
  settings: Settings;
  /** Fields that were stored wrong and now show their defaults. */
  problems: SettingsProblem[];
  area: SettingsArea;
}

async function currentArea(): Promise<SettingsArea> {
  const marker = await browser.storage.local.get(LOCAL_FALLBACK_KEY).catch(() => ({}) as Record<string, unknown>);
  return marker[LOCAL_FALLBACK_KEY] === true ? 'local' : 'sync';
}

/** Reads the settings; corrupted or missing fields come back as their defaults. */
export async function loadSettings(): Promise<LoadedSettings> {
  const area = await currentArea();
  try {
    const stored = await browser.storage[area].get(SETTINGS_KEY);
    return { ...validateSettings(stored[SETTINGS_KEY]), area };
  } catch (error) {
    // Storage itself failing (a broken profile) must not break the popup or the options page.
    return { settings: defaultSettings(), problems: [{ path: '', message: `settings could not be read: ${String(error)}` }], area };
  }
}

/** Sync throws on quota: the message differs between browsers, so any failure of sync falls back. */
export async function saveSettings(settings: Settings): Promise<SettingsArea> {
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
    await browser.storage.local.remove([LOCAL_FALLBACK_KEY, SETTINGS_KEY]);
    return 'sync';
  } catch {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings, [LOCAL_FALLBACK_KEY]: true });
    return 'local';
  }
}

/** Reads, changes and writes back; `change` may mutate its argument. */
export async function updateSettings(change: (settings: Settings) => void): Promise<Settings> {
  const { settings } = await loadSettings();
  change(settings);
  await saveSettings(settings);
  return settings;
}

/** Back to the defaults in both areas. */
export async function resetSettings(): Promise<Settings> {
  await browser.storage.local.remove([LOCAL_FALLBACK_KEY, SETTINGS_KEY]);
  const settings = defaultSettings();
  await saveSettings(settings);
  return settings;
}

/** Calls `listener` with fresh settings whenever they change in either area; returns the unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, unknown>): void => {
    if (SETTINGS_KEY in changes || LOCAL_FALLBACK_KEY in changes) void loadSettings().then(({ settings }) => listener(settings));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The declutter tweaks for a page's host ("never hide" and extra selectors), merged with its parent domains'. */
export async function siteTweaksFor(hostname: string): Promise<SiteTweaks> {
  return tweaksForHost((await loadSettings()).settings, hostname);
}

/**
 * Changes the tweaks stored for exactly `hostname` (the popup's "never hide this here" calls it
 * with `(tweaks) => tweaks.keptRules.push(ruleId)`). An entry left empty is removed.
 */
export async function updateSiteTweaks(hostname: string, change: (tweaks: SiteTweaks) => void): Promise<SiteTweaks> {
  const host = hostname.toLowerCase();
  let result = emptyTweaks();
  await updateSettings((settings) => {
    const tweaks = settings.siteTweaks[host] ?? emptyTweaks();
    change(tweaks);
    for (const field of ['hide', 'keep', 'keptRules'] as const) tweaks[field] = [...new Set(tweaks[field])];
    if (tweaks.hide.length + tweaks.keep.length + tweaks.keptRules.length === 0) delete settings.siteTweaks[host];
    else settings.siteTweaks[host] = tweaks;
    result = tweaks;
  });
  return result;
}

/** What the popup's summary and entities sections need. */
export interface SummaryEntitySettings {
  /** Sentences in the summary, 1–7. */
  sentences: number;
  /** Entity types to show, in display order. */
  entityTypes: EntityType[];
}

/** Typed getter for the summary and entity sections. */
export async function summaryEntitySettings(): Promise<SummaryEntitySettings> {
  const { settings } = await loadSettings();
  const entityTypes = (Object.keys(settings.entities) as EntityType[]).filter((type) => settings.entities[type]);
  return { sentences: settings.summary.sentences, entityTypes };
}

/** The reader view's look. */
export async function readerAppearance(): Promise<ReaderAppearance> {
  return (await loadSettings()).settings.reader;
}
