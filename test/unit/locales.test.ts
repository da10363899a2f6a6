// Adding a language is one folder in public/_locales: every message of English must be there, with
// the same placeholders used in the text, so no key ever shows up in place of words.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const DIR = 'public/_locales';
const read = (locale: string): Messages => JSON.parse(readFileSync(join(DIR, locale, 'messages.json'), 'utf8')) as Messages;
const english = read('en');
const others = readdirSync(DIR).filter((name) => name !== 'en');
const placeholdersIn = (text: string): string[] => Array.from(text.matchAll(/\$([A-Za-z0-9_]+)\$/g), (match) => (match[1] as string).toUpperCase()).sort();

describe('translations', () => {
  it('include Urdu', () => expect(others).toContain('ur'));

  for (const locale of others) {
    it(`${locale} has every English message, with its placeholders, and nothing else`, () => {
      const messages = read(locale);
      expect(Object.keys(english).filter((key) => !(key in messages))).toEqual([]);
      expect(Object.keys(messages).filter((key) => !(key in english))).toEqual([]);
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message.trim(), key).not.toBe('');
        expect(placeholdersIn(entry.message), key).toEqual(placeholdersIn(english[key]?.message ?? ''));
        expect(entry.placeholders ?? {}, key).toEqual(english[key]?.placeholders ?? {});
      }
    });
  }
});
