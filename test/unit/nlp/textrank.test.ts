import { describe, expect, it } from 'vitest';
import { contentWords, textRank, textRankSimilarity } from '../../../src/core/nlp/textrank.ts';

describe('TextRank as published', () => {
  it('compares sentences on content words, normalised by the log of both lengths', () => {
    expect(contentWords('The bank said it would cut rates')).toEqual(['bank', 'cut', 'rates']);
    const a = ['bank', 'cut', 'rates'];
    const b = ['bank', 'rates', 'rise', 'again'];
    expect(textRankSimilarity(a, b)).toBeCloseTo(2 / (Math.log(3) + Math.log(4)));
  });

  it('keeps every word of a language without English stop words', () => {
    expect(contentWords('وزیر اعظم نے آج')).toEqual(['وزیر', 'اعظم', 'نے', 'آج']);
  });

  it('picks the sentences that share most with the others, in article order', () => {
    const sentences = [
      'Weather was mild in the north.',
      'The central bank cut interest rates to a record low on Tuesday.',
      'Analysts had expected the bank to cut rates after weak growth.',
      'A football match ended in a draw.',
      'Lower interest rates should help growth, the bank said.',
    ];
    expect(textRank(sentences, 3)).toEqual([1, 2, 4]);
  });
});
