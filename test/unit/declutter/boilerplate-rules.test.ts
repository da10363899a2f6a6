// Boxes and lines of the site around and inside the article, in several languages:
// ad labels, category/copyright/credit lines, comment forms and headings, sign-up boxes, bios, share bars.
import { describe, expect, it } from 'vitest';
import { boilerplateLineOf } from '../../../src/core/declutter/boilerplate-lines.ts';
import { boilerplateLinesRule } from '../../../src/core/declutter/rules/boilerplate-lines.ts';
import { commentsRule, isCommentHeading } from '../../../src/core/declutter/rules/comments.ts';
import { isSignUpPitch, newsletterRule } from '../../../src/core/declutter/rules/newsletter.ts';
import { aboutBoxesRule } from '../../../src/core/declutter/rules/about-boxes.ts';
import { shareBarsRule } from '../../../src/core/declutter/rules/share-bars.ts';
import { ARTICLE_HTML, contextFor, page, texts } from './helpers.ts';

const between = (html: string): string => ARTICLE_HTML.replace('</p><p>', `</p>${html}<p>`);
const line = (html: string): ReturnType<typeof boilerplateLineOf> => boilerplateLineOf(page(html).body.firstElementChild as Element);

describe('boilerplateLineOf', () => {
  it.each([
    ['<div>Advertisement</div>', 'ad label'],
    ['<span>Anzeige</span>', 'ad label'],
    ['<div>اشتہار</div>', 'ad label'],
    ['<div>إعلان</div>', 'ad label'],
    ['<p>Publicidad</p>', 'ad label'],
    ['<p>Filed under <a href="/t/politics">Politics</a>, <a href="/t/polls">Polls</a></p>', 'category'],
    ['<div>Schlagworte: <a href="/t/1">Handel</a></div>', 'category'],
    ['<p>Etiquetas: <a href="/t/1">Nicaragua</a></p>', 'category'],
    ['<p>© 2024 Example Media. All rights reserved.</p>', 'rights'],
    ['<p>Tous droits réservés - Le Journal</p>', 'rights'],
    ['<p>جميع الحقوق محفوظة</p>', 'rights'],
    ['<small>Foto: Getty Images</small>', 'credit'],
    ['<p>(Quelle: Unsplash/DJV)</p>', 'credit'],
    ['<span>Crédito: EFE</span>', 'credit'],
    ['<h4>Share this:</h4>', 'furniture'],
    ['<p>Teilen mit:</p>', 'furniture'],
    ['<div>Wie bewerten Sie diesen Artikel?</div>', 'furniture'],
    ['<a href="/news">Zurück zur Übersicht</a>', 'furniture'],
    ['<a class="printlink" href="#">Drucken</a>', 'furniture'],
    ['<button>Print this article</button>', 'furniture'],
    ['<a href="#comments">120 Kommentare</a>', 'furniture'],
    ['<a href="#comments">3 comments</a>', 'furniture'],
    ['<span>Wird geladen …</span>', 'furniture'],
    ['<h4>Artikel gefallen? Vergiss nicht zu teilen!</h4>', 'furniture'],
    ['<p>¿Te gustó esta nota? ¡Compártela!</p>', 'furniture'],
    ['<p><a href="/x.pdf">Diesen Beitrag als PDF herunterladen</a></p>', 'furniture'],
    ['<div>03.02.2021 09:15 Kategorie: <a href="/news">News</a></div>', 'category'],
    ['<p><em>Keine News mehr verpassen: Abonnieren Sie unseren Newsletter.</em></p>', 'pitch'],
    ['<p>Please consider supporting our work: <a href="/support">click here</a>.</p>', 'pitch'],
  ])('%s is a %s line', (html, kind) => {
    expect(line(html)).toBe(kind);
  });
  it.each([
    '<p>The advertisement campaign cost the ministry two million euros last year.</p>',
    '<p>Themen wie Handel und Energie standen im Mittelpunkt der langen Gespräche beider Seiten.</p>',
    '<h2>Tags and labels in the new trade law</h2>',
    '<p>Photographs from the visit were shown on state television in the evening.</p>',
    '<p>Share prices fell sharply after the announcement.</p>',
    '<p>Print editions will be sold until the end of the year.</p>',
    '<p>120 comments were sent to the ministry before the vote.</p>',
    '<p>She said she would share the article with her students.</p>',
    '<p>The <a href="https://example.org/nl">Substack newsletter</a> has 50,000 subscribers, the company said.</p>',
  ])('%s is article text', (html) => {
    expect(line(html)).toBeNull();
  });
});

describe('boilerplate-lines rule', () => {
  it('hides an Urdu ad label between the paragraphs and a photo credit, never the paragraphs', () => {
    const doc = page(between('<div class="x"><span>اشتہار</span></div><figure><img src="/a.jpg"><figcaption>The minister. <span>Foto: dpa</span></figcaption></figure>'));
    const context = contextFor(doc, ['اشتہار', 'The minister. Foto: dpa']);
    expect(texts(boilerplateLinesRule.find(doc, context))).toEqual(['اشتہار', 'Foto: dpa']);
  });
});

describe('comments', () => {
  it.each(['Leave a Reply', '120 Kommentare', 'Schreibe einen Kommentar', 'Vos réactions', 'Deja tu comentario', 'تبصرے', 'التعليقات'])('"%s" is a comment heading', (text) => {
    expect(isCommentHeading(text)).toBe(true);
  });
  it.each(['Comments from the minister were brief', 'Réactions du gouvernement et des syndicats à la réforme des retraites annoncée hier soir'])('"%s" is not', (text) => {
    expect(isCommentHeading(text)).toBe(false);
  });
  it('hides a comment form (a form with a text area) and the comment heading, not a search form', () => {
    const doc = page(`${ARTICLE_HTML}<h3 id="h">Vos réactions</h3><div id="f"><form><fieldset><legend>Qui êtes-vous ?</legend><input name="nom"></fieldset><textarea></textarea></form></div><form id="search"><input type="search"></form>`);
    expect(commentsRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['f', 'h']);
  });
});

describe('newsletter', () => {
  it.each(['Subscribe to email updates', 'Verpasse keine News mehr!', 'HAZTE MIEMBRO', 'Pour lire la suite, abonnez-vous', 'اشترك في النشرة البريدية', 'Unterstütze RosaMag', 'Soutenez Le Journal', '2023 nichts mehr versäumen!', 'Jede kleine Spende hilft'])('"%s" is a sign-up pitch', (text) => {
    expect(isSignUpPitch(text)).toBe(true);
  });
  it.each(['Bund will Bauern in der Dürre unterstützen', 'Unterstützung für die Ukraine wächst', 'Spenden für Flutopfer brechen Rekord'])('"%s" is a headline, not a pitch', (text) => {
    expect(isSignUpPitch(text)).toBe(false);
  });
  it('hides a sign-up box between the paragraphs, found by its e-mail form, and one found by its pitch', () => {
    const doc = page(between('<div id="nl"><p>Jeden Freitag die wichtigsten Nachrichten</p><form><input type="email"><button>OK</button></form></div>') + '<div id="member"><h4>HAZTE MIEMBRO</h4><a href="/miembros">Únete</a></div>');
    expect(newsletterRule.find(doc, contextFor(doc)).map(({ element }) => element.id)).toEqual(['nl', 'member']);
  });
  it('keeps an article sentence that mentions subscribing', () => {
    const sentence = 'Readers who subscribe to the newsletter of the ministry will hear about the next talks first.';
    const doc = page(between(`<p>${sentence}</p>`));
    expect(newsletterRule.find(doc, contextFor(doc, [sentence]))).toEqual([]);
  });
});

describe('about boxes', () => {
  it('hides the author bio box but keeps the byline named author', () => {
    const bio = 'Jane Roe covers trade and diplomacy. She has reported from twelve capitals and lives in Vienna with two cats and far too many books about the sea.';
    const doc = page(`${ARTICLE_HTML}<section class="author-bio"><p>${bio}</p></section><div class="disclaimer">Links marked * are affiliate links.</div>`);
    expect(aboutBoxesRule.find(doc, contextFor(doc)).map(({ element }) => element.className)).toEqual(['author-bio', 'disclaimer']);
    expect(contextFor(doc).article.containsArticle(doc.querySelector('.author') as Element)).toBe(true);
  });
  it('hides boxes named newsletter or related posts between the paragraphs, not the article in a wrapper named so', () => {
    const doc = page(between('<div class="c-newsletterbox"><div>Verpasse keine News mehr</div></div><section class="related-posts"><h2>Ähnliche Beiträge</h2></section>'));
    expect(aboutBoxesRule.find(doc, contextFor(doc)).map(({ element }) => element.className)).toEqual(['c-newsletterbox', 'related-posts']);
    const wrapped = page(`<div class="newsletter-content">${ARTICLE_HTML}</div>`);
    expect(aboutBoxesRule.find(wrapped, contextFor(wrapped))).toEqual([]);
  });
});

describe('share bars by network names', () => {
  it('keeps a sentence that links to Twitter and Facebook by name', () => {
    const doc = page(`${ARTICLE_HTML}<p id="s">Auch auf dem Camp haben wir live gesendet, die Mitschnitte gibt es auf <a href="https://twitter.com/x">Twitter</a> und <a href="https://facebook.com/x">Facebook</a> zum Nachhören.</p>`);
    expect(shareBarsRule.find(doc, contextFor(doc))).toEqual([]);
  });
  it('keeps a byline whose only link is the author\'s profile on a network', () => {
    const doc = page(`<p id="by">by Ana Garcia <a href="https://twitter.com/anagarcia">@anagarcia</a> February 1, 2016</p>${ARTICLE_HTML}`);
    expect(shareBarsRule.find(doc, contextFor(doc))).toEqual([]);
  });
  it('hides a bar whose links are named for the networks in Urdu, and a follow bar of profile links', () => {
    const doc = page(`${ARTICLE_HTML}<div id="ur"><a href="#">فیس بک</a> <a href="#">ٹویٹر</a> <a href="#">واٹس ایپ</a></div>
      <div id="follow">Folgen Sie uns <a href="https://www.facebook.com/news">f</a> <a href="https://www.instagram.com/news">i</a></div>`);
    expect(shareBarsRule.find(doc, contextFor(doc)).map(({ element }) => element.id).sort()).toEqual(['follow', 'ur']);
  });
});
