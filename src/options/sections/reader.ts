/** Reader appearance: theme, font, size, line height, column width, with a preview in the chosen look. An open reader view follows at once (the content script listens to storage changes). */
import { h } from '../../shared/dom.ts';
import { RANGES, readerThemePalette, type ReaderAppearance, type ReaderFont, type ReaderTheme } from '../../core/settings/index.ts';
import type { OptionsSection } from '../context.ts';
import { t } from '../i18n.ts';
import { card, numberField, select } from './form.ts';

const PREVIEW_FAMILIES: Record<ReaderFont, string> = {
  serif: "Georgia, 'Noto Serif', serif",
  'sans-serif': "system-ui, 'Noto Sans', sans-serif",
  nastaliq: "'Plainsight Nastaliq Urdu', serif",
};

/** The bundled font for the preview: the same files reader view uses, from the extension itself. */
function loadPreviewFont(): void {
  if ([...document.fonts].some((face) => face.family.includes('Plainsight Nastaliq Urdu'))) return;
  for (const subset of ['arabic', 'latin']) {
    document.fonts.add(new FontFace('Plainsight Nastaliq Urdu', `url("/fonts/noto-nastaliq-urdu-${subset}-400-normal.woff2") format("woff2")`));
  }
}

function stylePreview(preview: HTMLElement, appearance: ReaderAppearance): void {
  const palette = readerThemePalette(appearance.theme, matchMedia('(prefers-color-scheme: dark)').matches);
  Object.assign(preview.style, {
    background: palette.bg,
    color: palette.fg,
    borderColor: palette.rule,
    fontFamily: PREVIEW_FAMILIES[appearance.font],
    fontSize: `${appearance.fontSize}px`,
    lineHeight: String(appearance.lineHeight),
    maxWidth: `${appearance.columnWidth}rem`,
  });
}

export const readerSection: OptionsSection = {
  id: 'reader',
  render(context) {
    loadPreviewFont();
    const preview = h(
      'div',
      { class: 'preview', id: 'reader-preview' },
      h('p', {}, t('readerPreview')),
      // Urdu is always shown in the bundled Nastaliq face, as reader view does for right-to-left articles.
      h('p', { lang: 'ur', dir: 'rtl', class: 'preview-urdu' }, 'یہ ریڈر ویو کی جھلک ہے۔'),
    );
    const update = (change: (reader: ReaderAppearance) => void): void => {
      void context.save((settings) => change(settings.reader)).then(() => stylePreview(preview, context.settings.reader));
    };
    const reader = context.settings.reader;
    const theme = select<ReaderTheme>(
      { id: 'reader-theme' },
      [
        { value: 'system', label: t('themeSystem') },
        { value: 'light', label: t('themeLight') },
        { value: 'sepia', label: t('themeSepia') },
        { value: 'dark', label: t('themeDark') },
      ],
      reader.theme,
      (value) => update((r) => (r.theme = value)),
    );
    const font = select<ReaderFont>(
      { id: 'reader-font' },
      [
        { value: 'serif', label: t('fontSerif') },
        { value: 'sans-serif', label: t('fontSans') },
        { value: 'nastaliq', label: t('fontNastaliq') },
      ],
      reader.font,
      (value) => update((r) => (r.font = value)),
    );
    stylePreview(preview, reader);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => preview.isConnected && stylePreview(preview, context.settings.reader));
    return card(
      'reader',
      t('readerHeading'),
      h('div', { class: 'grid' },
        h('div', { class: 'field' }, h('label', { for: 'reader-theme' }, t('themeLabel')), theme),
        h('div', { class: 'field' }, h('label', { for: 'reader-font' }, t('fontLabel')), font),
        numberField('reader-font-size', t('fontSizeLabel'), RANGES.fontSize, reader.fontSize, (value) => update((r) => (r.fontSize = value))),
        numberField('reader-line-height', t('lineHeightLabel'), RANGES.lineHeight, reader.lineHeight, (value) => update((r) => (r.lineHeight = value))),
        numberField('reader-column-width', t('columnWidthLabel'), RANGES.columnWidth, reader.columnWidth, (value) => update((r) => (r.columnWidth = value))),
      ),
      preview,
    );
  },
};
