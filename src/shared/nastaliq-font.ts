/**
 * The bundled Noto Nastaliq Urdu font for reader view and the extension's own pages in Urdu. `@font-face` inside a shadow root is
 * ignored by browsers, so the faces are added to the document's font set (which the shadow root
 * uses) through the FontFace API; the files come from the extension (web_accessible_resources),
 * never from the web.
 */
import browser from './browser.ts';

/** Our own family name, so a page's "Noto Nastaliq Urdu" can never stand in for ours or clash with it. */
export const NASTALIQ_FAMILY = 'Plainsight Nastaliq Urdu';

const FACES: { file: string; weight: string; unicodeRange: string }[] = [
  { file: 'noto-nastaliq-urdu-arabic-400-normal.woff2', weight: '400', unicodeRange: 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC' },
  { file: 'noto-nastaliq-urdu-arabic-700-normal.woff2', weight: '700', unicodeRange: 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC' },
  { file: 'noto-nastaliq-urdu-latin-400-normal.woff2', weight: '400', unicodeRange: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
  { file: 'noto-nastaliq-urdu-latin-700-normal.woff2', weight: '700', unicodeRange: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
];

/** The font files; scripts/build.js copies the same four (FONT_FILES) into dist/…/fonts. */
export const NASTALIQ_FILES = FACES.map((face) => face.file);

let added = false;

/** Adds the faces once per page; the browser downloads a file only when text needs it. */
export function ensureNastaliqFont(): void {
  if (added || typeof FontFace === 'undefined') return;
  added = true;
  for (const face of FACES) {
    try {
      const url = browser.runtime.getURL(`fonts/${face.file}`);
      document.fonts.add(new FontFace(NASTALIQ_FAMILY, `url("${url}") format("woff2")`, { weight: face.weight, unicodeRange: face.unicodeRange, display: 'swap' }));
    } catch (error) {
      // A page or browser that refuses the font still gets reader view, in the fallback fonts.
      console.warn('Plainsight: could not add the Nastaliq font', error);
    }
  }
}
