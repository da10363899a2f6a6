/**
 * Which voice reads an article: one that speaks the article's language, never another language's
 * voice by default (an English voice reading Urdu is gibberish). Voices are plain data here, so
 * this runs in Node; the content script passes `speechSynthesis.getVoices()` mapped to `VoiceInfo`.
 */

export interface VoiceInfo {
  name: string;
  /** BCP 47 tag as the browser reports it ("en-US", "ur", sometimes "en_US"). */
  lang: string;
  /** False for voices that send the text to a server (Chrome's "Google …" voices). */
  localService: boolean;
  default: boolean;
}

export type VoiceChoice =
  | { status: 'voice'; voice: VoiceInfo; lang: string }
  /** No voice for `lang`: the person may pick one of `available` (one per language). */
  | { status: 'no-voice'; lang: string; available: VoiceInfo[] };

/** "en_us" → "en-US"-like lower-case form for comparison: "en-us". */
export function normalizeLang(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

export function primaryLang(tag: string): string {
  return normalizeLang(tag).split('-')[0] ?? '';
}

/**
 * Voices the reader may use. Speech is meant to stay on the device, so when the browser has any
 * on-device voice, voices that go over the network are left out. Firefox on Linux reports its
 * speech-dispatcher voices (which are local) as not local; then all of them are kept.
 */
export function usableVoices(voices: readonly VoiceInfo[]): VoiceInfo[] {
  const local = voices.filter((voice) => voice.localService);
  return local.length > 0 ? local : [...voices];
}

/** Better voices first: the browser's default, then the plainest name (espeak's "Urdu" before "Urdu+Adam"), then by name. */
function compareVoices(a: VoiceInfo, b: VoiceInfo): number {
  return Number(b.default) - Number(a.default) || a.name.length - b.name.length || a.name.localeCompare(b.name);
}

/** One voice per language tag, the best of each, ordered by tag: what the person is offered when no voice fits. */
export function voicesByLanguage(voices: readonly VoiceInfo[]): VoiceInfo[] {
  const best = new Map<string, VoiceInfo>();
  for (const voice of voices) {
    const key = normalizeLang(voice.lang);
    const current = best.get(key);
    if (!current || compareVoices(voice, current) < 0) best.set(key, voice);
  }
  return [...best.values()].sort((a, b) => normalizeLang(a.lang).localeCompare(normalizeLang(b.lang)));
}

/**
 * The voice for an article in `lang`. `preferred` is the voice name chosen in the options; it is
 * used only when it speaks the article's language. `region` ranks "en-GB" over "en-US" for a
 * British reader when the article only says "en".
 */
export function chooseVoice(voices: readonly VoiceInfo[], lang: string, preferred = '', region = ''): VoiceChoice {
  const usable = usableVoices(voices);
  const wanted = normalizeLang(lang);
  const primary = primaryLang(lang);
  const speaking = usable.filter((voice) => primaryLang(voice.lang) === primary);
  if (!primary || speaking.length === 0) return { status: 'no-voice', lang: wanted, available: voicesByLanguage(usable) };
  const chosen = speaking.find((voice) => voice.name === preferred);
  if (chosen) return { status: 'voice', voice: chosen, lang: wanted };
  const regional = region ? `${primary}-${region.toLowerCase()}` : '';
  const rank = (voice: VoiceInfo): number => {
    const tag = normalizeLang(voice.lang);
    if (tag === wanted) return 0;
    if (regional && tag === regional) return 1;
    if (tag === primary) return 2;
    return 3;
  };
  const best = [...speaking].sort((a, b) => rank(a) - rank(b) || compareVoices(a, b))[0] as VoiceInfo;
  return { status: 'voice', voice: best, lang: wanted };
}

/** Urdu-only letters (ٹ ڈ ڑ ں ہ ھ ے ۔) tell Urdu from Arabic and Persian in the same script. */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06C1\u06BE\u06D2\u06D4]/u;

/**
 * The language to read `text` in when the page did not say: by script, since a script is certain
 * where a language guess is not. Latin text falls back to `fallback` (the browser's language).
 */
export function guessSpeechLang(text: string, fallback: string): string {
  const sample = text.slice(0, 5000);
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return fallback;
  if (arabic / letters > 0.5) return URDU_LETTERS.test(sample) ? 'ur' : 'ar';
  const scripts: [RegExp, string][] = [
    [/\p{Script=Devanagari}/gu, 'hi'],
    [/\p{Script=Bengali}/gu, 'bn'],
    [/\p{Script=Cyrillic}/gu, 'ru'],
    [/\p{Script=Greek}/gu, 'el'],
    [/\p{Script=Hebrew}/gu, 'he'],
    [/\p{Script=Han}/gu, 'zh'],
    [/\p{Script=Hangul}/gu, 'ko'],
    [/\p{Script=Thai}/gu, 'th'],
  ];
  for (const [script, tag] of scripts) if ((sample.match(script)?.length ?? 0) / letters > 0.5) return tag;
  return fallback;
}
