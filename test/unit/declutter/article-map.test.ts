import { describe, expect, it } from 'vitest';
import { mapArticle } from '../../../src/core/declutter/article-map.ts';
import { ARTICLE_HTML, ARTICLE_PARAGRAPHS, page } from './helpers.ts';

const hints = { text: ARTICLE_PARAGRAPHS.join('\n\n'), title: 'Minister Visits Capital For Trade Talks', byline: 'Jane Roe', imageUrls: ['https://news.example.com/lead.jpg'] };

describe('mapArticle', () => {
  it('finds the live article, its headline, byline and lead image', () => {
    const doc = page(`<header><a class="logo" href="/">News</a></header>${ARTICLE_HTML.replace('<div class="body">', '<figure><img src="/lead.jpg"><figcaption>Cap</figcaption></figure><div class="body">')}<aside><p>Other</p></aside>`);
    const map = mapArticle(doc, hints);
    expect(map.root?.className).toBe('body');
    expect(map.headline?.tagName).toBe('H1');
    expect(map.column?.tagName).toBe('ARTICLE');
    for (const p of doc.querySelectorAll('.body p')) expect(map.containsArticle(p)).toBe(true);
    expect(map.containsArticle(doc.querySelector('figure') as Element)).toBe(true);
    expect(map.containsArticle(doc.querySelector('time') as Element)).toBe(true);
    expect(map.containsArticle(doc.querySelector('.logo') as Element)).toBe(true);
    expect(map.containsArticle(doc.querySelector('aside') as Element)).toBe(false);
  });

  it('keeps the byline but not WordPress\'s "posted in … by <author>" line for one', () => {
    const meta = '<footer class="entry-meta">Dieser Eintrag wurde veröffentlicht in <a href="/c/news" rel="category tag">News</a> von <a href="/a/jr">Jane Roe</a>.</footer>';
    const doc = page(ARTICLE_HTML.replace('</div></article>', `</div>${meta}</article>`));
    const map = mapArticle(doc, hints);
    expect(map.containsArticle(doc.querySelector('.byline') as Element)).toBe(true);
    expect(map.containsArticle(doc.querySelector('.entry-meta') as Element)).toBe(false);
  });

  it('does not take a teaser link with the same words for the article', () => {
    const doc = page(`${ARTICLE_HTML}<aside><ul><li><a href="/x">${ARTICLE_PARAGRAPHS[0]}</a></li></ul></aside>`);
    const map = mapArticle(doc, hints);
    expect(map.containsArticle(doc.querySelector('aside') as Element)).toBe(false);
  });

  it('does not take a sidebar box that repeats the title for the headline', () => {
    const sidebar = `<aside><div class="popular-title">${hints.title}</div><p>Trending posts</p></aside>`;
    // The story's own headline is an h2 here, so a heading's rank cannot decide.
    const doc = page(`${sidebar}${ARTICLE_HTML.replace(/h1>/g, 'h2>')}`);
    const map = mapArticle(doc, hints);
    expect(map.headline?.tagName).toBe('H2');
    expect(map.containsArticle(doc.querySelector('aside') as Element)).toBe(false);
  });

  it('survives a broken <base> when it looks for the lead image (a property test found a throw)', () => {
    const doc = page(`<p><base xlink:href=""></p>${ARTICLE_HTML.replace('<div class="body">', '<figure><img src="/lead.jpg"></figure><div class="body">')}`);
    const map = mapArticle(doc, hints);
    expect(map.root?.className).toBe('body');
  });

  it('protects a last line without a word ("=)") that extraction kept as a line of the text', () => {
    const doc = page(ARTICLE_HTML.replace('</div></article>', '<p id="smile">=)</p></div></article><p id="other">:-)</p>'));
    const map = mapArticle(doc, { ...hints, text: `${hints.text}\n\n=)` });
    expect(map.containsArticle(doc.querySelector('#smile') as Element)).toBe(true);
    expect(map.containsArticle(doc.querySelector('#other') as Element)).toBe(false);
  });

  it('finds nothing and protects nothing without an article', () => {
    const doc = page(ARTICLE_HTML);
    const map = mapArticle(doc, null);
    expect(map.root).toBeNull();
    expect(map.containsArticle(doc.querySelector('p') as Element)).toBe(false);
  });
});

describe('mapArticle: a related-stories box between the paragraphs', () => {
  const [first, second, third] = ARTICLE_PARAGRAPHS.map((text) => `<p>${text}</p>`);
  const card = (n: number): string => `<article class="post-${n} post type-post status-publish"><figure><a href="/other-${n}.html"><img src="/thumb-${n}.jpg"></a></figure><h3><a href="/other-${n}.html">Other story ${n}</a></h3><time>May ${n}</time></article>`;
  const story = (inside: string): string => `<article class="story"><h1>Minister Visits Capital For Trade Talks</h1><div class="body">${first}${second}<div class="related">${inside}</div>${third}</div></article>`;

  it('does not take WordPress post cards (status-publish) for the byline nor their thumbnails for the article\'s figures', () => {
    const doc = page(story([1, 2, 3].map(card).join('')));
    const map = mapArticle(doc, hints);
    expect(map.containsArticle(doc.querySelector('.related') as Element)).toBe(false);
  });

  it('does not take a lazy-loading placeholder every picture shares for the article\'s image', () => {
    const lazy = (n: number): string => `<div class="card"><figure><img src="/lead.jpg" data-src="/thumb-${n}.jpg"></figure><h3><a href="/other-${n}.html">Other story ${n}</a></h3></div>`;
    const doc = page(story([1, 2, 3, 4].map(lazy).join('')));
    const map = mapArticle(doc, hints);
    expect(map.containsArticle(doc.querySelector('.related') as Element)).toBe(false);
  });

  it('does not protect a card for the article\'s image when extraction kept the thumbnail, but keeps a lead image linking elsewhere', () => {
    const excerpt = 'Officials met again this week to discuss the details of a trade agreement signed last year.';
    const kept = `<li class="card"><a href="/other-1.html"><img src="/thumb-1.jpg"></a><h3><a href="/other-1.html">Other story 1</a></h3><p>${excerpt}</p></li>`;
    const lead = '<div class="lead"><a href="/gallery.html"><img src="/lead.jpg"></a><h2><a href="/topics/trade">Trade</a></h2></div>';
    const doc = page(`${lead}${story(`<ul>${kept}</ul>`)}`);
    const map = mapArticle(doc, { ...hints, imageUrls: ['https://news.example.com/thumb-1.jpg', 'https://news.example.com/lead.jpg'] });
    expect(map.containsArticle(doc.querySelector('.card') as Element)).toBe(false);
    expect(map.containsArticle(doc.querySelector('.lead img') as Element)).toBe(true);
  });

  it('still keeps a figure between the paragraphs that links to its own full-size picture', () => {
    const doc = page(story('<figure><a href="/photos/big.jpg"><img src="/photos/small.jpg"></a><figcaption>The minister</figcaption></figure>'));
    const map = mapArticle(doc, hints);
    expect(map.containsArticle(doc.querySelector('figure') as Element)).toBe(true);
  });

  it('keeps a figure whose picture opens a gallery by script or anchor, or links to its own picture with stray spaces', () => {
    for (const href of ['javascript:void(0)', ' #gallery-1', ' /photos/big.jpg ']) {
      const doc = page(story(`<figure><a href="${href}"><img src="/photos/small.jpg"></a><figcaption>The minister</figcaption></figure>`));
      expect(mapArticle(doc, hints).containsArticle(doc.querySelector('figure') as Element)).toBe(true);
    }
  });

  it('finds no article when extraction took a cookie notice for the text, so nothing around it is hidden as clutter', () => {
    const notice = 'This site uses cookies to measure visits and to remember your settings between pages.';
    const doc = page(`<div id="eu-cookie-law" class="hide-on-button"><p>${notice}</p><button>OK</button></div><article><ul><li><a href="https://a.example.org/1">A linked story of the day</a></li></ul></article>`);
    const map = mapArticle(doc, { ...hints, text: notice, imageUrls: [] });
    expect(map.root).toBeNull();
    expect(map.containsArticle(doc.querySelector('article') as Element)).toBe(false);
  });

  it('keeps the article in a page builder\'s components named "cmp-…" (not a consent platform)', () => {
    const doc = page(`<div class="cmp-container"><div class="cmp-text">${ARTICLE_HTML}</div></div>`);
    expect(mapArticle(doc, hints).root?.className).toBe('body');
  });
});
