// Golden tests: every folder in test/fixtures/pages with an expected.json is a case, found automatically.
// Add one with `npm run -s add-golden -- FILE NAME`.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/extract/index.ts';

interface Expected {
  article: boolean;
  title?: string;
  byline?: string;
  siteName?: string;
  lang?: string;
  dir?: string;
  publishedTime?: string;
  contains?: string[];
  notContains?: string[];
  htmlContains?: string[];
  minWords?: number;
}

const PAGES = 'test/fixtures/pages';
const cases = readdirSync(PAGES).filter((name) => existsSync(join(PAGES, name, 'expected.json')));

describe('golden pages', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(4));

  for (const name of cases) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8')) as Expected;
      const url = `http://127.0.0.1/${name}/source.html`;
      const html = readFileSync(join(PAGES, name, 'source.html'), 'utf8');
      const article = extractArticle(new JSDOM(html, { url }).window.document, url);
      if (!expected.article) {
        expect(article).toBeNull();
        return;
      }
      expect(article).not.toBeNull();
      if (!article) return;
      for (const field of ['title', 'byline', 'siteName', 'lang', 'dir', 'publishedTime'] as const) {
        if (expected[field] !== undefined) expect(article[field], field).toBe(expected[field]);
      }
      for (const text of expected.contains ?? []) expect(article.text).toContain(text);
      for (const text of expected.notContains ?? []) expect(article.text).not.toContain(text);
      for (const markup of expected.htmlContains ?? []) expect(article.contentHtml).toContain(markup);
      expect(article.wordCount).toBeGreaterThanOrEqual(expected.minWords ?? 1);
    });
  }
});
