/**
 * Whether the entity finder can read a text. It is built on English capitalisation, an English
 * lexicon and English word lists, so for anything else it says so instead of showing junk.
 */
import { ENGLISH_FUNCTION_WORDS } from './word-lists.ts';

/** True when `text` reads as English: mostly Latin letters and enough English function words. */
export function isEnglishText(text: string, lang?: string | null): boolean {
  if (lang && !/^en\b/i.test(lang.trim())) return false;
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return false;
  const latin = sample.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0;
  if (latin / letters < 0.8) return false;
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 5) return words.length > 0;
  const common = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  return common / words.length >= 0.08;
}
