/**
 * Checks settings field by field. Reading stored settings is lenient: every field that is missing,
 * of the wrong type or out of range falls back to its default on its own, and the problems are
 * reported. Importing a file is strict (import-file.ts): any problem refuses the whole file.
 */
import { migrate, type RawSettings } from './migrations.ts';
import {
  CLEAN_MODES, DEFAULT_SETTINGS, ENTITY_TYPES, MARKDOWN_FLAVOURS, RANGES, READER_FONTS, READER_THEMES, SETTINGS_VERSION, TOOLBAR_ACTIONS,
  defaultSettings, type AutoCleanSite, type Settings, type SiteTweaks,
} from './schema.ts';
import { isValidSitePattern, parseSitePattern } from './site-pattern.ts';

/** One thing wrong with a field: where (`reader.fontSize`) and what, in words. */
export interface SettingsProblem {
  path: string;
  message: string;
}

export interface ValidationResult {
  settings: Settings;
  problems: SettingsProblem[];
}

/** Longest selector accepted: a guard against pasting a whole stylesheet into one field. */
const MAX_SELECTOR_LENGTH = 500;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json === undefined ? typeof value : json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

function isRecord(value: unknown): value is RawSettings {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Checker {
  readonly problems: SettingsProblem[] = [];

  fail(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  oneOf<T extends string>(path: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(path, `expected one of ${allowed.join(', ')}, got ${describe(value)}`);
    return fallback;
  }

  number(path: string, value: unknown, range: { min: number; max: number }, fallback: number): number {
    if (typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max) return value;
    this.fail(path, `expected a number from ${range.min} to ${range.max}, got ${describe(value)}`);
    return fallback;
  }

  boolean(path: string, value: unknown, fallback: boolean): boolean {
    if (typeof value === 'boolean') return value;
    this.fail(path, `expected true or false, got ${describe(value)}`);
    return fallback;
  }

  record(path: string, value: unknown): RawSettings {
    if (isRecord(value)) return value;
    this.fail(path, `expected an object, got ${describe(value)}`);
    return {};
  }

  selectors(path: string, value: unknown): string[] {
    if (!Array.isArray(value)) {
      this.fail(path, `expected a list of CSS selectors, got ${describe(value)}`);
      return [];
    }
    const kept: string[] = [];
    value.forEach((item: unknown, index) => {
      if (typeof item === 'string' && item.trim() !== '' && item.length <= MAX_SELECTOR_LENGTH) kept.push(item.trim());
      else this.fail(`${path}[${index}]`, `expected a CSS selector, got ${describe(item)}`);
    });
    return kept;
  }
}

function autoCleanSites(check: Checker, value: unknown): AutoCleanSite[] {
  if (!Array.isArray(value)) {
    check.fail('autoClean', `expected a list of sites, got ${describe(value)}`);
    return [];
  }
  const sites: AutoCleanSite[] = [];
  value.forEach((item: unknown, index) => {
    const path = `autoClean[${index}]`;
    if (!isRecord(item) || typeof item['pattern'] !== 'string') return check.fail(path, `expected { pattern, mode }, got ${describe(item)}`);
    // Hand-written files may say "dawn.com"; stored entries are always normalised patterns.
    const parsed = isValidSitePattern(item['pattern']) ? { ok: true as const, pattern: item['pattern'] } : parseSitePattern(item['pattern']);
    if (!parsed.ok) return check.fail(`${path}.pattern`, `${describe(item['pattern'])} is not a site (${parsed.error})`);
    const mode = check.oneOf(`${path}.mode`, item['mode'], CLEAN_MODES, 'reader');
    if (!sites.some((site) => site.pattern === parsed.pattern)) sites.push({ pattern: parsed.pattern, mode });
  });
  return sites;
}

function siteTweaks(check: Checker, value: unknown): Record<string, SiteTweaks> {
  const tweaks: Record<string, SiteTweaks> = {};
  for (const [host, raw] of Object.entries(check.record('siteTweaks', value))) {
    const path = `siteTweaks.${host}`;
    if (!/^[a-z0-9.-]+$/.test(host)) {
      check.fail(path, 'expected a host name such as www.dawn.com');
      continue;
    }
    const entry = check.record(path, raw);
    tweaks[host] = {
      hide: check.selectors(`${path}.hide`, entry['hide'] ?? []),
      keep: check.selectors(`${path}.keep`, entry['keep'] ?? []),
      keptRules: check.selectors(`${path}.keptRules`, entry['keptRules'] ?? []),
    };
  }
  return tweaks;
}

/** A voice name as the browser reports it ('' = automatic); long or non-text values fall back to automatic. */
function voiceName(check: Checker, value: unknown): string {
  if (typeof value === 'string' && value.length <= 200) return value;
  check.fail('listen.voice', `expected a voice name, got ${describe(value)}`);
  return '';
}

/** Validates an already-migrated object, field by field. */
export function validateFields(raw: RawSettings): ValidationResult {
  const check = new Checker();
  const d = DEFAULT_SETTINGS;
  const reader = check.record('reader', raw['reader'] ?? {});
  const summary = check.record('summary', raw['summary'] ?? {});
  const entities = check.record('entities', raw['entities'] ?? {});
  const listen = check.record('listen', raw['listen'] ?? {});
  const save = check.record('save', raw['save'] ?? {});
  const settings: Settings = {
    version: SETTINGS_VERSION,
    autoClean: autoCleanSites(check, raw['autoClean'] ?? []),
    toolbarAction: check.oneOf('toolbarAction', raw['toolbarAction'] ?? d.toolbarAction, TOOLBAR_ACTIONS, d.toolbarAction),
    siteTweaks: siteTweaks(check, raw['siteTweaks'] ?? {}),
    reader: {
      theme: check.oneOf('reader.theme', reader['theme'] ?? d.reader.theme, READER_THEMES, d.reader.theme),
      font: check.oneOf('reader.font', reader['font'] ?? d.reader.font, READER_FONTS, d.reader.font),
      fontSize: check.number('reader.fontSize', reader['fontSize'] ?? d.reader.fontSize, RANGES.fontSize, d.reader.fontSize),
      lineHeight: check.number('reader.lineHeight', reader['lineHeight'] ?? d.reader.lineHeight, RANGES.lineHeight, d.reader.lineHeight),
      columnWidth: check.number('reader.columnWidth', reader['columnWidth'] ?? d.reader.columnWidth, RANGES.columnWidth, d.reader.columnWidth),
    },
    summary: {
      sentences: Math.round(check.number('summary.sentences', summary['sentences'] ?? d.summary.sentences, RANGES.summarySentences, d.summary.sentences)),
    },
    entities: Object.fromEntries(
      ENTITY_TYPES.map((type) => [type, check.boolean(`entities.${type}`, entities[type] ?? d.entities[type], d.entities[type])]),
    ) as Settings['entities'],
    listen: {
      voice: voiceName(check, listen['voice'] ?? d.listen.voice),
      rate: check.number('listen.rate', listen['rate'] ?? d.listen.rate, RANGES.listenRate, d.listen.rate),
    },
    save: { markdownFlavour: check.oneOf('save.markdownFlavour', save['markdownFlavour'] ?? d.save.markdownFlavour, MARKDOWN_FLAVOURS, d.save.markdownFlavour) },
  };
  return { settings, problems: check.problems };
}

/**
 * Stored settings as they are read: anything (even a string or null) becomes usable settings.
 * Missing fields take their defaults silently; wrong ones take their defaults and are reported.
 */
export function validateSettings(value: unknown): ValidationResult {
  if (!isRecord(value)) {
    return { settings: defaultSettings(), problems: value === undefined ? [] : [{ path: '', message: `expected settings, got ${describe(value)}` }] };
  }
  const migrated = migrate(value);
  if (!migrated.ok) {
    return { settings: defaultSettings(), problems: [{ path: 'version', message: `settings version ${migrated.version} is newer than this Plainsight (${SETTINGS_VERSION})` }] };
  }
  return validateFields(migrated.raw);
}
