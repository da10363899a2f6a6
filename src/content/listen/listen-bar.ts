/**
 * Reader view's Listen control: reads the title and body aloud in a voice of the article's
 * language, highlights the sentence being read and keeps it in view, with pause/resume,
 * previous/next sentence and speed. Where no voice speaks the language it says so and offers the
 * voices there are, rather than reading Urdu with an English voice. Every control is a native
 * button or select, so the keyboard works as everywhere else.
 */
import type { Article } from '../../core/article.ts';
import { chooseVoice, guessSpeechLang, spokenSentences, spokenText, type SpokenSentence, type VoiceInfo } from '../../core/listen/index.ts';
import { sendToBackground } from '../../shared/messages.ts';
import { RANGES } from '../../core/settings/schema.ts';
import { loadSettings } from '../../shared/settings-store.ts';
import { t } from '../../shared/i18n.ts';
import { scrollRangeIntoView } from '../highlights.ts';
import { loadVoices, Speaker, warmVoices, type SpeakerState } from './speaker.ts';

const HIGHLIGHT = 'plainsight-reading';

export interface ListenControl {
  button: HTMLButtonElement;
  bar: HTMLElement;
  /** Stops reading and removes the highlight (reader view closing). */
  dispose(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([navigator.language, 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function infoOf(voice: SpeechSynthesisVoice): VoiceInfo {
  return { name: voice.name, lang: voice.lang, localService: voice.localService, default: voice.default };
}

function highlight(sentence: SpokenSentence | undefined): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (!sentence) {
    CSS.highlights.delete(HIGHLIGHT);
    return;
  }
  CSS.highlights.set(HIGHLIGHT, new Highlight(sentence.range));
  scrollRangeIntoView(sentence.range);
}

/** Resolves once reader view has rendered the whole article (huge articles arrive in pieces). */
async function whenRendered(overlay: HTMLElement): Promise<void> {
  const host = (overlay.getRootNode() as ShadowRoot).host;
  for (let waited = 0; host && host.getAttribute('data-state') !== 'ready' && waited < 15_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function createListen(overlay: HTMLElement, article: Article): ListenControl {
  warmVoices();
  const button = el('button', 'tool listen-toggle', t('listenStart'));
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  const bar = el('div', 'listen-bar');
  bar.id = 'plainsight-listen';
  bar.hidden = true;
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', t('listenStart'));
  button.setAttribute('aria-controls', bar.id);
  const status = el('p', 'listen-status');
  status.setAttribute('role', 'status');
  const controls = el('div', 'listen-controls');
  const previous = el('button', 'tool', t('listenPrevious'));
  const playPause = el('button', 'tool listen-pause', t('listenPause'));
  const next = el('button', 'tool', t('listenNext'));
  for (const control of [previous, playPause, next]) control.type = 'button';
  const speedId = 'plainsight-listen-speed';
  const speedLabel = el('label', 'listen-speed-label', t('listenSpeed'));
  speedLabel.htmlFor = speedId;
  const speed = el('select', 'listen-speed');
  speed.id = speedId;
  for (let rate = RANGES.listenRate.min; rate <= RANGES.listenRate.max + 1e-9; rate += RANGES.listenRate.step) {
    speed.append(new Option(`${rate}×`, String(rate)));
  }
  const position = el('span', 'listen-position');
  controls.append(previous, playPause, next, speedLabel, speed, position);
  const chooser = el('div', 'listen-chooser');
  bar.append(status, controls, chooser);

  let speaker: Speaker | null = null;
  let sentences: SpokenSentence[] = [];
  const showPosition = (index: number): void => {
    position.textContent = t('listenPosition', String(index + 1), String(sentences.length));
    position.dataset['sentence'] = sentences[index]?.text ?? '';
    highlight(sentences[index]);
  };
  const showState = (state: SpeakerState): void => {
    playPause.textContent = state === 'speaking' ? t('listenPause') : t('listenResume');
    bar.dataset['state'] = state;
    if (state === 'finished') status.textContent = t('listenFinished');
  };
  const begin = (voice: SpeechSynthesisVoice, rate: number, lang: string): void => {
    speaker?.stop();
    chooser.replaceChildren();
    controls.hidden = false;
    status.textContent = t('listenReading', languageName(lang), voice.name);
    bar.dataset['voice'] = voice.name;
    bar.dataset['voiceLang'] = voice.lang;
    speaker = new Speaker(sentences, voice, rate, { onSentence: showPosition, onState: showState, onError: (error) => (status.textContent = t('listenError', error)) });
    speaker.start(0);
  };
  const offerVoices = (lang: string, available: VoiceInfo[], voices: SpeechSynthesisVoice[], rate: number): void => {
    controls.hidden = true;
    bar.dataset['state'] = 'no-voice';
    status.textContent = available.length > 0 ? t('listenNoVoice', languageName(lang)) : t('listenNoVoices');
    if (available.length === 0) return;
    const selectId = 'plainsight-listen-voice';
    const label = el('label', '', t('listenReadWith'));
    label.htmlFor = selectId;
    const select = el('select', 'listen-voice');
    select.id = selectId;
    for (const voice of available) select.append(new Option(`${voice.name} (${voice.lang})`, voice.name));
    const read = el('button', 'tool', t('listenReadThisVoice'));
    read.type = 'button';
    read.addEventListener('click', () => {
      const voice = voices.find((candidate) => candidate.name === select.value);
      if (voice) begin(voice, rate, voice.lang);
    });
    chooser.append(label, select, read);
  };

  const start = async (): Promise<void> => {
    bar.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.textContent = t('listenStop');
    status.textContent = t('listenPreparing');
    const [{ settings }, voices] = await Promise.all([loadSettings(), loadVoices(), whenRendered(overlay)]);
    if (bar.hidden) return; // stopped while getting ready
    const roots = [overlay.querySelector('h1.title'), overlay.querySelector('.content')].filter((root): root is Element => root !== null);
    const { sentences: spans } = await sendToBackground('sentences:split', { texts: roots.map(spokenText) });
    if (bar.hidden) return;
    sentences = spokenSentences(roots, spans);
    const rate = settings.listen.rate;
    speed.value = String(Math.round(rate / RANGES.listenRate.step) * RANGES.listenRate.step);
    const lang = article.lang || guessSpeechLang(article.text, navigator.language);
    const choice = chooseVoice(voices.map(infoOf), lang, settings.listen.voice, navigator.language.split('-')[1] ?? '');
    bar.dataset['lang'] = choice.lang;
    if (choice.status === 'voice') {
      const voice = voices.find((candidate) => candidate.name === choice.voice.name && candidate.lang === choice.voice.lang);
      if (voice) begin(voice, rate, choice.lang);
    } else offerVoices(choice.lang, choice.available, voices, rate);
  };
  const stop = (): void => {
    speaker?.stop();
    speaker = null;
    highlight(undefined);
    bar.hidden = true;
    delete bar.dataset['state'];
    button.setAttribute('aria-expanded', 'false');
    button.textContent = t('listenStart');
  };

  button.addEventListener('click', () => (bar.hidden ? void start() : stop()));
  playPause.addEventListener('click', () => (speaker?.currentState === 'speaking' ? speaker.pause() : speaker?.resume()));
  previous.addEventListener('click', () => speaker?.move(-1));
  next.addEventListener('click', () => speaker?.move(1));
  speed.addEventListener('change', () => speaker?.setRate(Number(speed.value)));
  // A hidden tab stops talking (the person switched away); Resume carries on from the sentence.
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') speaker?.pause();
  };
  document.addEventListener('visibilitychange', onVisibility);
  return {
    button,
    bar,
    dispose() {
      document.removeEventListener('visibilitychange', onVisibility);
      stop();
    },
  };
}
