import { describe, expect, it } from 'vitest';
import { countWords, directionOfText, readingMinutes } from '../../../src/core/text-stats.ts';

describe('countWords', () => {
  it('counts Latin words, keeping contractions and hyphenated words whole', () => {
    expect(countWords("Kim's visit to Pyongyang was well-timed.")).toBe(6);
  });
  it('counts each Chinese or Japanese character, since those scripts have no spaces', () => {
    expect(countWords('金正恩会见俄罗斯国防部长')).toBe(12);
  });
  it('counts Urdu words', () => {
    expect(countWords('لاہور میں شجرکاری مہم کا آغاز')).toBe(6);
  });
  it('is zero for empty or punctuation-only text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' — … ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes, at least one for any text', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array(230 * 4).fill('word').join(' '))).toBe(4);
    expect(readingMinutes('')).toBe(0);
  });
  it('reads Arabic-script text more slowly than Latin text of the same length', () => {
    const words = 900;
    expect(readingMinutes(Array(words).fill('کتاب').join(' '))).toBeGreaterThan(readingMinutes(Array(words).fill('book').join(' ')));
  });
});

describe('directionOfText', () => {
  it('is rtl for Urdu, Arabic and Hebrew, ltr for Latin and mixed Latin-majority text', () => {
    expect(directionOfText('لاہور میں شجرکاری مہم')).toBe('rtl');
    expect(directionOfText('مرحبا بالعالم')).toBe('rtl');
    expect(directionOfText('שלום עולם')).toBe('rtl');
    expect(directionOfText('Hello world, with one word لاہور')).toBe('ltr');
    expect(directionOfText('')).toBe('ltr');
  });
});
