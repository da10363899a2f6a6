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

  it('leaves current settings alone and refuses settings from a newer version', () => {
    expect(migrate({ version: SETTINGS_VERSION, toolbarAction: 'reader' })).toEqual({ ok: true, raw: { version: SETTINGS_VERSION, toolbarAction: 'reader' }, applied: [] });
    expect(migrate({ version: SETTINGS_VERSION + 1 })).toEqual({ ok: false, error: 'newer-version', version: SETTINGS_VERSION + 1 });
  });
});
