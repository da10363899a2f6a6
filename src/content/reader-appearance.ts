/**
 * Applies the person's reader appearance (theme, font, size, line height, column width) to the
 * reader overlay as CSS custom properties; reader-view.css reads them. Colours come from the
 * palettes in core, which a unit test checks for AA contrast.
 */
import { readerThemePalette, type ReaderAppearance, type ReaderFont } from '../core/settings/index.ts';
import { NASTALIQ_FAMILY, ensureNastaliqFont } from '../shared/nastaliq-font.ts';

const FAMILIES: Record<ReaderFont, string> = {
  serif: "Georgia, 'Iowan Old Style', 'Noto Serif', 'Times New Roman', serif",
  'sans-serif': "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif",
  nastaliq: `'${NASTALIQ_FAMILY}', 'Noto Nastaliq Urdu', serif`,
};

const DARK_QUERY = '(prefers-color-scheme: dark)';

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

/** Calls `onChange` when the system switches between light and dark; returns the stop function. */
export function watchSystemTheme(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The appearance as the CSS custom properties reader-view.css reads (also inlined into saved HTML files). */
export function appearanceProperties(appearance: ReaderAppearance, dark = prefersDark()): Record<string, string> {
  const palette = readerThemePalette(appearance.theme, dark);
  const resolved = appearance.theme === 'system' ? (dark ? 'dark' : 'light') : appearance.theme;
  return {
    '--bg': palette.bg,
    '--fg': palette.fg,
    '--muted': palette.muted,
    '--rule': palette.rule,
    '--link': palette.link,
    '--accent': palette.accent,
    '--reader-family': FAMILIES[appearance.font],
    '--reader-rtl-family': `'${NASTALIQ_FAMILY}', 'Noto Nastaliq Urdu', 'Noto Naskh Arabic', serif`,
    '--reader-size': `${appearance.fontSize}px`,
    '--reader-line-height': String(appearance.lineHeight),
    '--reader-column': `${appearance.columnWidth}rem`,
    'color-scheme': resolved === 'dark' ? 'dark' : 'light',
  };
}

export function applyAppearance(overlay: HTMLElement, appearance: ReaderAppearance): void {
  const dark = prefersDark();
  const resolved = appearance.theme === 'system' ? (dark ? 'dark' : 'light') : appearance.theme;
  // Right-to-left articles are shown in the Nastaliq face whatever the Latin font, so it is needed
  // then too. Only then: adding a face to document.fonts restyles the whole page, which froze a
  // page of 50,000 links for about a second (bench:huge).
  if (appearance.font === 'nastaliq' || overlay.querySelector('article[dir="rtl"]')) ensureNastaliqFont();
  const properties = appearanceProperties(appearance, dark);
  for (const [name, value] of Object.entries(properties)) overlay.style.setProperty(name, value);
  overlay.dataset['theme'] = resolved;
  overlay.dataset['font'] = appearance.font;
}
