import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findLeadImage, findPublishedTime } from '../../../src/core/metadata.ts';

const doc = (html: string): Document => new JSDOM(html, { url: 'https://news.example/a/b.html' }).window.document;

describe('findPublishedTime', () => {
  it('prefers article:published_time', () => {
    expect(findPublishedTime(doc('<meta property="article:published_time" content="2023-07-27T10:10:00Z"><time datetime="2020-01-01">'))).toBe('2023-07-27T10:10:00Z');
  });
  it('reads JSON-LD, including @graph, and survives broken JSON-LD', () => {
    const html = `<script type="application/ld+json">{broken</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-01-02"}]}</script>`;
    expect(findPublishedTime(doc(html))).toBe('2024-01-02');
  });
  it('falls back to <time datetime> and then to visible "Published …" text', () => {
    expect(findPublishedTime(doc('<article><time datetime="2022-05-06T07:00">6 May</time></article>'))).toBe('2022-05-06T07:00');
    expect(findPublishedTime(doc('<div class="byline">Sumaira FH <span class="date">Published July 27, 2023 | 10:10 AM</span></div>'))).toBe('July 27, 2023 | 10:10 AM');
  });
  it('returns null when the page gives no date', () => {
    expect(findPublishedTime(doc('<p>No date here.</p>'))).toBeNull();
  });
});

describe('findLeadImage', () => {
  it('uses og:image, made absolute', () => {
    expect(findLeadImage(doc('<meta property="og:image" content="/img/lead.jpg">'), 'https://news.example/a/b.html', [])).toBe('https://news.example/img/lead.jpg');
  });
  it('falls back to the first image of the article and ignores non-http addresses', () => {
    expect(findLeadImage(doc(''), 'https://news.example/a/', ['pic.png'])).toBe('https://news.example/a/pic.png');
    expect(findLeadImage(doc('<meta property="og:image" content="javascript:alert(1)">'), 'https://news.example/', [])).toBeNull();
  });
});
