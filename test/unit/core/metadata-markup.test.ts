// Sites put markup and entities in their metadata; the popup, reader view and the CLI's records all
// show the extracted fields as text, so extraction must hand them over as plain text.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../src/core/extract/index.ts';
import { markupToText } from '../../../src/core/html.ts';

const url = 'https://news.example/2024/story.html';
const body = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the council story tells how the budget vote went, who spoke for it and against it, and what the city will pay for next year.</p>`).join('');

function extract(head: string): NonNullable<ReturnType<typeof extractArticle>> {
  const doc = new JSDOM(`<html><head>${head}</head><body><article>${body}</article></body></html>`, { url }).window.document;
  const article = extractArticle(doc, url);
  if (!article) throw new Error('no article');
  return article;
}

describe('metadata with markup in it becomes plain text', () => {
  it('from <title> (escaped tags and entities)', () => {
    const article = extract('<title>&lt;b&gt;Council&lt;/b&gt; passes budget &amp;amp; tax</title>');
    expect(article.title).toBe('Council passes budget & tax');
  });

  it('from Open Graph', () => {
    const article = extract(`<title>x</title>
      <meta property="og:title" content="&lt;i&gt;Budget&lt;/i&gt; &amp;quot;vote&amp;quot;">
      <meta property="og:site_name" content="&lt;span class=&quot;brand&quot;&gt;City&lt;/span&gt; &amp;amp; Times">
      <meta name="author" content="&lt;a href=&quot;/staff/ana&quot;&gt;Ana Ruiz&lt;/a&gt;">`);
    expect(article.title).toBe('Budget "vote"');
    expect(article.siteName).toBe('City & Times');
    expect(article.byline).toBe('Ana Ruiz');
  });

  it('from JSON-LD, with scripts dropped rather than shown', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '<strong>Budget</strong> passes<script>alert(1)</script>',
      author: { '@type': 'Person', name: '<em>Lee</em> &amp; Kim' },
      publisher: { '@type': 'Organization', name: 'The <b>Daily</b>' },
      datePublished: '<time>2024-03-01</time>',
    };
    const article = extract(`<title>Budget passes</title><script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>`);
    expect(article.title).toBe('Budget passes');
    expect(article.byline).toBe('Lee & Kim');
    expect(article.siteName).toBe('The Daily');
    expect(article.publishedTime).toBe('2024-03-01');
  });

  it('leaves ordinary text alone and keeps a lone < or &', () => {
    const doc = new JSDOM('').window.document;
    expect(markupToText('  Tom   & Jerry ', doc)).toBe('Tom & Jerry');
    expect(markupToText('x < y and AT&T', doc)).toBe('x < y and AT&T');
    expect(markupToText('One<br>Two<p>Three</p>', doc)).toBe('One Two Three');
  });
});
