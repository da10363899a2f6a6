/**
 * Reads sentences aloud with the browser's own speech synthesis, one utterance per sentence: the
 * end of each utterance moves the highlight, and long texts never hit Chrome's cut-off of one
 * long utterance. Pausing cancels the sentence and resuming starts it again, which behaves the
 * same in every browser (speechSynthesis.pause() does nothing with some Linux voices).
 */
import type { SpokenSentence } from '../../core/listen/index.ts';

export type SpeakerState = 'idle' | 'speaking' | 'paused' | 'finished';

export interface SpeakerEvents {
  /** The sentence at `index` is now current (highlight it). */
  onSentence(index: number): void;
  onState(state: SpeakerState): void;
  onError(message: string): void;
}

export class Speaker {
  private index = 0;
  private state: SpeakerState = 'idle';
  private utterance: SpeechSynthesisUtterance | null = null;
  /** The sentence already tried again after an error (Firefox's first utterance through speech-dispatcher fails once). */
  private retried = -1;

  constructor(
    private readonly sentences: readonly SpokenSentence[],
    private voice: SpeechSynthesisVoice,
    private rate: number,
    private readonly events: SpeakerEvents,
  ) {}

  get current(): number {
    return this.index;
  }

  get count(): number {
    return this.sentences.length;
  }

  get currentState(): SpeakerState {
    return this.state;
  }

  start(from = 0): void {
    this.index = Math.max(0, Math.min(from, this.sentences.length - 1));
    this.setState('speaking');
    this.speakCurrent();
  }

  pause(): void {
    if (this.state !== 'speaking') return;
    this.setState('paused');
    this.silence();
  }

  resume(): void {
    if (this.state !== 'paused' && this.state !== 'finished') return;
    if (this.state === 'finished') this.index = 0;
    this.setState('speaking');
    this.speakCurrent();
  }

  /** Moves by `step` sentences; keeps speaking if it was, else only moves the highlight. */
  move(step: number): void {
    const next = Math.max(0, Math.min(this.index + step, this.sentences.length - 1));
    this.index = next;
    if (this.state === 'speaking') this.speakCurrent();
    else {
      if (this.state === 'finished') this.setState('paused');
      this.events.onSentence(next);
    }
  }

  setRate(rate: number): void {
    this.rate = rate;
    if (this.state === 'speaking') this.speakCurrent();
  }

  setVoice(voice: SpeechSynthesisVoice): void {
    this.voice = voice;
    if (this.state === 'speaking') this.speakCurrent();
  }

  stop(): void {
    this.silence();
    this.setState('idle');
  }

  private setState(state: SpeakerState): void {
    this.state = state;
    this.events.onState(state);
  }

  private silence(): void {
    this.utterance = null;
    speechSynthesis.cancel();
  }

  private speakCurrent(): void {
    const sentence = this.sentences[this.index];
    if (!sentence) return;
    this.silence();
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.voice = this.voice;
    utterance.lang = this.voice.lang;
    utterance.rate = this.rate;
    // Events of a cancelled utterance arrive late: only the current one may move on.
    utterance.addEventListener('end', () => {
      if (this.utterance !== utterance) return;
      if (this.index + 1 >= this.sentences.length) {
        this.utterance = null;
        this.setState('finished');
        return;
      }
      this.index += 1;
      this.speakCurrent();
    });
    utterance.addEventListener('error', (event) => {
      if (this.utterance !== utterance || event.error === 'interrupted' || event.error === 'canceled') return;
      if (this.retried !== this.index) {
        this.retried = this.index;
        setTimeout(() => this.utterance === utterance && this.speakCurrent(), 250);
        return;
      }
      this.utterance = null;
      this.setState('paused');
      this.events.onError(event.error ?? 'unknown');
    });
    this.utterance = utterance;
    this.events.onSentence(this.index);
    speechSynthesis.speak(utterance);
  }
}

/** Asks the browser to start loading its voices, so they are there by the time Listen is pressed. */
export function warmVoices(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.getVoices();
}

/**
 * The browser's voices. They load asynchronously: Chrome's in a moment, Firefox's from
 * speech-dispatcher on Linux only after several seconds (about 8 s measured here) and in batches,
 * so wait for the first ones and then until the list stops growing.
 */
export async function loadVoices(timeoutMs = 15_000): Promise<SpeechSynthesisVoice[]> {
  if (typeof speechSynthesis === 'undefined') return [];
  const deadline = Date.now() + timeoutMs;
  const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  let voices = speechSynthesis.getVoices();
  while (voices.length === 0 && Date.now() < deadline) {
    await pause(100);
    voices = speechSynthesis.getVoices();
  }
  for (let stable = 0; voices.length > 0 && stable < 2 && Date.now() < deadline; ) {
    await pause(250);
    const next = speechSynthesis.getVoices();
    stable = next.length === voices.length ? stable + 1 : 0;
    voices = next;
  }
  return voices;
}
