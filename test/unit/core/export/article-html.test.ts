import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { articleToHtml } from '../../../../src/core/export/index.ts';
import { article } from './helpers.ts';

const win = new JSDOM('', { url: 'https://news.example/world/story' }).window as unknown as Window;
const options = { sourceUrl: 'https://news.example/world/story', publishedText: 'July 27, 2023', readingTimeText: '1 min read', css: '.overlay { color: red; }' };

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('articleToHtml', () => {
  it('is one document with the reader styles inlined, the facts, the source link and the body', () => {
    const html = articleToHtml(article(), win, options);
    expect(html.startsWith('<!doctype html>\n<html dir="ltr" lang="en">')).toBe(true);
    const doc = parse(html);
    expect(doc.title).toBe('Kim meets Shoigu');
    expect(doc.querySelector('style')?.textContent).toBe('.overlay { color: red; }');
    expect(doc.querySelector('h1')?.textContent).toBe('Kim meets Shoigu');
    expect(doc.querySelector('.meta')?.textContent).toContain('Sumaira FH');
    expect(doc.querySelector('a.source')?.getAttribute('href')).toBe('https://news.example/world/story');
    expect(doc.querySelector('.content p')?.textContent).toBe('First paragraph with a link.');
    expect(doc.querySelectorAll('link[rel=stylesheet], script')).toHaveLength(0);
  });
  it('has no scripts or handlers, and a policy that forbids them', () => {
    const hostile = article({ contentHtml: '<p onclick="x()">Hi</p><script>alert(1)</script><img src="https://a.example/i.png" onerror="alert(2)"><a href="javascript:alert(3)">j</a>' });
    const html = articleToHtml(hostile, win, options);
    expect(html).not.toMatch(/<script|onclick|onerror|javascript:/i);
    expect(parse(html).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/default-src 'none'/);
  });
  it('keeps a right-to-left article right to left', () => {
    const doc = parse(articleToHtml(article({ dir: 'rtl', lang: 'ur', title: 'بجٹ', contentHtml: '<p>بجٹ پیش کیا گیا۔</p>' }), win, options));
    expect(doc.documentElement.dir).toBe('rtl');
    expect(doc.documentElement.lang).toBe('ur');
    expect(doc.querySelector('article')?.getAttribute('dir')).toBe('rtl');
  });
  it('escapes the title and byline as text', () => {
    const html = articleToHtml(article({ title: '</title><script>alert(1)</script>', byline: '<b>x</b>' }), win, options);
    expect(html).not.toContain('<script>');
    expect(parse(html).querySelector('h1')?.textContent).toBe('</title><script>alert(1)</script>');
  });
});
