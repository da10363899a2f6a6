// Rules that read markup: landmarks, ads, share bars, consent, newsletter, comments.
import { describe, expect, it } from 'vitest';
import { landmarksRule } from '../../../src/core/declutter/rules/landmarks.ts';
import { adsRule } from '../../../src/core/declutter/rules/ads.ts';
import { shareBarsRule } from '../../../src/core/declutter/rules/share-bars.ts';
import { consentRule } from '../../../src/core/declutter/rules/consent.ts';
import { newsletterRule } from '../../../src/core/declutter/rules/newsletter.ts';
import { commentsRule } from '../../../src/core/declutter/rules/comments.ts';
import { ARTICLE_HTML, contextFor, page } from './helpers.ts';

const tags = (found: { element: Element }[]): string[] => found.map(({ element }) => element.tagName.toLowerCase() + (element.className ? `.${element.className}` : ''));

describe('landmarks', () => {
  it('hides nav, aside and footer outside the article', () => {
    const doc = page(`<nav><a href="/">Home</a></nav>${ARTICLE_HTML}<aside><p>Rail</p></aside><div role="contentinfo">c</div>`);
    expect(tags(landmarksRule.find(doc, contextFor(doc)))).toEqual(['nav', 'aside', 'div']);
  });
  it('hides a breadcrumb trail that is not in a nav, never a wrapper holding the headline', () => {
    const doc = page(`<div class="head"><ol class="breadcrumbs--ov"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol>${ARTICLE_HTML}</div>`);
    expect(tags(landmarksRule.find(doc, contextFor(doc)))).toEqual(['ol.breadcrumbs--ov']);
    const wrapped = page(`<div class="breadcrumb-and-article">${ARTICLE_HTML}</div>`);
    expect(landmarksRule.find(wrapped, contextFor(wrapped))).toEqual([]);
  });
  it('keeps a pull-quote aside inside the body', () => {
    const doc = page(ARTICLE_HTML.replace('</p><p>', '</p><aside class="pull">Frank and useful</aside><p>'));
    expect(landmarksRule.find(doc, contextFor(doc))).toEqual([]);
  });
  it('never hides an aside that holds the article', () => {
    const doc = page(`<aside class="wrap">${ARTICLE_HTML}</aside>`);
    expect(landmarksRule.find(doc, contextFor(doc))).toEqual([]);
  });
});

describe('ads', () => {
  it('hides ad slots, sponsored blocks and ad frames, not words that contain "ad"', () => {
    const doc = page(`<div class="ad-slot" id="div-gpt-ad-1"><span>Advertisement</span></div>${ARTICLE_HTML}
      <div class="sponsored">Brand story</div><div><iframe src="https://tpc.googlesyndication.com/x"></iframe></div>
      <div class="header-read badge">Reading</div>`);
    const found = adsRule.find(doc, contextFor(doc));
    expect(found.some(({ element }) => element.className === 'ad-slot')).toBe(true);
    expect(found.some(({ element }) => element.className === 'sponsored')).toBe(true);
    expect(found.some(({ element }) => element.querySelector('iframe'))).toBe(true);
    expect(found.some(({ element }) => element.className.includes('badge'))).toBe(false);
  });
  it('leaves a paragraph of the article alone even if it carries an ad class', () => {
    const doc = page(ARTICLE_HTML.replace('<p>', '<p class="ad">'));
    expect(adsRule.find(doc, contextFor(doc))).toEqual([]);
  });
});

describe('share bars', () => {
  it('hides named share bars and unnamed rows of share links', () => {
    const doc = page(`${ARTICLE_HTML}<div class="share-bar"><a href="/s">Share</a></div>
      <div id="row"><a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a><a href="https://twitter.com/intent/tweet?u=x">t</a></div>`);
    const found = shareBarsRule.find(doc, contextFor(doc));
    expect(found.map(({ element }) => element.className || element.id)).toEqual(['share-bar', 'row']);
  });
  it('keeps a long article section that merely has "social" in its class', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const doc = page(`${ARTICLE_HTML}<section class="social-affairs"><p>${long}</p></section>`);
    expect(shareBarsRule.find(doc, contextFor(doc))).toEqual([]);
  });
});

describe('consent', () => {
  it('hides cookie bars and cookie dialogs', () => {
    const doc = page(`${ARTICLE_HTML}<div class="cookie-bar">We use cookies <button>Accept</button></div>
      <div role="dialog"><p>This site uses cookies to improve your experience.</p></div>`);
    expect(consentRule.find(doc, contextFor(doc)).length).toBe(2);
  });
  it('keeps an article paragraph about cookies', () => {
    const doc = page(ARTICLE_HTML.replace('frank and useful', 'frank and useful over cookies'));
    expect(consentRule.find(doc, contextFor(doc, []))).toEqual([]);
  });
});

describe('newsletter', () => {
  it('hides sign-up boxes by name or by their e-mail field', () => {
    const doc = page(`${ARTICLE_HTML}<div class="newsletter-box">Get the news</div>
      <div id="box"><p>Sign up for our morning briefing</p><form><input type="email"><button>Go</button></form></div>`);
    const found = newsletterRule.find(doc, contextFor(doc));
    expect(found.map(({ element }) => element.className || element.id)).toEqual(['newsletter-box', 'box']);
  });
  it('does not take a negated name for a sign-up box: "non-paywall" is the free part of a metered story', () => {
    const doc = page(`${ARTICLE_HTML}<div class="story-part non-paywall"><p>The vote is expected next week.</p></div><div class="no-subscribe">Free to read</div>`);
    expect(newsletterRule.find(doc, contextFor(doc))).toEqual([]);
  });
});

describe('comments', () => {
  it('hides the comment section', () => {
    const doc = page(`${ARTICLE_HTML}<section id="comments"><h2>12 comments</h2><p>First!</p></section><div id="disqus_thread"></div>`);
    expect(commentsRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['comments', 'disqus_thread']);
  });
  it('keeps a picture\'s commentary named "…__item__comment" inside the text, not a count or a reader\'s comment', () => {
    const commentary = 'Many readers searched for walk-in wardrobes last year, our survey of the most popular searches found. This design with pull-out drawers was the one they liked best of all, and it won an award.';
    const item = `<div class="gallery__item__comment" id="commentary">${commentary}</div><span class="comments-link" id="count"><a href="#c">3 Comments</a></span>`;
    const doc = page(`${ARTICLE_HTML.replace('</div></article>', `${item}</div></article>`)}<div class="comment" id="reader"><cite>Ann</cite><p>${commentary}</p></div>`);
    expect(commentsRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['count', 'reader']);
  });
});
