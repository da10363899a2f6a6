/**
 * Reader view colours per theme, as data so a unit test can check every text colour against its
 * background for WCAG AA contrast (4.5:1). "system" picks light or dark from the browser.
 */
import type { ReaderTheme } from './schema.ts';

export interface ReaderPalette {
  bg: string;
  fg: string;
  muted: string;
  rule: string;
  link: string;
  accent: string;
}

export const READER_PALETTES: Readonly<Record<Exclude<ReaderTheme, 'system'>, ReaderPalette>> = {
  light: { bg: '#fbfaf7', fg: '#1f1f1f', muted: '#555555', rule: '#d8d4ca', link: '#0b57b0', accent: '#2a6455' },
  sepia: { bg: '#f4ecd8', fg: '#3b2f22', muted: '#5e4b36', rule: '#d9cbaa', link: '#7a3b0a', accent: '#6b4a12' },
  dark: { bg: '#1b1c1e', fg: '#e6e3dc', muted: '#a7a39b', rule: '#3a3c40', link: '#8ab4f8', accent: '#7fc4ae' },
};

/** The palette for `theme`; `prefersDark` answers "system". */
export function readerThemePalette(theme: ReaderTheme, prefersDark: boolean): ReaderPalette {
  if (theme === 'system') return READER_PALETTES[prefersDark ? 'dark' : 'light'];
  return READER_PALETTES[theme];
}
