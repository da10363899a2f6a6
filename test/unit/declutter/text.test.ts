// hasMoreWordsThan answers as wordCount would, for every script, while reading only up to the limit.
import { describe, expect, it } from 'vitest';
import { hasMoreWordsThan, wordCount } from '../../../src/core/declutter/text.ts';

const SAMPLES = [
  '',
  '   ',
  'By Jane Doe · 3 May 2024',
  'لاہور میں ضلعی انتظامیہ نے جمعرات کے روز',
  'Präsident Müller sagte: „Wir machen weiter.“',
  'snake_case and kebab-case and e-mail@example.org',
  '東京 2020 — 五輪',
  'x'.repeat(5000),
  'word '.repeat(31),
];

describe('hasMoreWordsThan', () => {
  it('agrees with wordCount at every limit around the count', () => {
    for (const text of SAMPLES) {
      const count = wordCount(text);
      for (const limit of [0, count - 1, count, count + 1].filter((n) => n >= 0)) {
        expect(hasMoreWordsThan(text, limit), `${text.slice(0, 20)} > ${limit}`).toBe(count > limit);
      }
    }
  });

  it('gives the same answer when asked twice in a row (no position left over between calls)', () => {
    expect(hasMoreWordsThan('one two three', 2)).toBe(true);
    expect(hasMoreWordsThan('one two three', 2)).toBe(true);
    expect(hasMoreWordsThan('one two', 2)).toBe(false);
  });
});
