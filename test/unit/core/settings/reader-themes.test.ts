import { describe, expect, it } from 'vitest';
import { READER_PALETTES, readerThemePalette } from '../../../../src/core/settings/index.ts';
import { contrast } from '../../contrast.ts';


describe('reader themes', () => {
  it.each(Object.entries(READER_PALETTES))('%s: text, muted text, links and accent meet AA (4.5:1)', (_name, palette) => {
    for (const colour of [palette.fg, palette.muted, palette.link, palette.accent]) {
      expect(contrast(colour, palette.bg), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('"system" follows the browser', () => {
    expect(readerThemePalette('system', true)).toBe(READER_PALETTES.dark);
    expect(readerThemePalette('system', false)).toBe(READER_PALETTES.light);
    expect(readerThemePalette('sepia', true)).toBe(READER_PALETTES.sepia);
  });
});
