import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { articleToMarkdown, htmlToMarkdown } from '../../../../src/core/export/index.ts';
import { article } from './helpers.ts';

const jsdom = new JSDOM('', { url: 'https://news.example/world/story' });
const win = jsdom.window as unknown as Window;

function md(html: string, base = 'https://news.example/world/story'): string {
  const root = new jsdom.window.DOMParser().parseFromString(html, 'text/html').body;
  return htmlToMarkdown(root as unknown as Element, base);
}


describe('htmlToMarkdown', () => {
  it('writes headings, paragraphs, emphasis and absolute links', () => {
    expect(md('<h2>Talks</h2><p>He <em>said</em> <strong>no</strong> to <a href="/a b">them</a>.</p>')).toBe(
      '## Talks\n\nHe *said* **no** to [them](https://news.example/a%20b).',
    );
  });
  it('writes nested lists, ordered lists with their start, and quotes with paragraphs', () => {
    expect(md('<ul><li>one<ul><li>inner</li></ul></li><li>two</li></ul><ol start="3"><li>c</li><li>d</li></ol>')).toBe('- one\n\n  - inner\n- two\n\n3. c\n4. d');
    expect(md('<blockquote><p>We will.</p><p>Soon.</p></blockquote>')).toBe('> We will.\n>\n> Soon.');
  });
  it('writes images, image links and figures with captions', () => {
    expect(md('<figure><img src="/i.jpg" alt="A [crowd]"><figcaption>Crowds in Pyongyang</figcaption></figure>')).toBe(
      '![A \\[crowd\\]](https://news.example/i.jpg)\n\nCrowds in Pyongyang',
    );
    expect(md('<p><a href="https://x.example/big.jpg"><img src="https://x.example/small.jpg" alt="map"></a></p>')).toBe(
      '[![map](https://x.example/small.jpg)](https://x.example/big.jpg)',
    );
  });
  it('escapes text that would read as Markdown, and drops script links', () => {
    expect(md('<p># not a heading *or* [link]</p><p>1. not a list</p><p><a href="javascript:alert(1)">x</a></p>')).toBe(
      '\\# not a heading \\*or\\* \\[link\\]\n\n1\\. not a list\n\nx',
    );
  });
  it('writes tables, code blocks and inline code', () => {
    expect(md('<table><tr><th>a</th><th>b|c</th></tr><tr><td>1</td><td>2</td></tr></table>')).toBe('| a | b\\|c |\n| --- | --- |\n| 1 | 2 |');
    expect(md('<pre><code>x = `y`\n</code></pre><p>use <code>npm</code></p>')).toBe('```\nx = `y`\n```\n\nuse `npm`');
  });
});

describe('articleToMarkdown', () => {
  it('starts with the title, byline, date and source link', () => {
    const text = articleToMarkdown(article(), win.document, { sourceUrl: 'https://news.example/world/story', publishedText: 'July 27, 2023' });
    expect(text).toBe(
      '# Kim meets Shoigu\n\nBy Sumaira FH · July 27, 2023\n\nSource: [UrduPoint](https://news.example/world/story)\n\nFirst paragraph with a [link](https://news.example/related).\n',
    );
  });
  it('keeps a right-to-left article right to left', () => {
    const urdu = article({ title: 'بجٹ پیش', dir: 'rtl', lang: 'ur', byline: null, contentHtml: '<p>قومی اسمبلی میں بجٹ پیش کیا گیا۔</p>' });
    const text = articleToMarkdown(urdu, win.document, { sourceUrl: 'https://ur.example/a', publishedText: null });
    expect(text.startsWith('<div dir="rtl" lang="ur">\n\n# بجٹ پیش')).toBe(true);
    expect(text.trimEnd().endsWith('</div>')).toBe(true);
    expect(text).toContain('قومی اسمبلی میں بجٹ پیش کیا گیا۔');
  });
  it('writes YAML front matter in the front-matter flavour, quoted safely, before the RTL wrapper', () => {
    const text = articleToMarkdown(article({ title: 'A "quoted": title', dir: 'rtl', lang: 'ur' }), win.document, {
      sourceUrl: 'https://news.example/s',
      publishedText: null,
      flavour: 'front-matter',
    });
    expect(text.startsWith('---\ntitle: "A \\"quoted\\": title"\nauthor: "Sumaira FH"\npublished: "2023-07-27T10:10:00Z"\nsite: "UrduPoint"\nsource: "https://news.example/s"\nlang: "ur"\ndir: "rtl"\n---\n\n<div dir="rtl" lang="ur">')).toBe(true);
  });
  it('adds the lead image when the body lacks it', () => {
    const text = articleToMarkdown(article({ leadImage: 'https://news.example/lead.jpg' }), win.document, { sourceUrl: 'https://news.example/s', publishedText: null });
    expect(text).toContain('![](https://news.example/lead.jpg)');
  });
});
