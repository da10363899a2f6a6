/** Plainsight's settings, pure: schema and defaults, migrations, validation, site patterns and suggested sites. */
export * from './schema.ts';
export { MIGRATIONS, migrate, versionOf, type Migration, type RawSettings } from './migrations.ts';
export { validateSettings, validateFields, type SettingsProblem, type ValidationResult } from './validate.ts';
export { parseSettingsFile, serializeSettings, type ImportResult } from './import-file.ts';
export { parseSitePattern, isValidSitePattern, permissionOrigin, patternMatchesUrl, sitePatternForUrl, type SitePatternError, type SitePatternResult } from './site-pattern.ts';
export { SUGGESTED_SITES, type SuggestedSite } from './suggested-sites.ts';
export { tweaksForHost, autoCleanModeFor } from './site-tweaks.ts';
export { readerThemePalette, READER_PALETTES, type ReaderPalette } from './reader-themes.ts';
