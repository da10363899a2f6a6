import { describe, expect, it } from 'vitest';
import { contentWords, textRank, textRankSimilarity } from '../../../src/core/nlp/textrank.ts';
import { rankSentences } from '../../../src/core/nlp/summarize.ts';

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

describe('rankSentences', () => {
  it('prefers, among equally central sentences, the one sharing words with the headline', () => {
    const sentences = ['The storm reached the coast at dawn.', 'Officials closed schools along the coast.'];
    const weights = { length: 1, position: 0, title: 0.2 };
    const without = rankSentences(sentences, '', weights);
    const withHeadline = rankSentences(sentences, 'Storm batters towns', weights);
    expect(withHeadline[0] as number).toBeCloseTo((without[0] as number) + 0.2 / 3);
    expect(withHeadline[1]).toBeCloseTo(without[1] as number);
  });
});
