/**
 * Settings files: export writes the settings as JSON; import is strict, so a file with bad JSON
 * or any wrong field changes nothing and the person is told every problem at once.
 */
import type { Settings } from './schema.ts';
import { validateSettings, type SettingsProblem } from './validate.ts';

/** The file's contents for export: versioned JSON, readable by a person. */
export function serializeSettings(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };

/** Parses an exported (or hand-written) settings file; every problem is listed, none is guessed past. */
export function parseSettingsFile(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '', message: 'expected a settings object ({ … }) at the top of the file' }] };
  }
  const { settings, problems } = validateSettings(value);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings };
}
