import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core/extract/index.ts';
import { postClean } from '../../../../src/core/extract/post-clean/index.ts';
import { body } from './helpers.ts';

const FIXTURE = readFileSync('test/fixtures/pages/urdupoint-kim-shoigu/source.html', 'utf8');
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const PARAGRAPHS = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the report says the committee met again on Tuesday to weigh the proposal, and members asked detailed questions about cost, timing and the effect on local residents.</p>`,
).join('');

const ARTICLE = `<!doctype html><html lang="en"><head><title>Council closes road</title><meta property="og:type" content="article"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
  <h1>Council closes road</h1>
  <p>Published 11:11 PM EST Nov 19, 2019</p>
  <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://example.com/road.jpg" alt="The road">
    <figcaption>The old road at dawn. Photo: Jane Doe / AP</figcaption></figure>
  ${PARAGRAPHS}
  <div>Advertisement</div>
  <iframe src="https://www.youtube.com/embed/abc123" width="560" height="315"></iframe>
  <blockquote class="twitter-tweet"><p>Road closed today, finally.</p><a href="https://twitter.com/x/status/1">November 19, 2019</a></blockquote>
  <p>READ MORE: <a href="/other">Another story about roads</a></p>
  <p>Sign up to our newsletter for the latest news in your inbox</p>
</article>
<footer>Copyright</footer></body></html>`;

describe('extractArticle', () => {
  it('never mutates the live document', () => {
    for (const html of [FIXTURE, ARTICLE]) {
      const doc = parse(html);
      const before = doc.documentElement.outerHTML;
      expect(extractArticle(doc, 'https://example.com/a')).not.toBeNull();
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('keeps figures, lazy images, captions, videos and tweets in contentHtml, and leaves captions out of text', () => {
    const article = extractArticle(parse(ARTICLE), 'https://example.com/a')!;
    const content = parse(article.contentHtml);
    expect(content.querySelector('img')?.getAttribute('src')).toBe('https://example.com/road.jpg');
    expect(content.querySelector('figcaption')?.textContent).toContain('The old road at dawn');
    expect(content.querySelector('iframe')?.getAttribute('src')).toBe('https://www.youtube.com/embed/abc123');
    expect(content.querySelector('blockquote a')?.getAttribute('href')).toBe('https://twitter.com/x/status/1');
    expect(article.text).not.toContain('The old road at dawn');
    expect(article.text).toContain('Paragraph 1 of the report');
    expect(article.text).toContain('Paragraph 8 of the report');
  });

  it('drops furniture, related links, pitches and datelines from both text and contentHtml', () => {
    const article = extractArticle(parse(ARTICLE), 'https://example.com/a')!;
    for (const junk of ['Advertisement', 'READ MORE', 'Sign up to our newsletter', 'Published 11:11 PM']) {
      expect(article.text).not.toContain(junk);
      expect(article.contentHtml).not.toContain(junk);
    }
  });

  it('keeps the article of a short page that declares itself one', () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body><article><p>${'A short note about the weather today. '.repeat(6)}</p></article></body></html>`;
    expect(extractArticle(parse(html), 'https://example.com/n')).not.toBeNull();
  });

  it('keeps a short link-free post on an undeclared page, but not a short run of teaser links', () => {
    const note = 'Walking home today I saw a basket let down on a rope from a fourth-floor balcony to the street below. ';
    const post = `<html><body><div class="post"><p>${note.repeat(2)}</p><p>${note}</p></div></body></html>`;
    expect(extractArticle(parse(post), 'https://example.com/p')?.text).toContain('basket let down');
    const teaser = `<p>${note.repeat(2)}</p><p>${Array.from({ length: 8 }, (_, i) => `<a href="/s/${i}">Another story about town, part ${i + 1}</a>`).join(' ')}</p>`;
    expect(extractArticle(parse(`<html><body><div>${teaser}</div></body></html>`), 'https://example.com/t')).toBeNull();
  });
});

describe('postClean', () => {
  it('drops class names after the rules have used them', () => {
    const root = body('<p class="lead">Story.</p><span class="caption">A caption</span>');
    postClean(root);
    expect(root.querySelector('[class]')).toBeNull();
    expect(root.querySelector('figcaption')?.textContent).toBe('A caption');
  });
});
