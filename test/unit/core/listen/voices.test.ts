import { describe, expect, it } from 'vitest';
import { chooseVoice, guessSpeechLang, voicesByLanguage, type VoiceInfo } from '../../../../src/core/listen/index.ts';

const voice = (name: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({ name, lang, localService: true, default: false, ...extra });

const ESPEAK = [
  voice('Afrikaans espeak-ng', 'af', { default: true }),
  voice('English (America) espeak-ng', 'en-US'),
  voice('English (America)+Adam espeak-ng', 'en-US'),
  voice('English (Great Britain) espeak-ng', 'en-GB'),
  voice('Hindi espeak-ng', 'hi'),
  voice('Urdu espeak-ng', 'ur'),
  voice('Urdu+Adam espeak-ng', 'ur'),
];

describe('chooseVoice', () => {
  it('picks a voice of the article language, the exact region first, the plain voice over its variants', () => {
    expect(chooseVoice(ESPEAK, 'ur-PK')).toEqual({ status: 'voice', voice: ESPEAK[5], lang: 'ur-pk' });
    expect(chooseVoice(ESPEAK, 'en-GB').status === 'voice' && chooseVoice(ESPEAK, 'en-GB')).toMatchObject({ voice: { name: 'English (Great Britain) espeak-ng' } });
    expect(chooseVoice(ESPEAK, 'en_US')).toMatchObject({ voice: { name: 'English (America) espeak-ng' } });
  });
  it('uses the reader’s region when the article only names its language', () => {
    expect(chooseVoice(ESPEAK, 'en', '', 'GB')).toMatchObject({ voice: { name: 'English (Great Britain) espeak-ng' } });
  });
  it('uses the preferred voice only for articles in its language', () => {
    expect(chooseVoice(ESPEAK, 'ur', 'Urdu+Adam espeak-ng')).toMatchObject({ voice: { name: 'Urdu+Adam espeak-ng' } });
    expect(chooseVoice(ESPEAK, 'ur', 'English (America) espeak-ng')).toMatchObject({ voice: { name: 'Urdu espeak-ng' } });
  });
  it('never reads a language with another language’s voice: no voice, and one voice per language on offer', () => {
    const englishOnly = ESPEAK.filter((v) => v.lang.startsWith('en'));
    const choice = chooseVoice(englishOnly, 'ur');
    expect(choice.status).toBe('no-voice');
    expect(choice.status === 'no-voice' && choice.available.map((v) => v.name)).toEqual(['English (Great Britain) espeak-ng', 'English (America) espeak-ng']);
    expect(chooseVoice([], 'en')).toEqual({ status: 'no-voice', lang: 'en', available: [] });
  });
  it('keeps speech on the device when any on-device voice exists', () => {
    const chrome = [voice('Google UK English Female', 'en-GB', { localService: false }), voice('English (America) espeak-ng', 'en-US')];
    expect(chooseVoice(chrome, 'en-GB')).toMatchObject({ voice: { name: 'English (America) espeak-ng' } });
    // Firefox reports its speech-dispatcher voices as not local: they are all there is, so they are used.
    expect(chooseVoice([voice('Urdu', 'ur', { localService: false })], 'ur')).toMatchObject({ status: 'voice', voice: { name: 'Urdu' } });
  });
});

describe('voicesByLanguage', () => {
  it('keeps the best voice of each language tag, sorted by tag', () => {
    expect(voicesByLanguage(ESPEAK).map((v) => v.name)).toEqual([
      'Afrikaans espeak-ng', 'English (Great Britain) espeak-ng', 'English (America) espeak-ng', 'Hindi espeak-ng', 'Urdu espeak-ng',
    ]);
  });
});

describe('guessSpeechLang', () => {
  it('reads the script when the page names no language', () => {
    expect(guessSpeechLang('وفاقی حکومت نے بجٹ پیش کر دیا۔', 'en-US')).toBe('ur');
    expect(guessSpeechLang('أعلنت الحكومة الميزانية', 'en-US')).toBe('ar');
    expect(guessSpeechLang('सरकार ने बजट पेश किया', 'en-US')).toBe('hi');
    expect(guessSpeechLang('The government presented the budget.', 'en-GB')).toBe('en-GB');
    expect(guessSpeechLang('1234', 'fr')).toBe('fr');
  });
});
