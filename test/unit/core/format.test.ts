import { describe, expect, it } from 'vitest';
import { formatPublished, formatReadingTime } from '../../../src/core/format.ts';

describe('formatPublished', () => {
  it('formats ISO dates and keeps the page’s own words otherwise', () => {
    expect(formatPublished('2024-03-14', 'en-GB')).toBe('14 March 2024');
    expect(formatPublished('2024-03-14T08:00:00Z', 'en-GB')).toMatch(/^14 March 2024( at)?,? \d{2}:\d{2}$/);
    expect(formatPublished('July 27, 2023 | 10:10 AM')).toBe('July 27, 2023 | 10:10 AM');
    expect(formatPublished('2024-99-99')).toBe('2024-99-99');
    expect(formatPublished(null)).toBeNull();
  });
  it('formats for the interface language (Urdu month names)', () => {
    expect(formatPublished('2023-07-27', 'ur')).toContain('جولائی');
  });
});

describe('reading time', () => {
  it('says minutes in plain English', () => {
    expect(formatReadingTime(1)).toBe('1 min read');
    expect(formatReadingTime(7)).toBe('7 min read');
  });
});
