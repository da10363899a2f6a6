import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SETTINGS_VERSION, migrate, validateSettings, versionOf } from '../../../../src/core/settings/index.ts';

describe('migrations', () => {
  it('form an unbroken chain from version 0 to the current version', () => {
    expect(MIGRATIONS.map((step) => step.from)).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, index) => index));
  });

  it('each step raises the version by exactly one', () => {
    for (const step of MIGRATIONS) expect(versionOf(step.migrate({ version: step.from }))).toBe(step.from + 1);
  });

  describe('0 → 1 (unversioned, hand-written files)', () => {
    const step = MIGRATIONS.find((migration) => migration.from === 0);
    it('turns plain site names into reader-view auto-clean entries', () => {
      expect(step?.migrate({ sites: ['dawn.com', { pattern: '*://*.geo.tv/*', mode: 'declutter' }] })).toEqual({
        version: 1,
        autoClean: [{ pattern: 'dawn.com', mode: 'reader' }, { pattern: '*://*.geo.tv/*', mode: 'declutter' }],
      });
    });
    it('moves a top-level theme into the reader appearance without overriding a reader.theme', () => {
      expect(step?.migrate({ theme: 'sepia' })).toEqual({ version: 1, reader: { theme: 'sepia' } });
      expect(step?.migrate({ theme: 'sepia', reader: { theme: 'dark', fontSize: 22 } })).toEqual({ version: 1, reader: { theme: 'dark', fontSize: 22 } });
    });
    it('gives valid settings after validation', () => {
      const { settings, problems } = validateSettings({ sites: ['dawn.com', 'urdupoint.com'], theme: 'dark' });
      expect(problems).toEqual([]);
      expect(settings.autoClean).toEqual([
        { pattern: '*://*.dawn.com/*', mode: 'reader' },
        { pattern: '*://*.urdupoint.com/*', mode: 'reader' },
      ]);
      expect(settings.reader.theme).toBe('dark');
    });
  });

  describe('1 → 2 (Listen and Save)', () => {
    const step = MIGRATIONS.find((migration) => migration.from === 1);
    it('raises the version and keeps every field', () => {
      expect(step?.migrate({ version: 1, toolbarAction: 'reader', reader: { theme: 'dark' } })).toEqual({ version: 2, toolbarAction: 'reader', reader: { theme: 'dark' } });
    });
    it('gives version-1 settings the Listen and Save defaults, with no problems', () => {
      const { settings, problems } = validateSettings({ version: 1, summary: { sentences: 5 }, siteTweaks: { 'www.dawn.com': { hide: ['.ad'] } } });
      expect(problems).toEqual([]);
      expect(settings.version).toBe(2);
      expect(settings.summary.sentences).toBe(5);
      expect(settings.siteTweaks['www.dawn.com']?.hide).toEqual(['.ad']);
      expect(settings.listen).toEqual({ voice: '', rate: 1 });
      expect(settings.save).toEqual({ markdownFlavour: 'plain' });
    });
    it('checks the new fields like any other', () => {
      const { settings, problems } = validateSettings({ version: 2, listen: { voice: 42, rate: 9 }, save: { markdownFlavour: 'rst' } });
      expect(problems.map((problem) => problem.path)).toEqual(['listen.voice', 'listen.rate', 'save.markdownFlavour']);
      expect(settings.listen).toEqual({ voice: '', rate: 1 });
      expect(settings.save.markdownFlavour).toBe('plain');
      expect(validateSettings({ version: 2, listen: { voice: 'Urdu espeak-ng', rate: 1.5 }, save: { markdownFlavour: 'front-matter' } }).problems).toEqual([]);
    });
  });

  it('leaves current settings alone and refuses settings from a newer version', () => {
    expect(migrate({ version: SETTINGS_VERSION, toolbarAction: 'reader' })).toEqual({ ok: true, raw: { version: SETTINGS_VERSION, toolbarAction: 'reader' }, applied: [] });
    expect(migrate({ version: SETTINGS_VERSION + 1 })).toEqual({ ok: false, error: 'newer-version', version: SETTINGS_VERSION + 1 });
  });
});
