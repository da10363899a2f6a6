// What the article map protects around the text (logo, byline, breadcrumb trails), known by structure alone.
import { describe, expect, it } from 'vitest';
import { mapArticle } from '../../../src/core/declutter/article-map.ts';
import { planDeclutter } from '../../../src/core/declutter/index.ts';
import { ARTICLE_HTML, ARTICLE_PARAGRAPHS, contextFor, page } from './helpers.ts';

const TITLE = 'Minister Visits Capital For Trade Talks';
const hints = { text: ARTICLE_PARAGRAPHS.join('\n\n'), title: TITLE, byline: 'Jane Roe', imageUrls: [] };
const hiddenBy = (doc: Document): ((selector: string) => boolean) => {
  const blocks = planDeclutter(doc, contextFor(doc));
  return (selector) => {
    const element = doc.querySelector(selector);
    if (!element) throw new Error(`no ${selector}`);
    return blocks.some((block) => block.element.contains(element));
  };
};

describe('the site\'s logo', () => {
  it('protects the logo, not a header the theme names after where the logo sits', () => {
    const header = '<header class="av_logo_left"><a class="logo" href="/"><img src="/logo.png" alt="News"></a><ul id="menu"><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li><li><a href="/search">Search</a></li></ul></header>';
    const doc = page(`${header}${ARTICLE_HTML}`);
    const map = mapArticle(doc, hints);
    expect(map.containsArticle(doc.querySelector('a.logo') as Element)).toBe(true);
    expect(map.containsArticle(doc.querySelector('#menu') as Element)).toBe(false);
  });

  it('protects the logo inside a branding box named logo, not the site\'s tagline beside it', () => {
    const branding = '<header><div id="site-branding" class="logo-left"><p class="site-title"><a href="/" rel="home">Lernblog</a></p><p class="site-description">Thoughts on learning and school</p></div></header>';
    const doc = page(`${branding}${ARTICLE_HTML}`);
    const map = mapArticle(doc, hints);
    expect(map.containsArticle(doc.querySelector('[rel="home"]') as Element)).toBe(true);
    expect(map.containsArticle(doc.querySelector('.site-description') as Element)).toBe(false);
  });
});

describe('the byline', () => {
  it('protects the byline but not the meta row around it that also holds "Filed under" and a comment count', () => {
    const meta = '<div class="single-header-meta"><p class="by">By <a href="/author/jr">Jane Roe</a></p><p class="topic">Filed under <a href="/tag/trade">Trade</a></p><a class="comments-link" href="#comments">71 Kommentare</a></div>';
    const doc = page(ARTICLE_HTML.replace('<div class="byline"><span class="author">Jane Roe</span> <time datetime="2023-07-27">July 27, 2023</time></div>', meta));
    const map = mapArticle(doc, hints);
    expect(map.containsArticle(doc.querySelector('.by') as Element)).toBe(true);
    expect(map.containsArticle(doc.querySelector('.topic') as Element)).toBe(false);
    expect(map.containsArticle(doc.querySelector('.comments-link') as Element)).toBe(false);
  });

  it('still protects a byline box the site names so, with the date inside', () => {
    const doc = page(ARTICLE_HTML);
    const map = mapArticle(doc, hints);
    expect(map.containsArticle(doc.querySelector('.byline') as Element)).toBe(true);
    expect(map.containsArticle(doc.querySelector('time') as Element)).toBe(true);
  });
});

describe('breadcrumb trails ending with the title', () => {
  const trail = `<div class="crumbs"><a href="/">Home</a> › <a href="/politics/">Politics</a> › <span>${TITLE}</span></div>`;

  it('does not protect the trail and hides it, though it has no name', () => {
    const doc = page(`<div class="top">${trail}</div>${ARTICLE_HTML}`);
    expect(mapArticle(doc, hints).trails.map((element) => element.className)).toEqual(['crumbs']);
    const hidden = hiddenBy(doc);
    expect(hidden('.crumbs')).toBe(true);
    expect(hidden('h1')).toBe(false);
  });

  it('leaves a box that repeats the title beside links to other sites, or beside a heading', () => {
    const shared = `<div class="share"><a href="https://social.example.org/share">Share</a> <span>${TITLE}</span></div>`;
    const kicker = `<div class="kicker"><h2>Politics</h2><a href="/politics/">More</a> <span>${TITLE}</span></div>`;
    const doc = page(`${shared}${kicker}${ARTICLE_HTML}`);
    expect(mapArticle(doc, hints).trails).toEqual([]);
  });
});
