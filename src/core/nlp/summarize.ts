/**
 * Extractive summary: the article's most central sentences, shown in article order, each with
 * its offsets so the popup can point at it in the page. Centrality is TextRank over content
 * words (stop words removed when the text is English), weighted by sentence length (longer news
 * sentences carry more of the story), earliness and overlap with the headline. Works in any
 * language the sentence splitter handles.
 */
import { splitSentences, type Sentence } from './sentences.ts';
import { pageRank, textRankSimilarity, topIndices, wordsOf } from './textrank.ts';
import { ENGLISH_STOP_WORDS } from './stop-words.ts';

export interface SummaryOptions {
  /** How many sentences (default 3). */
  sentences?: number;
  title?: string;
}

export interface Summary {
  sentences: Sentence[];
}

/** Sentences shorter than this many words are captions, bylines or fragments, not summary material. */
const MIN_WORDS = 5;

/**
 * TextRank compares every sentence with every other one, so a 3,000-paragraph page would take
 * half a minute. News puts its story first: beyond this many sentences, only the first ones compete.
 */
export const MAX_SUMMARY_SENTENCES = 400;

/** Chosen on half of the BBC development split (bench:summary); earliness matters little there. */
export const SUMMARY_WEIGHTS = { length: 0.8, position: 0.1, title: 0.3 };

export function summarize(text: string, options: SummaryOptions = {}): Summary {
  // NaN or Infinity (a damaged setting) must not mean "no summary" or "the whole text".
  const wanted = Number.isFinite(options.sentences) ? Math.floor(options.sentences as number) : 3;
  const count = Math.min(Math.max(1, wanted), 50);
  const all = splitSentences(text);
  const candidates = all.filter((sentence) => wordsOf(sentence.text).length >= MIN_WORDS);
  const pool = (candidates.length >= count ? candidates : all).slice(0, MAX_SUMMARY_SENTENCES);
  const chosen = rankSentences(pool.map((s) => s.text), options.title ?? '', SUMMARY_WEIGHTS);
  return { sentences: topIndices(chosen, count).map((index) => pool[index] as Sentence) };
}

/** One score per sentence: TextRank centrality scaled by length, position and headline overlap. */
export function rankSentences(sentences: string[], title: string, weights: typeof SUMMARY_WEIGHTS): number[] {
  const words = sentences.map((sentence) => contentWords(wordsOf(sentence)));
  const graph = words.map((a, i) => words.map((b, j) => (i === j ? 0 : textRankSimilarity(a, b))));
  const centrality = pageRank(graph);
  const maxCentrality = centrality.reduce((max, value) => Math.max(max, value), 1e-9);
  const maxLength = words.reduce((max, w) => Math.max(max, w.length), 1);
  const titleWords = new Set(contentWords(wordsOf(title)));
  return words.map((w, i) => {
    const central = (centrality[i] as number) / maxCentrality;
    const length = Math.sqrt(w.length / maxLength);
    const position = 1 / Math.sqrt(i + 1);
    const overlap = titleWords.size === 0 ? 0 : w.filter((word) => titleWords.has(word)).length / titleWords.size;
    return central * (1 - weights.length + weights.length * length) + weights.position * position + weights.title * Math.min(1, overlap);
  });
}

function contentWords(words: string[]): string[] {
  const content = words.filter((word) => !ENGLISH_STOP_WORDS.has(word));
  return content.length > 0 ? content : words;
}
