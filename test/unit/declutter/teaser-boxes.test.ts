// Single teasers of the site's other stories inside the article's column, known by structure alone.
import { describe, expect, it } from 'vitest';
import { teaserBoxesRule } from '../../../src/core/declutter/rules/teaser-boxes.ts';
import { afterArticleRule } from '../../../src/core/declutter/rules/after-article.ts';
import { declutterContext } from '../../../src/core/declutter/index.ts';
import { ARTICLE_HTML, ARTICLE_PARAGRAPHS, contextFor, page } from './helpers.ts';

describe('teaser-boxes rule', () => {
  const teaser = (href: string, id: string): string =>
    `<div class="box" id="${id}"><div class="boxhead">Weitere Informationen</div><div class="teaser"><h2><a href="${href}">What you need to know about the virus</a></h2><p>The virus is spreading. What to do now, with answers to many questions. <a href="${href}">more</a></p></div></div>`;

  it('hides a single teaser of another page of this site after the text, with its label', () => {
    const doc = page(ARTICLE_HTML.replace('</div></article>', `</div>${teaser('/health/faq.html', 'same-site')}</article>`));
    expect(teaserBoxesRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['same-site']);
  });

  it('hides a card that is one linked thumbnail and title (an embedded post)', () => {
    const card = '<div class="embedded" id="embed"><a href="/politics/other-story/"><img src="/thumb.jpg"><div class="title">Another story of this site</div></a></div>';
    const doc = page(ARTICLE_HTML.replace('<div class="body">', `<div class="body">${card}`));
    expect(teaserBoxesRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['embed']);
  });

  it('leaves teasers of other sites, a heading with two targets, longer sections and the article', () => {
    const otherSite = teaser('https://elsewhere.example.org/faq.html', 'other-site');
    const section = `<div id="section"><h2><a href="/reports/2023.html">The report</a></h2><p>${ARTICLE_PARAGRAPHS.join(' ')} See <a href="/reports/2022.html">last year's</a>.</p></div>`;
    const long = `<div id="long"><h3><a href="/guide.html">Guide</a></h3><p>${'Many words of a longer section that goes on. '.repeat(8)}</p></div>`;
    const doc = page(ARTICLE_HTML.replace('</div></article>', `</div>${otherSite}${section}${long}</article>`));
    expect(teaserBoxesRule.find(doc, contextFor(doc))).toEqual([]);
  });

  it('leaves a link to this very page (a permalink heading)', () => {
    const self = '<div id="self"><h2><a href="https://news.example.com/story.html#top">Back to the top</a></h2></div>';
    const doc = page(ARTICLE_HTML.replace('</div></article>', `</div>${self}</article>`));
    expect(teaserBoxesRule.find(doc, contextFor(doc))).toEqual([]);
  });
});

describe('after-article: thumbnails of other stories are not the article\'s media', () => {
  it('hides a linked thumbnail with its line after the text, and keeps a picture shown as such', () => {
    const after = '<div id="next"><a href="/politics/next-story.html"><img src="/next.jpg"></a> Next: the budget vote</div><div id="photo"><a href="/photos/big.jpg"><img src="/photos/small.jpg"></a> The harbour at dawn</div><div id="chart"><img src="/chart.png"></div>';
    const doc = page(ARTICLE_HTML.replace('</div></article>', `</div>${after}</article>`));
    expect(afterArticleRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['next']);
  });
});

describe('teaser-boxes on a list of stories', () => {
  it('hides nothing when extraction\'s text is itself a run of story cards (a section front)', () => {
    const standfirst = (n: number): string => `Story number ${n} tells what the council decided about the bridge and the ferry this week.`;
    const card = (n: number): string => `<article><h3>Kicker</h3><h2><a href="/2022/story-${n}.html">Headline of story ${n} on the bridge</a></h2><p>${standfirst(n)}</p><p>By Jane Roe</p></article>`;
    const single = '<div id="single"><a href="/2022/other.html"><img src="/t.jpg"></a><h3><a href="/2022/other.html">Another story</a></h3> Read on</div>';
    const doc = page(`<main><ol><li>${card(1)}</li><li>${card(2)}</li><li>${card(3)}</li><li>${single}</li></ol></main>`);
    const text = [1, 2, 3].flatMap((n) => [`Headline of story ${n} on the bridge`, standfirst(n)]).join('\n\n');
    const context = declutterContext(doc, doc.URL, { text, title: 'Front page', byline: null, imageUrls: [] });
    expect(teaserBoxesRule.find(doc, context)).toEqual([]);
  });
});
