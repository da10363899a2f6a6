/**
 * The article-extraction benchmark's scoring rule (data/article-extraction-benchmark/README.md):
 * 4-token shingles over /[\p{L}\p{N}_]+/gu, case-sensitive, as multisets; corpus precision and
 * recall are means over pages; F1 is the harmonic mean of those means. Shared by every benchmark
 * that scores text against an article.
 */

export interface PageScore {
  precision: number;
  recall: number;
  /** Whether the prediction had any shingles (empty predictions are left out of precision). */
  predicted: boolean;
  /** Whether the truth had any shingles (pages with no truth are left out of recall). */
  hasTruth: boolean;
  exact: boolean;
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

export function shingles(words: string[], size = 4): Map<string, number> {
  const counts = new Map<string, number>();
  if (words.length === 0) return counts;
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  if (words.length < size) {
    add(words.join('\u0001'));
    return counts;
  }
  for (let i = 0; i + size <= words.length; i++) add(words.slice(i, i + size).join('\u0001'));
  return counts;
}

export function scorePage(truthText: string, predictedText: string): PageScore {
  const truthTokens = tokens(truthText);
  const predictedTokens = tokens(predictedText);
  const truth = shingles(truthTokens);
  const predicted = shingles(predictedTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of truth) {
    const p = predicted.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of predicted) fp += Math.max(0, p - (truth.get(key) ?? 0));
  const total = tp + fp + fn;
  const [TP, FP, FN] = total > 0 ? [tp / total, fp / total, fn / total] : [0, 0, 0];
  const precision = FP === 0 && FN === 0 ? 1 : TP + FP === 0 ? 0 : TP / (TP + FP);
  const recall = FP === 0 && FN === 0 ? 1 : TP + FN === 0 ? 0 : TP / (TP + FN);
  const exact = truthTokens.length === predictedTokens.length && truthTokens.every((token, i) => token === predictedTokens[i]);
  return { precision, recall, predicted: tp + fp > 0, hasTruth: tp + fn > 0, exact };
}

export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const withPrediction = pages.filter((page) => page.predicted);
  const withTruth = pages.filter((page) => page.hasTruth);
  const precision = mean(withPrediction.map((page) => page.precision));
  const recall = mean(withTruth.map((page) => page.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = pages.length ? pages.filter((page) => page.exact).length / pages.length : 0;
  return { precision, recall, f1, accuracy, pages: pages.length };
}

function mean(values: number[]): number {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}
