// Story lists: by heading text (several languages) and by shape (mostly links, times, thumbnails).
import { describe, expect, it } from 'vitest';
import { isStoryHeading, storyHeadingRule } from '../../../src/core/declutter/rules/story-heading.ts';
import { afterArticleRule } from '../../../src/core/declutter/rules/after-article.ts';
import { headlineListRule, isHeadlineList } from '../../../src/core/declutter/rules/headline-list.ts';
import { ARTICLE_HTML, ARTICLE_PARAGRAPHS, contextFor, page } from './helpers.ts';

const items = (n: number, extra = ''): string => Array.from({ length: n }, (_, i) => `<li><a href="/story-${i}.html">Story number ${i} about things</a>${extra}</li>`).join('');

describe('isStoryHeading', () => {
  it.each(['Recent Stories', 'Related', 'More Stories From Miscellaneous', 'Most Viewed', 'Most read', 'Trending', 'You may also like', 'Latest News', 'Related Topics', 'تازہ ترین', 'مزید خبریں', 'متعلقہ خبریں', 'الأكثر قراءة', 'ये भी पढ़ें', 'Ähnliche Beiträge', 'Das könnte Sie auch interessieren', 'Mehr zum Thema', 'À lire aussi', 'Sur le même sujet', 'Contenido relacionado', 'Lo más leído', 'Beliebteste Artikel', 'Das könnte Dich auch noch interessieren', 'Lesen Sie auch die folgenden Beiträge:', 'Weitere Pressemitteilungen dieses Verbands', 'Schlagworte zum Thema', 'Explore further', 'Leggi anche:', 'Articoli correlati', 'Leia também', 'Notícias relacionadas', 'Lees ook', 'Audios et vidéos sur le sujet', 'Audios und Videos zum Thema'])('"%s" heads a story list', (text) => {
    expect(isStoryHeading(text)).toBe(true);
  });
  it.each(['Related research suggests the opposite', 'The minister arrived', 'Background', 'More than 300 people were hurt in the recent storms', 'Weitere Informationen zum Handelsabkommen folgen im Mai', 'Lo más importante del acuerdo', 'Leggi anche il rapporto del ministero', 'Leia também o relatório'])('"%s" does not', (text) => {
    expect(isStoryHeading(text)).toBe(false);
  });
});

describe('story-heading rule', () => {
  it('hides the box with the heading and its links', () => {
    const doc = page(`${ARTICLE_HTML}<div class="rail"><section id="recent"><h3>Recent Stories</h3><ul>${items(3)}</ul></section><p>Prayer times</p></div>`);
    expect(storyHeadingRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['recent']);
  });
  it('hides a heading over a list a script never filled in, but not an article sub-heading of the same words', () => {
    const doc = page(`${ARTICLE_HTML}<div id="jp-related"><h3 id="empty-related">Ähnliche Beiträge</h3><div class="items"></div></div>`);
    expect(storyHeadingRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['empty-related']);
    const inside = page(ARTICLE_HTML.replace('</div></article>', '<h3>Related</h3><p>Related talks on fisheries follow.</p></div></article>'));
    expect(storyHeadingRule.find(inside, contextFor(inside, ['Related', 'Related talks on fisheries follow.']))).toEqual([]);
  });
  it('hides an Italian "Leggi anche:" box between the paragraphs, its teaser card with it', () => {
    const box = '<aside id="leggi"><h1 class="block__title"><a href=""><span>Leggi anche:</span></a></h1><article class="entry"><h2><a href="/other.html">La grande sete</a></h2></article></aside>';
    const doc = page(ARTICLE_HTML.replace('</p><p>', `</p>${box}<p>`));
    expect(storyHeadingRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['leggi']);
  });
  it('keeps a further-reading section at the end of the text (a sentence, links to other sites), not one linking to this site', () => {
    const intro = '<p>A detailed overview of the new interface is in the help centre, and the maker explains more on its own pages:</p>';
    const section = (id: string, href: string): string => `<div id="${id}"><h2>Mehr zum Thema</h2>${intro}<ul><li><a href="${href}">Using the interface</a></li></ul></div>`;
    const doc = page(ARTICLE_HTML.replace('</div></article>', `${section('sources', 'https://help.example.org/1005566')}</div></article>`));
    expect(storyHeadingRule.find(doc, contextFor(doc))).toEqual([]);
    expect(afterArticleRule.find(doc, contextFor(doc))).toEqual([]);
    const own = page(ARTICLE_HTML.replace('</div></article>', `${section('own', '/politik/artikel-17.html')}</div></article>`));
    expect(storyHeadingRule.find(own, contextFor(own)).map(({ element }) => element.id)).toEqual(['own']);
  });
  it('hides an Urdu box', () => {
    const doc = page(`${ARTICLE_HTML}<div id="urdu"><h2>متعلقہ خبریں</h2><ul>${items(2)}</ul></div>`);
    expect(storyHeadingRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['urdu']);
  });
  it('leaves a "Related" paragraph and a "Related" sub-heading inside the article text alone', () => {
    const related = 'Related talks on fisheries will follow next month in the same city.';
    const body = ARTICLE_HTML.replace('</div></article>', `<h3>Related</h3><p>${related}</p><ul>${items(3)}</ul></div></article>`);
    const doc = page(body);
    const context = contextFor(doc, ['Related', related, ...Array.from({ length: 3 }, (_, i) => `Story number ${i} about things`)]);
    expect(storyHeadingRule.find(doc, context)).toEqual([]);
  });
});

describe('headline-list rule', () => {
  it('keeps a list of links under one of the article\'s own sub-headings, even if extraction dropped the list', () => {
    const doc = page(ARTICLE_HTML.replace('</div></article>', `<h3>Sources and links</h3><ul id="sources">${items(5)}</ul></div></article>`));
    expect(headlineListRule.find(doc, contextFor(doc, ['Sources and links']))).toEqual([]);
    expect(headlineListRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['sources']);
  });
  it('recognises lists of stories, with times or thumbnails', () => {
    expect(isHeadlineList(page(`<ul>${items(5)}</ul>`).querySelector('ul') as Element)).toBe(true);
    const timed = page(`<ul>${Array.from({ length: 4 }, (_, i) => `<li><a href="/s${i}">Short ${i}</a> <span>${i + 1} hours ago</span></li>`).join('')}</ul>`);
    expect(isHeadlineList(timed.querySelector('ul') as Element)).toBe(true);
    expect(isHeadlineList(page(`<p>${ARTICLE_PARAGRAPHS[0]} <a href="/a">one</a> <a href="/b">two</a></p>`).querySelector('p') as Element)).toBe(false);
  });
  it('hides a sidebar list but not a list of links inside the article body', () => {
    const inArticle = `<ul class="sources">${items(5)}</ul>`;
    const doc = page(`${ARTICLE_HTML.replace('</div></article>', `${inArticle}</div></article>`)}<div id="side"><ul>${items(6, ' <img src="t.jpg">')}</ul></div>`);
    const context = contextFor(doc, Array.from({ length: 5 }, (_, i) => `Story number ${i} about things`));
    const found = headlineListRule.find(doc, context);
    expect(found.map(({ element }) => element.id || element.className)).toEqual(['side']);
  });
});
