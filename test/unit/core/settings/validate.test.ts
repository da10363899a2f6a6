import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, SETTINGS_VERSION, autoCleanModeFor, defaultSettings, parseSettingsFile, serializeSettings, tweaksForHost, validateSettings,
  type Settings,
} from '../../../../src/core/settings/index.ts';

/** Settings with every field changed from its default, so a round trip that drops a field fails. */
export function everyFieldChanged(): Settings {
  return {
    version: SETTINGS_VERSION,
    autoClean: [{ pattern: '*://*.dawn.com/*', mode: 'declutter' }, { pattern: '*://127.0.0.1/*', mode: 'reader' }],
    toolbarAction: 'reader',
    siteTweaks: { 'dawn.com': { hide: ['.promo'], keep: ['.byline-box'], keptRules: ['share-bar'] } },
    reader: { theme: 'sepia', font: 'nastaliq', fontSize: 24, lineHeight: 2, columnWidth: 44 },
    summary: { sentences: 5 },
    entities: { people: false, places: true, organizations: false },
    listen: { voice: 'Urdu espeak-ng', rate: 1.4 },
    save: { markdownFlavour: 'front-matter' },
  };
}

describe('validateSettings (stored settings, lenient)', () => {
  it('gives the defaults for nothing stored, and for garbage', () => {
    expect(validateSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
    for (const garbage of [null, 'corrupted', 42, [], true]) {
      const { settings, problems } = validateSettings(garbage);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toHaveLength(1);
    }
  });

  it('keeps valid settings exactly', () => {
    expect(validateSettings(everyFieldChanged())).toEqual({ settings: everyFieldChanged(), problems: [] });
  });

  it('falls back field by field, keeping every good field', () => {
    const stored = {
      ...everyFieldChanged(),
      toolbarAction: 'explode',
      reader: { theme: 'sepia', font: 'comic', fontSize: 400, lineHeight: '2', columnWidth: 44 },
      summary: { sentences: 0 },
      entities: { people: 'yes', places: true, organizations: false },
    };
    const { settings, problems } = validateSettings(stored);
    expect(settings.toolbarAction).toBe(DEFAULT_SETTINGS.toolbarAction);
    expect(settings.reader).toEqual({ theme: 'sepia', font: 'serif', fontSize: 20, lineHeight: 1.6, columnWidth: 44 });
    expect(settings.summary.sentences).toBe(DEFAULT_SETTINGS.summary.sentences);
    expect(settings.entities).toEqual({ people: true, places: true, organizations: false });
    expect(settings.autoClean).toEqual(everyFieldChanged().autoClean);
    expect(problems.map((problem) => problem.path).sort()).toEqual(
      ['entities.people', 'reader.font', 'reader.fontSize', 'reader.lineHeight', 'summary.sentences', 'toolbarAction'].sort(),
    );
    expect(problems.find((problem) => problem.path === 'reader.fontSize')?.message).toBe('expected a number from 14 to 32, got 400');
  });

  it('drops only the bad sites and selectors', () => {
    const { settings, problems } = validateSettings({
      version: SETTINGS_VERSION,
      autoClean: [{ pattern: '*://*.dawn.com/*', mode: 'reader' }, { pattern: '<all_urls>', mode: 'reader' }, 'geo.tv', { pattern: 'geo.tv', mode: 'sideways' }, { pattern: 'dawn.com', mode: 'declutter' }],
      siteTweaks: { 'dawn.com': { hide: ['.ad', 7, ''], keep: 'nope' }, 'Bad Host!': { hide: [] } },
    });
    expect(settings.autoClean).toEqual([{ pattern: '*://*.dawn.com/*', mode: 'reader' }, { pattern: '*://*.geo.tv/*', mode: 'reader' }]);
    expect(settings.siteTweaks).toEqual({ 'dawn.com': { hide: ['.ad'], keep: [], keptRules: [] } });
    expect(problems.map((problem) => problem.path)).toEqual([
      'autoClean[1].pattern', 'autoClean[2]', 'autoClean[3].mode', 'siteTweaks.dawn.com.hide[1]', 'siteTweaks.dawn.com.hide[2]', 'siteTweaks.dawn.com.keep', 'siteTweaks.Bad Host!',
    ]);
  });

  it('fills missing fields silently', () => {
    expect(validateSettings({ version: SETTINGS_VERSION, reader: { theme: 'dark' } })).toEqual({
      settings: { ...defaultSettings(), reader: { ...defaultSettings().reader, theme: 'dark' } },
      problems: [],
    });
  });

  it('does not hand out the frozen defaults', () => {
    const settings = validateSettings(undefined).settings;
    settings.autoClean.push({ pattern: '*://*.dawn.com/*', mode: 'reader' });
    expect(DEFAULT_SETTINGS.autoClean).toEqual([]);
  });
});

describe('settings files (import is strict)', () => {
  it('round-trips every field', () => {
    expect(parseSettingsFile(serializeSettings(everyFieldChanged()))).toEqual({ ok: true, settings: everyFieldChanged() });
  });
  it('says what is wrong with bad JSON', () => {
    const result = parseSettingsFile('{"version": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^not valid JSON/);
  });
  it('refuses a file with any wrong field, listing each', () => {
    const result = parseSettingsFile(JSON.stringify({ ...everyFieldChanged(), toolbarAction: 7, reader: { theme: 'neon' } }));
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'toolbarAction', message: 'expected one of popup, declutter, reader, got 7' },
        { path: 'reader.theme', message: 'expected one of system, light, sepia, dark, got "neon"' },
      ],
    });
  });
  it('refuses a list or a newer version', () => {
    expect(parseSettingsFile('[]').ok).toBe(false);
    expect(parseSettingsFile(JSON.stringify({ version: SETTINGS_VERSION + 1 })).ok).toBe(false);
  });
});

describe('per-site lookups', () => {
  it('merges tweaks from the host and its parent domains', () => {
    const settings = everyFieldChanged();
    settings.siteTweaks['www.dawn.com'] = { hide: ['.promo', '.sidebar'], keep: [], keptRules: [] };
    expect(tweaksForHost(settings, 'www.dawn.com')).toEqual({ hide: ['.promo', '.sidebar'], keep: ['.byline-box'], keptRules: ['share-bar'] });
    expect(tweaksForHost(settings, 'notdawn.com')).toEqual({ hide: [], keep: [], keptRules: [] });
  });
  it('finds the auto-clean mode for an address', () => {
    expect(autoCleanModeFor(everyFieldChanged(), 'https://www.dawn.com/news/1')).toBe('declutter');
    expect(autoCleanModeFor(everyFieldChanged(), 'http://127.0.0.1:4000/x.html')).toBe('reader');
    expect(autoCleanModeFor(everyFieldChanged(), 'https://geo.tv/')).toBeNull();
  });
});
