// Rules for clutter inside or right after the article: promos to other articles, what follows the last line.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/dom.ts';
import { isInlinePromo, siteHostsOf } from '../../../src/core/declutter/promo.ts';
import { inArticlePromoRule } from '../../../src/core/declutter/rules/in-article-promo.ts';
import { afterArticleRule } from '../../../src/core/declutter/rules/after-article.ts';
import { mapArticle } from '../../../src/core/declutter/article-map.ts';
import { declutterContext } from '../../../src/core/declutter/index.ts';
import { ARTICLE_HTML, ARTICLE_PARAGRAPHS, contextFor, page, texts } from './helpers.ts';

const withLine = (line: string): string => ARTICLE_HTML.replace('</p><p>', `</p>${line}<p>`);
const hosts = new Set(['news.example.com']);
const first = (doc: Document, selector: string): Element => doc.querySelector(selector) as Element;

describe('isInlinePromo', () => {
  it.each([
    ['Spanish', '<p id="x"><strong>Lea también:</strong> <a href="/politica/otra-noticia.html">Impiden ingreso a reportero</a></p>'],
    ['French', '<p id="x"><strong>À lire aussi</strong> <a href="https://www.news.example.com/societe/article-2.html">Le gouvernement recule</a></p>'],
    ['German', '<p id="x">Mehr zum Thema: <a href="/politik/artikel-17.html">Die Koalition streitet</a></p>'],
    ['Urdu', '<p id="x">یہ بھی پڑھیں: <a href="/urdu/news/123">وزیر اعظم کا دورہ</a></p>'],
    ['Arabic', '<p id="x">اقرأ أيضا: <a href="/news/456">الوزير يزور العاصمة</a></p>'],
    ['a label with a colon', '<h3 id="x">MIRA: <a href="/video/99">Madre se acerca a conocer los motivos</a></h3>'],
  ])('recognises a %s promo line', (_, html) => {
    const doc = page(withLine(html));
    expect(isInlinePromo(first(doc, '#x'), hosts)).toBe(true);
  });
  it.each([
    ['a sentence with a link', '<p id="x">The ministry said in <a href="/report.html">its report</a> that the talks went well and would continue.</p>'],
    ['a label linking to another site', '<p id="x">Lea también: <a href="https://other.example.org/noticia">Otra noticia</a></p>'],
    ['a link to the home page', '<p id="x">Read more: <a href="/">News</a></p>'],
    ['a paragraph of prose that starts like a label', `<p id="x">Watch: the ${'long '.repeat(45)}story <a href="/x/y">here</a></p>`],
  ])('leaves %s alone', (_, html) => {
    const doc = page(withLine(html));
    expect(isInlinePromo(first(doc, '#x'), hosts)).toBe(false);
  });
  it('counts the canonical address of a saved page as the same site', () => {
    const doc = parseHtml('<html><head><link rel="canonical" href="https://www.news.example.com/story.html"></head><body><p>x</p></body></html>', 'http://127.0.0.1:8080/page.html');
    expect(siteHostsOf(doc).has('news.example.com')).toBe(true);
  });
});

describe('in-article-promo rule', () => {
  it('hides the promo line even though extraction kept it in the text, and nothing of the article', () => {
    const promo = 'Lea también: Impiden ingreso a reportero';
    const doc = page(withLine('<p id="promo"><strong>Lea también:</strong> <a href="/politica/otra.html">Impiden ingreso a reportero</a></p>'));
    const context = contextFor(doc, [promo]);
    expect(context.article.containsArticle(first(doc, '#promo'))).toBe(false);
    expect(texts(inArticlePromoRule.find(doc, context))).toEqual([promo]);
    for (const p of doc.querySelectorAll('.body p:not(#promo)')) expect(context.article.containsArticle(p)).toBe(true);
  });
});

describe('after-article rule', () => {
  it('hides tags, bio and rating widgets after the last line of the article, inside its column', () => {
    const doc = page(ARTICLE_HTML.replace('</div></article>', '</div><div id="tags">Schlagworte: <a href="/t/1">Handel</a></div><div id="rate">Wie bewerten Sie diesen Artikel?</div></article>'));
    expect(afterArticleRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['tags', 'rate']);
  });
  it('keeps a last paragraph extraction kept, and a list under one of the article\'s own sub-headings', () => {
    const closing = 'The next round of talks is planned for the spring in the other capital.';
    const doc = page(ARTICLE_HTML.replace('</div></article>', `</div><div id="more"><p>${closing}</p></div><h3>Sources</h3><ul id="sources"><li><a href="/a">A</a></li></ul></article>`));
    const context = contextFor(doc, [closing, 'Sources']);
    expect(afterArticleRule.find(doc, context)).toEqual([]);
  });
  it('keeps an embedded video, a formula and a run of prose after the text', () => {
    const prose = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
    const doc = page(ARTICLE_HTML.replace('</div></article>', `</div><div><iframe src="/video/1"></iframe></div><div><math><mi>x</mi></math></div><div><p>${prose}</p></div></article>`));
    expect(afterArticleRule.find(doc, contextFor(doc))).toEqual([]);
  });
  it('finds nothing before the article or without one', () => {
    const doc = page(`<div id="before">Anzeige</div>${ARTICLE_HTML}`);
    expect(afterArticleRule.find(doc, contextFor(doc))).toEqual([]);
    const map = mapArticle(doc, null);
    expect(afterArticleRule.find(doc, { article: map, host: '' })).toEqual([]);
  });
  it('keeps a short paragraph set like the text\'s own after where extraction stopped, not a credit line or a box set otherwise', () => {
    const closing = '<p id="closing">Hardiest of all, with furry leaves and red-purple blooms.</p>';
    const credit = '<p id="credit">Images: <a href="https://photos.example.org/1">Smile</a> | <a href="https://photos.example.org/2">Window</a></p>';
    const box = '<div id="box" class="promo">Our shop has all of these plants and many more in stock.</div>';
    const doc = page(ARTICLE_HTML.replace('</div></article>', `${closing}${credit}</div>${box}</article>`));
    expect(afterArticleRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['credit', 'box']);
  });
  it('hides a licence line in a box like the text\'s whose field inside is named otherwise', () => {
    const field = (name: string, inside: string): string => `<div class="body"><div class="field field-${name}">${inside}</div></div>`;
    const licence = '<p>This text is published under a Creative Commons licence. The photos may not be used.</p>';
    const doc = page(`<article><h1>Minister Visits Capital For Trade Talks</h1>${field('text', ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''))}${field('licence', licence).replace('class="body"', 'class="body" id="licence"')}</article>`);
    expect(afterArticleRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['licence']);
  });
  it('keeps the article\'s attachment (a lead-in and its document links), not a lead-in to pages', () => {
    const attachment = '<div id="lead">The concept paper is here:</div><div id="file"><a href="/files/Concept%20paper.pdf">Concept paper</a></div>';
    const pages = '<div id="more">More from us:</div><div id="links"><a href="/news/1">One</a> <a href="/news/2.pdf">Two</a></div>';
    const doc = page(ARTICLE_HTML.replace('</div></article>', `</div>${attachment}${pages}</article>`));
    expect(afterArticleRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['more', 'links']);
  });
  it('hides a list of this site\'s other stories with their excerpts after the text, headed or not', () => {
    const excerpt = 'Officials from both countries met again this week to discuss the details of a trade agreement that was signed last year.';
    const item = (n: number): string => `<li><a href="/news/story-${n}">Story number ${n} about trade</a><br><small>${excerpt}</small> <span>By <a href="/author/jane">Jane Roe</a></span></li>`;
    const doc = page(ARTICLE_HTML.replace('</div></article>', `</div><ul id="related">${item(1)}${item(2)}${item(3)}</ul></article>`));
    expect(afterArticleRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['related']);
  });
  it('keeps prose after the text whose links sit inside its sentences, and a paragraph under one link', () => {
    const sentence = 'The ministry published <a href="/docs/agreement">the full agreement</a> and <a href="/news/earlier">an earlier statement</a> on its website for anyone who wants to read the details of the trade and energy deals, which cover tariffs, pipelines and the exchange of students over the next five years.';
    const single = '<div id="single"><a href="/news/one">One other story</a><p>Officials from both countries met again this week to discuss the details of a trade agreement signed last year, and they plan to meet again in the spring, when the energy ministers will join them to talk about pipelines, prices and the students who study abroad.</p></div>';
    const doc = page(ARTICLE_HTML.replace('</div></article>', `</div><div id="prose"><p>${sentence}</p></div>${single}</article>`));
    const hidden = afterArticleRule.find(doc, contextFor(doc)).map(({ element }) => element.id);
    expect(hidden).not.toContain('prose');
    expect(hidden).not.toContain('single');
  });
  it('never hides an article paragraph after a figure', () => {
    const doc = page(ARTICLE_HTML.replace('</div></article>', `<figure><img src="/a.jpg"></figure><p id="last">${ARTICLE_PARAGRAPHS[0]}</p></div></article>`));
    expect(afterArticleRule.find(doc, contextFor(doc))).toEqual([]);
  });
});

describe('article map: the site\'s lines among the text', () => {
  it('does not protect a "Related" heading or the pitch of a sign-up box that extraction kept', () => {
    const pitch = 'Recibe cada mañana las noticias de la ciudad en tu correo.';
    const doc = page(ARTICLE_HTML.replace('</div></article>', `<h3 id="rel">Das könnte Sie auch interessieren</h3><div id="nl"><p>${pitch}</p><form><input type="email"></form></div></div></article>`));
    const { article } = contextFor(doc, ['Das könnte Sie auch interessieren', pitch]);
    expect(article.containsArticle(first(doc, '#rel'))).toBe(false);
    expect(article.containsArticle(first(doc, '#nl'))).toBe(false);
  });
  it('judges a block inside a div with text runs of its own on its own, but keeps the inline parts of those runs', () => {
    const runs = ARTICLE_PARAGRAPHS.join('<br>');
    const doc = page(`<div id="post">${runs} <b id="bold">Frank</b><div id="widget">Keine Kommentare bisher</div></div>`);
    const { article } = contextFor(doc);
    expect(article.containsArticle(first(doc, '#post'))).toBe(true);
    expect(article.containsArticle(first(doc, '#bold'))).toBe(true);
    expect(article.containsArticle(first(doc, '#widget'))).toBe(false);
  });
});

describe('article map: a short article with a sign-up form in it', () => {
  it('still protects the article (found by the malformed-pages property test)', () => {
    const doc = page('<article><h1>Bridge repairs to begin</h1><p id="p">The council voted on Tuesday to repair the old bridge before winter arrives in the valley.</p><form class="newsletter"><label>Get the daily email <input type="email"></label></form></article>');
    const { article } = declutterContext(doc, doc.URL, { text: 'The council voted on Tuesday to repair the old bridge before winter arrives in the valley.', title: 'Bridge repairs to begin', byline: null, imageUrls: [] });
    expect(article.containsArticle(first(doc, '#p'))).toBe(true);
  });
});
