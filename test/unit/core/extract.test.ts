import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../src/core/extract/index.ts';
import { blockText } from '../../../src/core/extract/block-text.ts';

const url = 'https://www.urdupoint.com/en/world/kim.html';
const sample = readFileSync('test/fixtures/pages/urdupoint-kim-shoigu/source.html', 'utf8');

describe('extractArticle', () => {
  it('never modifies the live document', () => {
    const doc = new JSDOM(sample, { url }).window.document;
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, url);
    extractArticle(doc, url, { force: true });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('returns null for a page of links, and the best candidate when forced', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Story number ${i} about the city council and its budget</a></li>`).join('');
    const doc = new JSDOM(`<html><body><h1>Home</h1><ul>${links}</ul></body></html>`, { url }).window.document;
    expect(extractArticle(doc, url)).toBeNull();
    const forced = extractArticle(doc, url, { force: true });
    expect(forced?.text).toContain('Story number 1');
  });

  it('returns null for an empty page even when forced', () => {
    expect(extractArticle(new JSDOM('<html><body></body></html>', { url }).window.document, url, { force: true })).toBeNull();
  });

  it('separates paragraphs in text and counts words', () => {
    const article = extractArticle(new JSDOM(sample, { url }).window.document, url);
    expect(article?.text.split('\n\n')).toHaveLength(9);
    expect(article?.wordCount).toBeGreaterThan(250);
    expect(article?.readingMinutes).toBe(1);
    expect(article?.siteName).toBe('UrduPoint');
    expect(article?.leadImage).toBe('https://www.urdupoint.com/en/world/kim-shoigu.svg');
  });

  it('promotes lazy images and <noscript> fallbacks on the clone', () => {
    const body = Array.from({ length: 8 }, () => '<p>Paragraph of a real article with enough words to be read as such by Readability, which needs text.</p>').join('');
    const html = `<article><h1>T</h1><img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">${body}<noscript><img src="/fallback.jpg"></noscript>${body}</article>`;
    const article = extractArticle(new JSDOM(html, { url }).window.document, url, { force: true });
    expect(article?.contentHtml).toContain('real.jpg');
    expect(article?.contentHtml).toContain('fallback.jpg');
  });
});

describe('blockText', () => {
  it('puts blank lines between blocks and tabs between cells', () => {
    const { document } = new JSDOM('<div><h2>Head</h2><p>One <b>two</b></p><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table><p>line<br>break</p></div>').window;
    expect(blockText(document.querySelector('div') as Element)).toBe('Head\n\nOne two\n\na\n\nb\n\nx\ty\n\nline\nbreak');
  });

  it('leaves ruby readings out of the running text', () => {
    const { document } = new JSDOM('<p><ruby>最近<rp>(</rp><rt>さいきん</rt><rp>)</rp></ruby>、法律</p>').window;
    expect(blockText(document.querySelector('p') as Element)).toBe('最近、法律');
  });
});
