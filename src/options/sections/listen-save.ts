/** "Listen" (preferred voice, speed) and "Save and share" (Markdown flavour): what reader view's tools start with. */
import { h } from '../../shared/dom.ts';
import { RANGES, type MarkdownFlavour } from '../../core/settings/index.ts';
import { usableVoices, voicesByLanguage, type VoiceInfo } from '../../core/listen/index.ts';
import type { OptionsSection } from '../context.ts';
import { t } from '../i18n.ts';
import { card, radioGroup, select } from './form.ts';

/** The browser's voices, which may take a moment to arrive. */
async function browserVoices(): Promise<VoiceInfo[]> {
  if (typeof speechSynthesis === 'undefined') return [];
  for (let waited = 0; speechSynthesis.getVoices().length === 0 && waited < 3000; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return speechSynthesis.getVoices().map(({ name, lang, localService, default: isDefault }) => ({ name, lang, localService, default: isDefault }));
}

export const listenSection: OptionsSection = {
  id: 'listen',
  async render(context) {
    const settings = context.settings.listen;
    // One voice per language keeps the list usable (espeak-ng alone brings thousands of variants); the saved one always shows.
    const offered = voicesByLanguage(usableVoices(await browserVoices()));
    const choices = [{ value: '', label: t('listenVoiceAutomatic') }, ...offered.map((voice) => ({ value: voice.name, label: `${voice.name} (${voice.lang})` }))];
    if (settings.voice && !choices.some((choice) => choice.value === settings.voice)) choices.push({ value: settings.voice, label: settings.voice });
    const voice = select({ id: 'listen-voice', 'aria-describedby': 'listen-voice-note' }, choices, settings.voice, (value) => void context.save((next) => (next.listen.voice = value)));
    const rates: { value: string; label: string }[] = [];
    for (let rate = RANGES.listenRate.min; rate <= RANGES.listenRate.max + 1e-9; rate += RANGES.listenRate.step) rates.push({ value: String(rate), label: `${rate}×` });
    const nearest = String(Math.round(settings.rate / RANGES.listenRate.step) * RANGES.listenRate.step);
    const rate = select({ id: 'listen-rate' }, rates, nearest, (value) => void context.save((next) => (next.listen.rate = Number(value))));
    return card(
      'listen',
      t('listenHeading'),
      h('div', { class: 'grid' },
        h('div', { class: 'field' }, h('label', { for: 'listen-voice' }, t('listenVoiceLabel')), voice),
        h('div', { class: 'field' }, h('label', { for: 'listen-rate' }, t('listenRateLabel')), rate),
      ),
      h('p', { class: 'hint', id: 'listen-voice-note' }, offered.length > 0 ? t('listenVoiceNote') : t('listenVoicesNone')),
    );
  },
};

export const saveSection: OptionsSection = {
  id: 'save',
  render(context) {
    const choices: { value: MarkdownFlavour; label: string }[] = [
      { value: 'plain', label: t('markdownPlain') },
      { value: 'front-matter', label: t('markdownFrontMatter') },
    ];
    return card(
      'save',
      t('saveHeading'),
      radioGroup('markdown-flavour', t('markdownFlavourLabel'), choices, context.settings.save.markdownFlavour, (value) => void context.save((next) => (next.save.markdownFlavour = value))),
    );
  },
};
