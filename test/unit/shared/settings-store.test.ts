// Settings storage: sync first, local when sync refuses (quota), damaged values back to defaults.
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** An in-memory storage area; `quota` makes `set` fail like the browser's sync quota. */
class FakeArea {
  data: Record<string, unknown> = {};
  quota = Infinity;
  async get(key: string): Promise<Record<string, unknown>> {
    return key in this.data ? { [key]: structuredClone(this.data[key]) } : {};
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (JSON.stringify(items).length > this.quota) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const key of [keys].flat()) delete this.data[key];
  }
}

const storage = { sync: new FakeArea(), local: new FakeArea(), onChanged: { addListener: vi.fn(), removeListener: vi.fn() } };
vi.mock('../../../src/shared/browser.ts', () => ({ default: { storage } }));

const store = await import('../../../src/shared/settings-store.ts');
const { defaultSettings } = await import('../../../src/core/settings/index.ts');

beforeEach(() => {
  storage.sync = new FakeArea();
  storage.local = new FakeArea();
});

describe('settings store', () => {
  it('reads defaults when nothing is stored, and what was saved afterwards', async () => {
    expect(await store.loadSettings()).toEqual({ settings: defaultSettings(), problems: [], area: 'sync' });
    const settings = defaultSettings();
    settings.reader.theme = 'sepia';
    expect(await store.saveSettings(settings)).toBe('sync');
    expect((await store.loadSettings()).settings.reader.theme).toBe('sepia');
  });

  it('falls back to local storage when sync refuses the settings, and back to sync when it takes them again', async () => {
    storage.sync.quota = 100;
    const settings = defaultSettings();
    settings.siteTweaks['dawn.com'] = { hide: Array.from({ length: 50 }, (_, i) => `.ad-${i}`), keep: [], keptRules: [] };
    expect(await store.saveSettings(settings)).toBe('local');
    expect(storage.local.data[store.LOCAL_FALLBACK_KEY]).toBe(true);
    const loaded = await store.loadSettings();
    expect(loaded.area).toBe('local');
    expect(loaded.settings.siteTweaks['dawn.com']?.hide).toHaveLength(50);

    storage.sync.quota = Infinity;
    expect(await store.saveSettings(defaultSettings())).toBe('sync');
    expect(storage.local.data).toEqual({});
    expect((await store.loadSettings()).area).toBe('sync');
  });

  it('survives damaged stored settings, field by field', async () => {
    storage.sync.data[store.SETTINGS_KEY] = { version: 1, toolbarAction: 'fly', reader: { theme: 'dark', fontSize: 'big' } };
    const loaded = await store.loadSettings();
    expect(loaded.settings.toolbarAction).toBe('popup');
    expect(loaded.settings.reader.theme).toBe('dark');
    expect(loaded.settings.reader.fontSize).toBe(20);
    expect(loaded.problems.map((problem) => problem.path)).toEqual(['toolbarAction', 'reader.fontSize']);
  });

  it('survives a storage area that throws', async () => {
    storage.sync.get = () => Promise.reject(new Error('profile is broken'));
    const loaded = await store.loadSettings();
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.problems[0]?.message).toContain('profile is broken');
  });

  it('gives typed settings to the other parts', async () => {
    const settings = defaultSettings();
    settings.summary.sentences = 4;
    settings.entities.places = false;
    settings.siteTweaks['dawn.com'] = { hide: ['.promo'], keep: [], keptRules: ['share-bar'] };
    await store.saveSettings(settings);
    expect(await store.summaryEntitySettings()).toEqual({ sentences: 4, entityTypes: ['people', 'organizations'] });
    expect(await store.siteTweaksFor('www.dawn.com')).toEqual({ hide: ['.promo'], keep: [], keptRules: ['share-bar'] });
    expect(await store.siteTweaksFor('geo.tv')).toEqual({ hide: [], keep: [], keptRules: [] });
  });

  it('records and undoes a "never hide this here" choice for one host', async () => {
    await store.updateSiteTweaks('www.Dawn.com', (tweaks) => tweaks.keptRules.push('share-bar', 'share-bar'));
    expect((await store.loadSettings()).settings.siteTweaks).toEqual({ 'www.dawn.com': { hide: [], keep: [], keptRules: ['share-bar'] } });
    await store.updateSiteTweaks('www.dawn.com', (tweaks) => (tweaks.keptRules = tweaks.keptRules.filter((id) => id !== 'share-bar')));
    expect((await store.loadSettings()).settings.siteTweaks).toEqual({});
  });

  it('resets both areas to defaults', async () => {
    storage.local.data = { [store.SETTINGS_KEY]: { toolbarAction: 'reader' }, [store.LOCAL_FALLBACK_KEY]: true };
    await store.resetSettings();
    expect(await store.loadSettings()).toEqual({ settings: defaultSettings(), problems: [], area: 'sync' });
  });
});
