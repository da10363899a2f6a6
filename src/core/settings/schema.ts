/**
 * Plainsight's settings: one schema, its defaults and its version. The `Settings` type is derived
 * from the defaults' shape so a new field is added in exactly one place (plus its validator in
 * validate.ts, which a unit test checks covers every field).
 */

/** Bump when the stored shape changes, and add the step to `MIGRATIONS` in migrations.ts. */
export const SETTINGS_VERSION = 2;

export const CLEAN_MODES = ['declutter', 'reader'] as const;
/** What Plainsight does on an auto-clean site, or on the toolbar click. */
export type CleanMode = (typeof CLEAN_MODES)[number];

export const TOOLBAR_ACTIONS = ['popup', 'declutter', 'reader'] as const;
export type ToolbarAction = (typeof TOOLBAR_ACTIONS)[number];

export const READER_THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export type ReaderTheme = (typeof READER_THEMES)[number];

export const READER_FONTS = ['serif', 'sans-serif', 'nastaliq'] as const;
export type ReaderFont = (typeof READER_FONTS)[number];

/** How "Copy as Markdown" and "Download .md" write the article's facts (see core/export). */
export const MARKDOWN_FLAVOURS = ['plain', 'front-matter'] as const;
export type MarkdownFlavour = (typeof MARKDOWN_FLAVOURS)[number];

export const ENTITY_TYPES = ['people', 'places', 'organizations'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Inclusive ranges of the numeric settings; the options page builds its controls from these. */
export const RANGES = {
  fontSize: { min: 14, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.4, step: 0.1 },
  columnWidth: { min: 28, max: 60, step: 2 },
  summarySentences: { min: 1, max: 7, step: 1 },
  listenRate: { min: 0.5, max: 2, step: 0.25 },
} as const;

/** A site Plainsight cleans as soon as a page of it loads. `pattern` is a validated match pattern. */
export interface AutoCleanSite {
  pattern: string;
  mode: CleanMode;
}

/** The user's changes to what declutter hides on one site (keyed by hostname in `siteTweaks`). */
export interface SiteTweaks {
  /** Extra CSS selectors to hide. */
  hide: string[];
  /** CSS selectors never to hide, whatever a rule says. */
  keep: string[];
  /** Ids of clutter rules the user said "never hide this here" to, from the popup's hidden list. */
  keptRules: string[];
}

export interface ReaderAppearance {
  theme: ReaderTheme;
  font: ReaderFont;
  /** Body text size in CSS pixels. */
  fontSize: number;
  lineHeight: number;
  /** Maximum column width in `rem`. */
  columnWidth: number;
}

/** Listen (read aloud in reader view). */
export interface ListenSettings {
  /** The name of the preferred voice, used for articles in that voice's language; '' picks the best voice for each article. */
  voice: string;
  /** Speaking rate, 1 = the voice's normal speed. */
  rate: number;
}

export interface Settings {
  version: number;
  autoClean: AutoCleanSite[];
  toolbarAction: ToolbarAction;
  siteTweaks: Record<string, SiteTweaks>;
  reader: ReaderAppearance;
  summary: { sentences: number };
  entities: Record<EntityType, boolean>;
  listen: ListenSettings;
  save: { markdownFlavour: MarkdownFlavour };
}

const DEFAULTS: Settings = {
  version: SETTINGS_VERSION,
  autoClean: [],
  toolbarAction: 'popup',
  siteTweaks: {},
  reader: { theme: 'system', font: 'serif', fontSize: 20, lineHeight: 1.6, columnWidth: 38 },
  summary: { sentences: 3 },
  entities: { people: true, places: true, organizations: true },
  listen: { voice: '', rate: 1 },
  save: { markdownFlavour: 'plain' },
};

/** The defaults; frozen so no caller can change them by accident. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(DEFAULTS);

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

/** No tweaks: what `siteTweaksFor` returns for a site the user never changed. */
export function emptyTweaks(): SiteTweaks {
  return { hide: [], keep: [], keptRules: [] };
}
