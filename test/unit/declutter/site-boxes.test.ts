// The site's boxes found by structure and names in any language: call-to-action boxes, sign-up
// buttons, donation boxes, named sidebars and widgets, headings drawn with icon fonts, and
// "follow us"/"get our app" lines — each with what it must leave alone.
import { describe, expect, it } from 'vitest';
import { newsletterRule } from '../../../src/core/declutter/rules/newsletter.ts';
import { namedSidebarsRule } from '../../../src/core/declutter/rules/named-sidebars.ts';
import { storyHeadingRule } from '../../../src/core/declutter/rules/story-heading.ts';
import { boilerplateLineOf } from '../../../src/core/declutter/boilerplate-lines.ts';
import { headingTextOf } from '../../../src/core/declutter/text.ts';
import { mapArticle } from '../../../src/core/declutter/article-map.ts';
import { isNamedFurniture } from '../../../src/core/extract/post-clean/named-furniture.ts';
import { aboutBoxesRule } from '../../../src/core/declutter/rules/about-boxes.ts';
import { ARTICLE_HTML, ARTICLE_PARAGRAPHS, contextFor, page } from './helpers.ts';

const inBody = (html: string): string => ARTICLE_HTML.replace('</div></article>', `${html}</div></article>`);
const ids = (found: { element: Element }[]): string[] => found.map(({ element }) => element.id || element.className);
const line = (html: string): ReturnType<typeof boilerplateLineOf> => boilerplateLineOf(page(html).body.firstElementChild as Element);

describe('call-to-action boxes', () => {
  const pitch = 'In our seminar on augmented reality you learn how to plan your first project step by step.';
  it('hides a box named a call to action, even when extraction kept its sentence', () => {
    const doc = page(inBody(`<section class="vc_cta3-container" id="cta"><header>${pitch}</header><a href="/seminar">Book now</a></section>`));
    expect(ids(newsletterRule.find(doc, contextFor(doc, [pitch])))).toContain('cta');
  });
  it('leaves a long section or one with nothing to click alone, and words that merely contain "cta"', () => {
    const long = ARTICLE_PARAGRAPHS.join(' ').repeat(3);
    const doc = page(inBody(`<div class="cta" id="long"><p>${long}</p><a href="/x">More</a></div><div class="cta" id="plain"><p>${pitch}</p></div><div class="factable" id="fact"><a href="/f">Fact box</a></div>`));
    expect(newsletterRule.find(doc, contextFor(doc, [long, pitch]))).toEqual([]);
  });
});

describe('sign-up buttons and donation boxes', () => {
  it('hides a sign-up button with its wrappers, not the menu a "Newsletter" link sits in', () => {
    const doc = page(`<ul id="menu"><li><a href="/politics">Politics</a></li><li><a href="/newsletter">Newsletter</a></li></ul>${ARTICLE_HTML}
      <div class="col"><div class="button" id="signup"><a href="/join"><span>HIER KOSTENLOS ANMELDEN</span></a></div></div>`);
    const found = newsletterRule.find(doc, contextFor(doc)).map(({ element }) => element);
    expect(found.map((element) => element.id)).toContain('signup');
    expect(found.some((element) => element.id === 'menu' || element.contains(doc.querySelector('a[href="/politics"]')))).toBe(false);
  });
  it('leaves a sign-up link inside a paragraph of the text alone', () => {
    const sentence = 'Readers who want the full report can subscribe now at the ministry, which published it on Monday.';
    const doc = page(inBody(`<p>Readers who want the full report can <a href="/r">subscribe now</a> at the ministry, which published it on Monday.</p>`));
    expect(newsletterRule.find(doc, contextFor(doc, [sentence]))).toEqual([]);
  });
  it('hides a short box named for donations ("spenden")', () => {
    const doc = page(inBody('<div id="site_spenden" class="formular"><h3>Sie lesen uns gern?</h3><a href="/spenden">Jetzt unterstützen</a></div>'));
    expect(ids(newsletterRule.find(doc, contextFor(doc)))).toContain('site_spenden');
  });
});

describe('named sidebars and widgets', () => {
  it('hides widgets outside the text, outermost first', () => {
    const doc = page(`<div id="wrap">${ARTICLE_HTML}<div id="sidebar"><div class="widget widget_search"><h3>Search</h3><input></div><div class="widget"><h3>Popular</h3><p>Another story</p></div></div></div>`);
    expect(ids(namedSidebarsRule.find(doc, contextFor(doc)))).toEqual(['sidebar']);
  });
  it('leaves a widget inside the text alone (a chart, an embed), and names that only contain the word', () => {
    const doc = page(`${inBody('<div class="chart-widget" id="chart"><svg></svg><p>Exports by month</p></div>')}<div class="widgetized-footer-note" id="note">Site note</div>`);
    expect(namedSidebarsRule.find(doc, contextFor(doc))).toEqual([]);
  });
});

describe('headings drawn with icon fonts', () => {
  it('reads a heading without the icon\'s ligature word', () => {
    const heading = page('<span class="title"><i class="material-icons">filter_none</i> Weitere Beiträge zu diesem Artikel</span>').body.firstElementChild as Element;
    expect(headingTextOf(heading).trim()).toBe('Weitere Beiträge zu diesem Artikel');
    const labelled = page('<h3><span class="icon-label" aria-hidden="true">★ Top pick</span> Related</h3>').body.firstElementChild as Element;
    expect(headingTextOf(labelled)).toContain('Top pick');
  });
  it('hides a box headed so, even inside the text', () => {
    const doc = page(inBody('<aside id="more"><span class="related__title"><i class="material-icons">filter_none</i> Weitere Beiträge zu diesem Artikel</span><ul><li><a href="/other">Other story</a></li></ul></aside>'));
    expect(ids(storyHeadingRule.find(doc, contextFor(doc)))).toEqual(['more']);
  });
});

describe('follow-us and app lines', () => {
  it.each([
    '<p><strong>Follow The Daily on Twitter and Instagram @TheDaily and on Facebook.</strong></p>',
    '<p>For the latest stories and breaking news updates download the Daily News apps for iOS and Android.</p>',
    '<div><span>Nos siga no</span> <a href="https://news.example.org/publication">Google News</a></div>',
  ])('%s is a pitch', (html) => {
    expect(line(html)).toBe('pitch');
  });
  it.each([
    '<p>The minister said she would follow the talks on television and on social media.</p>',
    '<p>Millions of people follow the singer on Instagram, where she posted the video on Friday.</p>',
    '<p>The app was downloaded two million times in its first week, the company said.</p>',
  ])('%s is article text', (html) => {
    expect(line(html)).toBeNull();
  });
});

describe('related-posts boxes inside the text', () => {
  const teaser = 'Why is the oil running out so fast?';
  const hints = { text: [...ARTICLE_PARAGRAPHS, teaser].join('\n\n'), title: 'Minister Visits Capital For Trade Talks', byline: 'Jane Roe', imageUrls: [] };
  it('does not protect a teaser headline extraction kept from a box named related articles', () => {
    const doc = page(inBody(`<div class="ce_relatedArticles"><h2>${teaser}</h2><p>Nature is made of elements.</p><a href="/oil">Read</a></div>`));
    expect(mapArticle(doc, hints).containsArticle(doc.querySelector('.ce_relatedArticles h2') as Element)).toBe(false);
  });
  it('still protects a long section so named, and the same line outside such a box', () => {
    const long = ARTICLE_PARAGRAPHS.join(' ').repeat(5);
    const doc = page(inBody(`<div class="related-content"><h2>${teaser}</h2><p>${long}</p><a href="/x">x</a></div>`));
    expect(mapArticle(doc, { ...hints, text: `${hints.text}\n\n${long}` }).containsArticle(doc.querySelector('.related-content h2') as Element)).toBe(true);
    const plain = page(inBody(`<h2>${teaser}</h2>`));
    expect(mapArticle(plain, hints).containsArticle(plain.querySelector('.body h2') as Element)).toBe(true);
  });
  it('reads WordPress plugin names with underscores ("related_post") as related-posts boxes', () => {
    expect(isNamedFurniture(page('<ul class="related_post wp_rp"></ul>').body.firstElementChild as Element)).toBe(true);
    expect(isNamedFurniture(page('<figure class="related-image"></figure>').body.firstElementChild as Element)).toBe(false);
  });
});

describe('category labels', () => {
  it('hides a short label the site names a category, over the headline', () => {
    const doc = page(ARTICLE_HTML.replace('<h1>', '<div class="post--category"><span>Promis</span></div><h1>'));
    expect(ids(aboutBoxesRule.find(doc, contextFor(doc)))).toEqual(['post--category']);
  });
  it('leaves longer blocks so named alone, and the article element WordPress names "category-news"', () => {
    const doc = page(ARTICLE_HTML.replace('class="story"', 'class="story category-news"').replace('<h1>', '<div class="category-intro">This section collects all reports on trade and energy policy.</div><h1>'));
    expect(aboutBoxesRule.find(doc, contextFor(doc))).toEqual([]);
  });
});

describe('share labels and affiliate notes', () => {
  it.each([
    ['<span class="title">NEWS TEILEN:</span>', 'furniture'],
    ['<span>Seite teilen</span>', 'furniture'],
    ['<p><em>Anzeige, enthält Affiliate Links</em></p>', 'pitch'],
  ])('%s is a %s line', (html, kind) => {
    expect(line(html)).toBe(kind);
  });
  it.each([
    '<p>Die Nutzer wollten die News teilen, doch der Dienst fiel am Abend aus.</p>',
    '<p>Anzeigen mit Affiliate-Links machen einen wachsenden Teil der Werbeumsätze aus, sagt die Studie.</p>',
  ])('%s is article text', (html) => {
    expect(line(html)).toBeNull();
  });
});

describe('tag lists', () => {
  it('hides a short list of links the site names tags or keywords, glued names too', () => {
    const doc = page(inBody('<div class="NewsStyles__StoryTags-sc-1"><a href="/t/olympia">Olympische Winterspiele</a></div>') + '<div class="keywords"><a href="/t/energie">Energiewende</a></div>');
    expect(ids(aboutBoxesRule.find(doc, contextFor(doc)))).toEqual(['NewsStyles__StoryTags-sc-1', 'keywords']);
  });
  it('leaves a block so named without links, or long, alone ("hashtags" in a sentence of the text)', () => {
    const doc = page(inBody('<p class="tags">Tags are sold at the market.</p><div class="hashtags" id="long"><a href="/x">x</a> ' + 'word '.repeat(40) + '</div>'));
    expect(aboutBoxesRule.find(doc, contextFor(doc))).toEqual([]);
  });
});
