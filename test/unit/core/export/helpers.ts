/** A small article for the export tests. */
import type { Article } from '../../../../src/core/article.ts';

export function article(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Kim meets Shoigu',
    byline: 'Sumaira FH',
    siteName: 'UrduPoint',
    publishedTime: '2023-07-27T10:10:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    contentHtml: '<p>First paragraph with a <a href="/related">link</a>.</p>',
    text: 'First paragraph with a link.',
    wordCount: 5,
    readingMinutes: 1,
    leadImage: null,
    ...overrides,
  };
}
