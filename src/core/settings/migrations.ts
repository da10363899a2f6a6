/**
 * Ordered steps that bring stored or imported settings of an older version up to
 * `SETTINGS_VERSION`. Each step takes the raw object of version N and returns version N+1; steps
 * never validate (validate.ts does, after the last step), they only move and rename.
 */
import { SETTINGS_VERSION } from './schema.ts';

export type RawSettings = Record<string, unknown>;

export interface Migration {
  /** The version this step upgrades from. */
  from: number;
  description: string;
  migrate(raw: RawSettings): RawSettings;
}

/**
 * Version 0 is settings without a version: files people write by hand (a list of sites and a
 * theme). Sites given as plain strings become reader-view sites, and a top-level `theme` moves into
 * the reader appearance.
 */
const fromUnversioned: Migration = {
  from: 0,
  description: 'plain site names become auto-clean entries; a top-level theme moves to reader.theme',
  migrate(raw) {
    const { theme, sites, ...rest } = raw;
    const next: RawSettings = { ...rest, version: 1 };
    const list = Array.isArray(rest['autoClean']) ? rest['autoClean'] : Array.isArray(sites) ? sites : undefined;
    if (list) next['autoClean'] = list.map((entry: unknown) => (typeof entry === 'string' ? { pattern: entry, mode: 'reader' } : entry));
    if (theme !== undefined) {
      const reader = rest['reader'] && typeof rest['reader'] === 'object' ? (rest['reader'] as RawSettings) : {};
      next['reader'] = { theme, ...reader };
    }
    return next;
  },
};

/**
 * Version 2 adds Listen (voice and speed) and Save (Markdown flavour). Nothing moves: the new
 * fields take their defaults in validation. The step exists so a version-1 file is recognised as
 * older rather than as damaged, and so the chain stays unbroken.
 */
const addListenAndSave: Migration = {
  from: 1,
  description: 'adds Listen (voice, speed) and Save (Markdown flavour) with their defaults',
  migrate(raw) {
    return { ...raw, version: 2 };
  },
};

export const MIGRATIONS: readonly Migration[] = [fromUnversioned, addListenAndSave];

/** The version a raw object claims, 0 when it has none (or a nonsense one). */
export function versionOf(raw: RawSettings): number {
  const version = raw['version'];
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

export type MigrationResult = { ok: true; raw: RawSettings; applied: string[] } | { ok: false; error: 'newer-version'; version: number };

/** Runs every step from the object's version up to the current one. Settings from a newer Plainsight are refused, not guessed at. */
export function migrate(raw: RawSettings): MigrationResult {
  let version = versionOf(raw);
  if (version > SETTINGS_VERSION) return { ok: false, error: 'newer-version', version };
  let current = raw;
  const applied: string[] = [];
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS.find((migration) => migration.from === version);
    if (!step) throw new Error(`no migration from settings version ${version}`);
    current = step.migrate(current);
    applied.push(step.description);
    version = versionOf(current);
  }
  return { ok: true, raw: current, applied };
}
