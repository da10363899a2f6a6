// Lines of the site known by their form in many languages: agency credits without "Foto:",
// reading-time labels and pager links; and the article sentences that merely mention them.
import { describe, expect, it } from 'vitest';
import { boilerplateLineOf } from '../../../src/core/declutter/boilerplate-lines.ts';
import { boilerplateLinesRule } from '../../../src/core/declutter/rules/boilerplate-lines.ts';
import { ARTICLE_HTML, contextFor, page, texts } from './helpers.ts';

const line = (html: string): ReturnType<typeof boilerplateLineOf> => boilerplateLineOf(page(html).body.firstElementChild as Element);

describe('agency credits, reading times and pagers', () => {
  it.each([
    ['<span class="credit">Getty Images</span>', 'credit'],
    ['<div>TebNad/Shutterstock.com</div>', 'credit'],
    ['<small>AFP / Jane Roe</small>', 'credit'],
    ['<span>(Reuters)</span>', 'credit'],
    ['<div>Photo by Jane Roe on Unsplash</div>', 'credit'],
    ['<span>iStock.com</span>', 'credit'],
    ['<span>5 min read</span>', 'furniture'],
    ['<span>Lesezeit: ca. 3 Minuten</span>', 'furniture'],
    ['<span>Temps de lecture : 4 min</span>', 'furniture'],
    ['<span>Tiempo de lectura: 6 minutos</span>', 'furniture'],
    ['<span>٣ دقائق للقراءة</span>', 'furniture'],
    ['<span>5 منٹ کا مطالعہ</span>', 'furniture'],
    ['<a href="/page/2">Weiter »</a>', 'furniture'],
    ['<div><a href="/next-story">Next article</a></div>', 'furniture'],
    ['<a href="/p/2">Siguiente</a>', 'furniture'],
    ['<a href="/p/2">التالي</a>', 'furniture'],
    ['<a href="/p/2">اگلا صفحہ</a>', 'furniture'],
    ['<a class="btn" href="/shop/heft-3">Ausgabe kaufen</a>', 'furniture'],
    ['<a href="https://shop.example.org/p/1">Buy now</a>', 'furniture'],
    ['<button>Acheter</button>', 'furniture'],
    ['<div>Scroll to read more Restaurant reviews articles</div>', 'furniture'],
    ['<p><i>Verraten Sie gerne in den Kommentaren: Welches Projekt gefällt Ihnen?</i></p>', 'furniture'],
    ['<div class="citate"><span>SUGGESTED CITATION</span> Roe, Jane: <em>Talks in the capital, ExampleBlog,</em> 2020/4/09, https://blog.example.org/talks/.</div>', 'furniture'],
    ['<li><strong>Permalink</strong> https://example.org/p/RPYx</li>', 'furniture'],
    ['<li class="label">Diese Seite:</li>', 'furniture'],
    ['<p>ERSCHIENEN IN</p>', 'category'],
    ['<footer class="entry-meta">Dieser Eintrag wurde veröffentlicht in <a href="/c/x" rel="category tag">News</a> von <a href="/a/jr">Jane Roe</a>.</footer>', 'category'],
  ])('%s is a %s line', (html, kind) => {
    expect(line(html)).toBe(kind);
  });

  it.each([
    '<p>Reuters reported the talks would continue next week, officials said.</p>',
    '<p>AFP contributed to this report.</p>',
    '<h3>Reuters and AP face new rules</h3>',
    '<p>The minister spoke for 45 minutes before taking questions.</p>',
    '<p>Next, the delegation visited a school in the north of the country.</p>',
    '<p>Weiter</p>',
    '<p>Kaufen</p>',
    '<p>Published in 1998, the report was the first of its kind in the country.</p>',
    '<p>How to cite sources correctly is taught in the first term.</p>',
    '<p>Wer jetzt kaufen will, muss mit höheren Preisen rechnen, sagen Händler.</p>',
    '<p>Many readers wrote to us in the comments about the new rules.</p>',
    '<p>Getty Images sold the archive to a foundation in 2019, the company said.</p>',
  ])('%s is article text', (html) => {
    expect(line(html)).toBeNull();
  });
});

describe('the rule on such lines', () => {
  it('hides a reading-time label and a pager after the article, keeps the paragraphs', () => {
    const doc = page(`<span class="meta">4 min read</span>${ARTICLE_HTML}<p class="pager"><a href="/story-2.html">Next article</a></p>`);
    const found = texts(boilerplateLinesRule.find(doc, contextFor(doc)));
    expect(found).toEqual(['4 min read', 'Next article']);
  });

  it('hides an agency credit that ends a caption, not the caption', () => {
    const doc = page(ARTICLE_HTML.replace('</p><p>', '</p><figure><img src="/a.jpg"><figcaption>The minister at the airport. <span>Getty Images</span></figcaption></figure><p>'));
    const found = texts(boilerplateLinesRule.find(doc, contextFor(doc, ['The minister at the airport. Getty Images'])));
    expect(found).toEqual(['Getty Images']);
  });
});

describe('press releases\' contact blocks', () => {
  it.each([
    '<p>Pressekontakt:<br>Jane Roe<br>Telefon: +49 30 1234567<br>E-Mail: presse@example.org</p>',
    '<p>Media contact: Jane Roe, +1 202 555 0100, press@example.org</p>',
    '<p>Contact presse : Jeanne Roux, 01 23 45 67 89</p>',
    '<p>Tel.: +49 30 1234567</p>',
    '<p>E-Mail: presse@example.org</p>',
    '<p>Online-Pressemappe: Example Verband e.V.</p>',
    '<p>Alle Pressemitteilungen der Example AG</p>',
  ])('%s is a contact line', (html) => {
    expect(line(html)).toBe('contact');
  });
  it.each([
    '<p>Kontakte zwischen beiden Ländern gab es seit 1990 kaum, sagte der Minister am Telefon.</p>',
    '<p>The hotline, reachable on 0800 111 0 111, was busy all night, officials said on Monday.</p>',
    '<p>Phone makers sold 1,200,000 units in the first quarter of the year.</p>',
  ])('%s is article text', (html) => {
    expect(line(html)).toBeNull();
  });
});

describe('a sentence with a trigger word is not read as a pitch', () => {
  it('keeps a paragraph about an app update that names an app store', () => {
    const sentence = 'In order to get the new version of the app, Google Play sends your device a patch that describes the differences.';
    const doc = page(ARTICLE_HTML.replace('</p><p>', `</p><p>${sentence}</p><p>`));
    expect(texts(boilerplateLinesRule.find(doc, contextFor(doc, [sentence])))).toEqual([]);
  });
});
