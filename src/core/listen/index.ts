/** Listen: what to read aloud, sentence by sentence, and in which voice. */
export { spokenSentences, spokenText, type SentenceSpan, type SpokenSentence } from './sentences.ts';
export { chooseVoice, guessSpeechLang, normalizeLang, primaryLang, usableVoices, voicesByLanguage, type VoiceChoice, type VoiceInfo } from './voices.ts';
