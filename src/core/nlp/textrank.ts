/**
 * TextRank (Mihalcea & Tarau 2004) over sentences: similarity is shared words over the sum of the
 * log lengths, scores come from PageRank (damping 0.85). Used on its own as the benchmark's
 * baseline and, with our other signals, inside the summariser.
 */
import { ENGLISH_STOP_WORDS } from './stop-words.ts';

/** Lower-case words of a sentence, in any script. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

export function textRankSimilarity(a: string[], b: string[]): number {
  if (a.length < 2 || b.length < 2) return 0;
  const set = new Set(b);
  let shared = 0;
  for (const word of new Set(a)) if (set.has(word)) shared++;
  return shared / (Math.log(a.length) + Math.log(b.length));
}

/** PageRank over a symmetric weighted graph given as a matrix; returns one score per node. */
export function pageRank(weights: number[][], damping = 0.85, iterations = 50): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const outSum = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let scores = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < iterations; iter++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      const out = outSum[j] as number;
      if (out === 0) {
        for (let i = 0; i < n; i++) next[i] = (next[i] as number) + (damping * (scores[j] as number)) / n;
        continue;
      }
      const row = weights[j] as number[];
      for (let i = 0; i < n; i++) {
        const w = row[i] as number;
        if (w > 0) next[i] = (next[i] as number) + (damping * (scores[j] as number) * w) / out;
      }
    }
    scores = next;
  }
  return scores;
}

/**
 * Lower-case words without English stop words, as TextRank implementations compare sentences
 * (all words when a sentence has nothing else, so other languages keep their words).
 */
export function contentWords(text: string): string[] {
  const words = wordsOf(text);
  const content = words.filter((word) => !ENGLISH_STOP_WORDS.has(word));
  return content.length > 0 ? content : words;
}

/** TextRank as published: indices of the `count` most central sentences, in article order. */
export function textRank(sentences: string[], count: number): number[] {
  const words = sentences.map(contentWords);
  const weights = words.map((a, i) => words.map((b, j) => (i === j ? 0 : textRankSimilarity(a, b))));
  const scores = pageRank(weights);
  return topIndices(scores, count);
}

/** Indices of the `count` highest scores (earlier first on ties), returned in ascending order. */
export function topIndices(scores: number[], count: number): number[] {
  return scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .map((item) => item.index)
    .sort((a, b) => a - b);
}
