import { describe, expect, it } from 'vitest';
import { comparableWords, MAX_SUMMARY_SENTENCES, rankSentences, summarize } from '../../../src/core/nlp/summarize.ts';
import { splitSentences } from '../../../src/core/nlp/sentences.ts';

const ARTICLE = [
  'The city council approved a new budget for public transport on Tuesday after a long debate.',
  'Bus fares will fall by ten percent and new tram lines will be built across the city over five years.',
  'Short note.',
  'Several council members argued that the transport budget would strain other services such as libraries.',
  'The mayor said the transport plan would cut traffic and pollution and help families with the cost of living.',
  'Weather was mild.',
  'Work on the first tram line of the transport plan is expected to begin next spring, the council said.',
].join(' ');

describe('summarize', () => {
  it('returns the requested number of sentences, in article order, with exact offsets', () => {
    const summary = summarize(ARTICLE, { sentences: 3 });
    expect(summary.sentences).toHaveLength(3);
    const starts = summary.sentences.map((s) => s.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const s of summary.sentences) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
    expect(summary.sentences.map((s) => s.text)).not.toContain('Short note.');
    expect(summary.sentences.map((s) => s.text)).not.toContain('Weather was mild.');
  });

  it('never returns more sentences than the text has', () => {
    expect(summarize('One sentence only here with words.', { sentences: 3 }).sentences).toHaveLength(1);
    expect(summarize('', { sentences: 3 }).sentences).toHaveLength(0);
  });

  it('summarises Urdu text, split on the Urdu full stop and question mark', () => {
    const urdu = 'حکومت نے نئے بجٹ کا اعلان کر دیا ہے اور عوام کو ریلیف دیا گیا ہے۔ کیا یہ بجٹ عوام کے لیے بہتر ہے؟ ماہرین کے مطابق بجٹ میں تعلیم اور صحت کے لیے زیادہ رقم رکھی گئی ہے۔ موسم آج صاف رہا۔';
    const sentences = splitSentences(urdu);
    expect(sentences.map((s) => s.text.slice(-1))).toEqual(['۔', '؟', '۔', '۔']);
    const summary = summarize(urdu, { sentences: 2 });
    expect(summary.sentences).toHaveLength(2);
    for (const s of summary.sentences) expect(urdu.slice(s.start, s.end)).toBe(s.text);
  });

  it('ranks only the first sentences of a huge text, so the popup stays responsive', () => {
    // Later sentences are longer and all alike (so the most central): uncapped, they would win.
    const early = Array.from({ length: MAX_SUMMARY_SENTENCES }, (_, i) => `Item ${i} was noted by the clerk today.`);
    const late = Array.from({ length: 600 }, (_, i) => `Item ${MAX_SUMMARY_SENTENCES + i} says the council vote on the north bridge repair budget was delayed again by residents and engineers.`);
    const summary = summarize([...early, ...late].join(' '));
    expect(summary.sentences).toHaveLength(3);
    for (const sentence of summary.sentences) expect(Number(sentence.text.match(/Item (\d+)/)?.[1])).toBeLessThan(MAX_SUMMARY_SENTENCES);
  });
});

describe('rankSentences', () => {
  const TOPIC = [
    'The council approved the transport budget.',
    'The council approved the transport budget after members debated bus fares, tram lines and the cost of travel for families for six hours.',
    'The transport budget gives the council money for buses.',
    'Weather was mild and dry across the region all week.',
    'A local bakery won a prize for its bread at the county fair.',
    'Fans of the football club queued for tickets before the cup match on Saturday evening in the rain.',
  ];

  it('prefers, of two sentences among the most central, the longer one', () => {
    const scores = rankSentences(TOPIC);
    expect(scores[1] as number).toBeGreaterThan(scores[0] as number);
    expect(scores[1] as number).toBeGreaterThan(scores[2] as number);
  });

  it('does not let a long sentence off the story beat the central ones', () => {
    const scores = rankSentences(TOPIC);
    for (const central of [0, 1, 2]) expect(scores[central] as number).toBeGreaterThan(scores[5] as number);
  });

  it('compares sentences on words, not numbers', () => {
    expect(comparableWords('Profits rose 27% to $284m in 2004')).toEqual(['profits', 'rose']);
    expect(comparableWords('2004 2005')).toEqual(['2004', '2005']);
  });
});

describe('splitSentences', () => {
  it('keeps news abbreviations inside sentences and splits the Hindi danda', () => {
    const texts = splitSentences('Mr. Smith flew to the U.S. on Jul. 27 at 5 p.m. He met Gen. Lee there.\nयह पहला वाक्य है। यह दूसरा है।').map((s) => s.text);
    expect(texts).toEqual(['Mr. Smith flew to the U.S. on Jul. 27 at 5 p.m.', 'He met Gen. Lee there.', 'यह पहला वाक्य है।', 'यह दूसरा है।']);
  });

  it('joins lines wrapped inside a sentence and keeps offsets into the original text', () => {
    const text = 'The committee met on Monday and\nagreed a plan. Work starts soon.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['The committee met on Monday and\nagreed a plan.', 'Work starts soon.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
